package dev.sluice.runtime.meta;

/**
 * The Java value kinds a column can hold, as {@link Column#type()} reports them; each
 * {@code Dialect} reads and binds every kind.
 */
public enum ColumnType {
  /** {@code boolean} or {@code Boolean}. */
  BOOLEAN,
  /** {@code int} or {@code Integer}. */
  INTEGER,
  /** {@code long} or {@code Long}. */
  LONG,
  /** {@code double} or {@code Double}. */
  DOUBLE,
  /** {@code BigDecimal}. */
  DECIMAL,
  /** {@code String}. */
  STRING,
  /** {@code byte[]}. */
  BYTES,
  /** {@code UUID}. */
  UUID,
  /** {@code LocalDate}. */
  DATE,
  /** {@code LocalDateTime}. */
  DATE_TIME,
  /** {@code Instant}. */
  INSTANT,
  /** {@code OffsetDateTime}. */
  OFFSET_DATE_TIME,
  /** An enum stored by constant name. */
  ENUM
}
