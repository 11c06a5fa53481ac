package dev.sluice.conformance.cascade.nosave;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

/** Captures what the runtime logs: SLF4J's simple logger writes to standard error. */
final class Warnings {
  /** The text of the runtime's warning about an object it does not write. */
  static final String NOT_WRITTEN = "is not in the session, so it is not written";

  private Warnings() {}

  /** What {@code action} logs. */
  static String of(Runnable action) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(UTF_8);
  }
}
