package dev.sluice.runtime;

/** An operation needs a session but the object is not in one (never added, expunged or closed). */
public class DetachedInstanceException extends SluiceException {
  private static final long serialVersionUID = 1L;

  /** An exception with {@code message}. */
  public DetachedInstanceException(String message) {
    super(message);
  }
}
