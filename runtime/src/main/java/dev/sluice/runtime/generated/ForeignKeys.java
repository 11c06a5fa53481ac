package dev.sluice.runtime.generated;

import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.ForeignKeyRef;
import java.util.function.Supplier;

/** Makes the foreign keys of a generated metamodel ({@code X_}). Not API. */
public final class ForeignKeys {
  private ForeignKeys() {}

  /** A key whose database constraint has no ON UPDATE CASCADE. */
  public static ForeignKeyRef of(int[] columns, Supplier<EntityType<?>> referenced,
      int[] referencedColumns) {
    return new ForeignKeyRef(columns, referenced, referencedColumns, false) {};
  }

  /** A key whose database constraint has ON UPDATE CASCADE. */
  public static ForeignKeyRef cascadingUpdates(int[] columns,
      Supplier<EntityType<?>> referenced, int[] referencedColumns) {
    return new ForeignKeyRef(columns, referenced, referencedColumns, true) {};
  }
}
