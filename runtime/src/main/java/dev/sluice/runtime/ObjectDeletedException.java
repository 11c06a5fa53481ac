package dev.sluice.runtime;

/** The object's row was deleted, so it cannot be refreshed or loaded from. */
public class ObjectDeletedException extends SluiceException {
  private static final long serialVersionUID = 1L;

  /** An exception with {@code message}. */
  public ObjectDeletedException(String message) {
    super(message);
  }
}
