package dev.sluice.processor.base;

import java.nio.charset.StandardCharsets;

/** What makes a table, column or constraint name unusable on some database or in Sluice. */
public final class Identifiers {
  /** PostgreSQL silently truncates longer names, so two of them can become one. */
  public static final int MAX_BYTES = 63;

  private Identifiers() {}

  /** Why {@code name} cannot be used, or {@code null} if it can. */
  public static String problem(String name) {
    if (name.indexOf('\0') >= 0) {
      return "contains a NUL character, which databases do not accept in a name";
    }
    if (name.contains("{keys}")) {
      return "contains {keys}, which Sluice's SQL uses as the placeholder for a set of keys";
    }
    int bytes = name.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) {
      return "is " + bytes + " bytes long in UTF-8; PostgreSQL keeps only the first "
          + MAX_BYTES;
    }
    return null;
  }
}
