package dev.sluice.runtime.meta;

/** SQL identifiers as Sluice writes them: always quoted, so their declared case is kept. */
public final class Identifiers {
  private Identifiers() {}

  /** {@code name} as a quoted identifier, embedded quotes doubled. */
  public static String quote(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }
}
