package dev.sluice.it.random;

/**
 * Operation combinations that can be left out of the generated sequences, each naming the
 * fault it once showed: on by default ({@code -Drandom.x=false} leaves it out).
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

  private Switches() {}

  private static boolean on(String property) {
    return Boolean.parseBoolean(System.getProperty(property, "true"));
  }
}
