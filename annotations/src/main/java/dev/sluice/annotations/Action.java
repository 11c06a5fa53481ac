package dev.sluice.annotations;

/** A referential action of a foreign key ({@code ON DELETE} / {@code ON UPDATE}). */
public enum Action {
  NO_ACTION,
  RESTRICT,
  CASCADE,
  SET_NULL,
  SET_DEFAULT
}
