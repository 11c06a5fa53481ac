package dev.sluice.runtime.meta;

/** The Java value kinds a column can hold; each dialect knows how to read and bind them. */
public enum ColumnType {
  BOOLEAN,
  INTEGER,
  LONG,
  DOUBLE,
  DECIMAL,
  STRING,
  BYTES,
  UUID,
  DATE,
  DATE_TIME,
  INSTANT,
  OFFSET_DATE_TIME,
  /** An enum stored by constant name. */
  ENUM
}
