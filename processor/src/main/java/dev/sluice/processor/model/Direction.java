package dev.sluice.processor.model;

/** Where a relationship's foreign key sits, seen from the side that declares it. */
public enum Direction {
  ONE_TO_MANY("one-to-many"),
  MANY_TO_ONE("many-to-one"),
  MANY_TO_MANY("many-to-many");

  private final String words;

  Direction(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }

  public Direction reverse() {
    switch (this) {
      case ONE_TO_MANY:
        return MANY_TO_ONE;
      case MANY_TO_ONE:
        return ONE_TO_MANY;
      default:
        return MANY_TO_MANY;
    }
  }
}
