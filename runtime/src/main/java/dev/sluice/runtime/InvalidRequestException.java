package dev.sluice.runtime;

/** A call that cannot be honoured as asked: a wrong argument, state or usage. */
public class InvalidRequestException extends SluiceException {
  private static final long serialVersionUID = 1L;

  public InvalidRequestException(String message) {
    super(message);
  }

  public InvalidRequestException(String message, Throwable cause) {
    super(message, cause);
  }
}
