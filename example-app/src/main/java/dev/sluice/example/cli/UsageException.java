package dev.sluice.example.cli;

/** The command line cannot be understood; the message says why. */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
