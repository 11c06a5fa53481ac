package dev.sluice.processor.parse;

/** How generated code reads and writes a field: directly, or through a getter and setter. */
public record Access(String getter, String setter) {
  /** Direct access to a non-private field from the entity's package. */
  public static final Access FIELD = new Access(null, null);

  public boolean direct() {
    return getter == null;
  }
}
