package dev.sluice.runtime;

import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Maps each row to a new entity instance, not in any session, reading every column by its
 * label, for plain Jdbi queries outside a session; the generated {@code X_.rowMapper(dialect)}
 * returns one. In an inheritance hierarchy each row becomes the class its discriminator names;
 * a row of a class outside the mapper's (a sibling subclass, or an unknown discriminator) is an
 * {@code InvalidRequestException}. A row missing one of the table's columns fails with an
 * {@code SQLException}.
 */
public abstract class EntityRowMapper<T> implements RowMapper<T> {
  /** For the generated {@code X_.rowMapper(dialect)} only. */
  protected EntityRowMapper() {}
}
