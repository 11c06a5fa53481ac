package dev.sluice.processor.parse;

import java.util.Locale;

/** How a column's Java value is stored; the names match the runtime's {@code ColumnType}. */
public enum ValueKind {
  BOOLEAN("boolean / Boolean"),
  INTEGER("int / Integer"),
  LONG("long / Long"),
  DOUBLE("double / Double"),
  DECIMAL("BigDecimal"),
  STRING("String"),
  BYTES("byte[]"),
  UUID("UUID"),
  DATE("LocalDate"),
  DATE_TIME("LocalDateTime"),
  INSTANT("Instant"),
  OFFSET_DATE_TIME("OffsetDateTime"),
  ENUM("an enum (stored by name)");

  private final String javaName;

  ValueKind(String javaName) {
    this.javaName = javaName;
  }

  /** Whether a database can generate values of this kind for an id. */
  public boolean isInteger() {
    return this == INTEGER || this == LONG;
  }

  /** Every supported Java type, for messages. */
  public static String supportedTypes() {
    StringBuilder text = new StringBuilder();
    for (ValueKind kind : values()) {
      text.append(text.length() == 0 ? "" : ", ").append(kind.javaName);
    }
    return text.toString();
  }

  public String lowerName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
