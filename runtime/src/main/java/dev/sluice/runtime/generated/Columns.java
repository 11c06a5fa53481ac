package dev.sluice.runtime.generated;

import dev.sluice.runtime.meta.Column;
import dev.sluice.runtime.meta.ColumnType;
import java.util.function.Function;

/** Makes the columns of a generated metamodel ({@code X_}). Not API. */
public final class Columns {
  private Columns() {}

  /** A column that is not part of the primary key. */
  public static Column of(int index, String name, String field, ColumnType type,
      boolean nullable) {
    return new Column(index, name, field, type, nullable, false, false, null) {};
  }

  /** The primary-key column; {@code generated} when the database assigns missing ids. */
  public static Column id(int index, String name, String field, ColumnType type,
      boolean generated) {
    return new Column(index, name, field, type, false, true, generated, null) {};
  }

  /** An enum column, decoded from the constant name by {@code decoder} ({@code Color::valueOf}). */
  public static Column ofEnum(int index, String name, String field, boolean nullable,
      Function<String, ?> decoder) {
    return new Column(index, name, field, ColumnType.ENUM, nullable, false, false, decoder) {};
  }
}
