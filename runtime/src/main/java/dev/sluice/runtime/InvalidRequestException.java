package dev.sluice.runtime;

/** A call that cannot be honoured as asked: a wrong argument, state or usage. */
public class InvalidRequestException extends SluiceException {
  private static final long serialVersionUID = 1L;

  /** An exception with {@code message}. */
  public InvalidRequestException(String message) {
    super(message);
  }

  /** An exception with {@code message} and its {@code cause}. */
  public InvalidRequestException(String message, Throwable cause) {
    super(message, cause);
  }
}
