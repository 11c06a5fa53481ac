package dev.sluice.it.random;

/**
 * Operation combinations that can be left out of the generated sequences, each naming the
 * fault it once showed or still shows: on by default once fixed ({@code -Drandom.x=false}
 * leaves it out), off while the runtime still diverges ({@code -Drandom.x=true} shows it).
 */
final class Switches {
  /**
   * Moving a child or note with {@code newParent.children.add(child)} while it has another
   * parent: the child stays in the old parent's loaded collection.
   */
  static final boolean MOVE_BY_COLLECTION_ADD = on("random.moveByCollectionAdd");

  /**
   * Deleting a parent after removing or moving some of its children before a flush: the
   * removed children are nullified (NOT NULL fails) instead of deleted as orphans.
   */
  static final boolean DELETE_PARENT_AFTER_REMOVING_CHILDREN =
      on("random.deleteParentAfterRemovingChildren");

  /**
   * Adding back a deleted parent whose children were not loaded: with set-based deletes its
   * children were never marked, so they survive, while row by row (and in SQLAlchemy) they
   * were marked at delete() and are deleted.
   */
  static final boolean UNDELETE_PARENT = Boolean.getBoolean("random.undeleteParent");

  /**
   * Expunging an object inserted in the current transaction, adding it back, then rolling
   * back: it stays persistent though its row was rolled back (SQLAlchemy makes it transient).
   */
  static final boolean ROLLBACK_AFTER_ADDING_BACK_A_NEW_OBJECT =
      Boolean.getBoolean("random.rollbackAfterAddingBackANewObject");

  private Switches() {}

  private static boolean on(String property) {
    return Boolean.parseBoolean(System.getProperty(property, "true"));
  }
}
