package dev.sluice.runtime.meta;

/**
 * A database dialect as the schema's DDL is keyed by: its name ({@code SQLITE},
 * {@code POSTGRESQL}). The API's {@code Dialect} implements it, so descriptors need not name
 * the API.
 */
public interface DialectName {
  /** The dialect's constant name, as {@code Dialect.name()}. */
  String name();
}
