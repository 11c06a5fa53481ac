package dev.sluice.processor.plan;

import java.util.List;
import java.util.stream.Collectors;

/** Identifier quoting: every identifier is quoted, so it keeps the case it was declared in. */
public final class SqlNames {
  private SqlNames() {}

  public static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  public static String quoteAll(List<String> identifiers) {
    return identifiers.stream().map(SqlNames::quote).collect(Collectors.joining(", "));
  }
}
