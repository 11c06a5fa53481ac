package dev.sluice.runtime.meta;

import java.util.function.Supplier;

/**
 * A foreign key of an entity's table, known to the ORM whether or not the database declares it:
 * the flush uses it to order deletes and to tell which rows still reference a deleted one.
 */
public final class ForeignKeyRef {
  private final int[] columns;
  private final Supplier<EntityType<?>> referenced;
  private final int[] referencedColumns;

  private ForeignKeyRef(int[] columns, Supplier<EntityType<?>> referenced,
      int[] referencedColumns) {
    this.columns = columns.clone();
    this.referenced = referenced;
    this.referencedColumns = referencedColumns.clone();
  }

  public static ForeignKeyRef of(int[] columns, Supplier<EntityType<?>> referenced,
      int[] referencedColumns) {
    return new ForeignKeyRef(columns, referenced, referencedColumns);
  }

  /** The referencing columns of the owning entity. */
  public int[] columns() {
    return columns.clone();
  }

  public EntityType<?> referenced() {
    return referenced.get();
  }

  /** Whether the key references the referenced entity's primary key. */
  public boolean referencesId() {
    return referencedColumns.length == 1
        && referencedColumns[0] == referenced().idColumn().index();
  }
}
