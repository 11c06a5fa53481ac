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
  private final boolean cascadesUpdates;

  private ForeignKeyRef(int[] columns, Supplier<EntityType<?>> referenced,
      int[] referencedColumns, boolean cascadesUpdates) {
    this.columns = columns.clone();
    this.referenced = referenced;
    this.referencedColumns = referencedColumns.clone();
    this.cascadesUpdates = cascadesUpdates;
  }

  /** A key. Not API: generated metamodels call it. */
  public static ForeignKeyRef of(int[] columns, Supplier<EntityType<?>> referenced,
      int[] referencedColumns) {
    return new ForeignKeyRef(columns, referenced, referencedColumns, false);
  }

  /** A key whose database constraint has ON UPDATE CASCADE. */
  public static ForeignKeyRef cascadingUpdates(int[] columns,
      Supplier<EntityType<?>> referenced, int[] referencedColumns) {
    return new ForeignKeyRef(columns, referenced, referencedColumns, true);
  }

  /** The referencing columns of the owning entity. */
  public int[] columns() {
    return columns.clone();
  }

  /** The referenced columns of the referenced entity. */
  public int[] referencedColumns() {
    return referencedColumns.clone();
  }

  /** The entity whose rows the key references. */
  public EntityType<?> referenced() {
    return referenced.get();
  }

  /** Whether the database carries a changed referenced value into these columns. */
  public boolean cascadesUpdates() {
    return cascadesUpdates;
  }

  /** Whether the key references the referenced entity's primary key. */
  public boolean referencesId() {
    return referencedColumns.length == 1
        && referencedColumns[0] == referenced().idColumn().index();
  }
}
