package dev.sluice.runtime.internal.state;

import dev.sluice.runtime.generated.EntityModel;
import dev.sluice.runtime.generated.RelationModel;
import dev.sluice.runtime.meta.EntityType;
import dev.sluice.runtime.meta.Relation;

/**
 * Copies keys across a relation's join: the referenced side's key into the foreign-key side's
 * columns, as links are made and broken in memory and as the flush writes them.
 */
public final class Keys {
  private Keys() {}

  /** {@code owner} and {@code target} were linked: the foreign-key side takes the other's key. */
  public static void followLinked(Relation<Object, ?> relation, Object owner, Object target) {
    switch (relation.direction()) {
      case ONE_TO_MANY:
        copyKey(relation.owner(), owner, relation.ownerColumns(), relation.target(), target,
            relation.targetColumns(), relation.postUpdate());
        break;
      case MANY_TO_ONE:
        copyKey(relation.target(), target, relation.targetColumns(), relation.owner(), owner,
            relation.ownerColumns(), relation.postUpdate());
        break;
      default:
        break;
    }
  }

  /** The link was broken: the foreign key is cleared if it still names the other side. */
  public static void followUnlinked(Relation<Object, ?> relation, Object owner, Object target) {
    RelationModel<Object, ?> model = RelationModel.of(relation);
    switch (relation.direction()) {
      case ONE_TO_MANY:
        clearKeyIfReferencing(relation.owner(), owner, model.sharedOwnerColumns(),
            relation.target(), target, model.sharedTargetColumns(), relation.postUpdate());
        break;
      case MANY_TO_ONE:
        clearKeyIfReferencing(relation.target(), target, model.sharedTargetColumns(),
            relation.owner(), owner, model.sharedOwnerColumns(), relation.postUpdate());
        break;
      default:
        break;
    }
  }

  /**
   * Clears the foreign-key columns a many-to-one holds on its owner (never the owner's primary
   * key): the reference was set to nobody while its old target was not known.
   */
  public static void clearOwnerKey(Relation<Object, ?> relation, Object owner) {
    EntityModel<Object> type = EntityModel.of(relation.owner());
    for (int column : relation.ownerColumns()) {
      if (!type.columns().get(column).primaryKey()) {
        type.set(owner, column, null);
      }
    }
  }

  /** The values of a relation's owner-side join columns, or {@code null} if any is not known. */
  public static Object[] ownerKey(Relation<?, ?> relation, Object owner) {
    return referencedKey(relation.owner(), owner, RelationModel.of(relation).sharedOwnerColumns());
  }

  /** The values of a relation's target-side join columns, or {@code null} if any is not known. */
  public static Object[] targetKey(Relation<?, ?> relation, Object target) {
    return referencedKey(relation.target(), target,
        RelationModel.of(relation).sharedTargetColumns());
  }

  /** Whether every owner-side join column of {@code owner} has a value. */
  public static boolean hasOwnerKey(Relation<?, ?> relation, Object owner) {
    return allKnown(relation.owner(), owner, RelationModel.of(relation).sharedOwnerColumns());
  }

  /** Whether every target-side join column of {@code target} has a value. */
  public static boolean hasTargetKey(Relation<?, ?> relation, Object target) {
    return allKnown(relation.target(), target, RelationModel.of(relation).sharedTargetColumns());
  }

  @SuppressWarnings("unchecked")
  private static boolean allKnown(EntityType<?> type, Object entity, int[] columns) {
    EntityModel<Object> model = (EntityModel<Object>) EntityModel.of(type);
    for (int column : columns) {
      if (model.get(entity, column) == null) {
        return false;
      }
    }
    return true;
  }

  /** The referenced values of {@code parent}, or {@code null} if any is not known yet. */
  @SuppressWarnings("unchecked")
  public static Object[] referencedKey(EntityType<?> parentType, Object parent, int[] columns) {
    EntityModel<Object> model = (EntityModel<Object>) EntityModel.of(parentType);
    Object[] key = new Object[columns.length];
    for (int i = 0; i < columns.length; i++) {
      key[i] = model.get(parent, columns[i]);
      if (key[i] == null) {
        return null;
      }
    }
    return key;
  }

  /**
   * The child's join columns take the parent's key; with {@code keepChildKey} (a post-update,
   * whose join may share the child's own key columns) those of the child's key are left alone.
   */
  @SuppressWarnings("unchecked")
  private static void copyKey(EntityType<?> parentType, Object parent, int[] parentColumns,
      EntityType<?> childType, Object child, int[] childColumns, boolean keepChildKey) {
    Object[] key = referencedKey(parentType, parent, parentColumns);
    EntityModel<Object> model = (EntityModel<Object>) EntityModel.of(childType);
    for (int i = 0; i < childColumns.length; i++) {
      if (!(keepChildKey && model.columns().get(childColumns[i]).primaryKey())) {
        model.set(child, childColumns[i], key == null ? null : key[i]);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void clearKeyIfReferencing(EntityType<?> parentType, Object parent,
      int[] parentColumns, EntityType<?> childType, Object child, int[] childColumns,
      boolean keepChildKey) {
    EntityModel<Object> parentModel = (EntityModel<Object>) EntityModel.of(parentType);
    EntityModel<Object> type = (EntityModel<Object>) EntityModel.of(childType);
    for (int i = 0; i < childColumns.length; i++) {
      Object value = parentModel.get(parent, parentColumns[i]);
      if (value == null || !value.equals(type.get(child, childColumns[i]))) {
        return; // the parent's key is not known yet, or the child references another row
      }
    }
    for (int childColumn : childColumns) {
      if (!(keepChildKey && type.columns().get(childColumn).primaryKey())) {
        type.set(child, childColumn, null);
      }
    }
  }
}
