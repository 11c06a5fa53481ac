package dev.sluice.runtime;

/** The root of every exception Sluice throws. */
public class SluiceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with {@code message}. */
  public SluiceException(String message) {
    super(message);
  }

  /** An exception with {@code message} and its {@code cause}. */
  public SluiceException(String message, Throwable cause) {
    super(message, cause);
  }
}
