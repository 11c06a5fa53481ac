package dev.sluice.runtime.meta;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of an entity's table, as {@code X_.TYPE.columns()} lists it: its SQL name, Java
 * field and value kind. Made only by the generated metamodels, through
 * {@code dev.sluice.runtime.generated.Columns}.
 */
public class Column {
  private final int index;
  private final String name;
  private final String field;
  private final ColumnType type;
  private final boolean nullable;
  private final boolean primaryKey;
  private final boolean generated;
  private final Function<String, ?> enumDecoder;

  /** For {@code dev.sluice.runtime.generated.Columns} only; {@code enumDecoder} for ENUM. */
  protected Column(int index, String name, String field, ColumnType type, boolean nullable,
      boolean primaryKey, boolean generated, Function<String, ?> enumDecoder) {
    this.index = index;
    this.name = Objects.requireNonNull(name);
    this.field = Objects.requireNonNull(field);
    this.type = Objects.requireNonNull(type);
    this.nullable = nullable;
    this.primaryKey = primaryKey;
    this.generated = generated;
    this.enumDecoder = enumDecoder;
  }

  /** Position of the column in the entity's column list and snapshots. */
  public int index() {
    return index;
  }

  /** The SQL name, unquoted. */
  public String name() {
    return name;
  }

  /** The SQL name, quoted for use in statements. */
  public String quotedName() {
    return Identifiers.quote(name);
  }

  /** The Java field it maps. */
  public String field() {
    return field;
  }

  /** The Java value kind. */
  public ColumnType type() {
    return type;
  }

  /** Whether the column accepts NULL. */
  public boolean nullable() {
    return nullable;
  }

  /** Whether this is the primary-key column. */
  public boolean primaryKey() {
    return primaryKey;
  }

  /** Whether the database generates the value when the field is null at insert. */
  public boolean generated() {
    return generated;
  }

  /** Turns a stored enum constant name back into the constant. */
  public Object decodeEnum(String name) {
    if (enumDecoder == null) {
      throw new IllegalStateException("column " + this.name + " is not an enum column");
    }
    return name == null ? null : enumDecoder.apply(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
