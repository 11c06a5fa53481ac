package dev.sluice.runtime.meta;

import java.util.function.Supplier;

/**
 * A foreign key of an entity's table, known to the ORM whether or not the database declares it:
 * the flush uses it to order deletes and to tell which rows still reference a deleted one.
 * Made only by the generated metamodels, through {@code dev.sluice.runtime.generated.ForeignKeys}.
 */
public class ForeignKeyRef {
  private final int[] columns;
  private final Supplier<EntityType<?>> referenced;
  private final int[] referencedColumns;
  private final boolean cascadesUpdates;

  /** For {@code dev.sluice.runtime.generated.ForeignKeys} only. */
  protected ForeignKeyRef(int[] columns, Supplier<EntityType<?>> referenced,
      int[] referencedColumns, boolean cascadesUpdates) {
    this.columns = columns.clone();
    this.referenced = referenced;
    this.referencedColumns = referencedColumns.clone();
    this.cascadesUpdates = cascadesUpdates;
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
    return referencedColumns.length == 1 && !referenced().hasCompositeKey()
        && referencedColumns[0] == referenced().idColumn().index();
  }
}
