package dev.sluice.example.tour;

import java.util.ArrayList;
import java.util.List;

/** Renders {@link TableRows} as a small text table, like psql does. */
public final class TableText {
  /** Cells wider than this are cut with an ellipsis so that a table fits 80 columns. */
  private static final int MAX_CELL = 24;

  private TableText() {}

  /** The lines of the table, each starting with {@code indent}. */
  public static List<String> render(TableRows rows, String indent) {
    List<String> header = rows.columns();
    List<List<String>> cells = new ArrayList<>();
    for (List<Object> row : rows.rows()) {
      cells.add(row.stream().map(v -> cut(Values.cell(v))).toList());
    }
    int[] widths = new int[header.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = header.get(i).length();
      for (List<String> row : cells) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    List<String> lines = new ArrayList<>();
    String count = rows.rows().size() == 1 ? "1 row" : rows.rows().size() + " rows";
    lines.add(indent + rows.table() + " (" + count + ")");
    lines.add(indent + join(header, widths, false));
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
    }
    lines.add(indent + rule);
    for (List<String> row : cells) {
      lines.add(indent + join(row, widths, true));
    }
    return lines;
  }

  private static String join(List<String> values, int[] widths, boolean alignNumbers) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      String value = values.get(i);
      boolean right = alignNumbers && value.matches("-?\\d+(\\.\\d+)?");
      String cell = right ? " ".repeat(widths[i] - value.length()) + value
          : value + " ".repeat(widths[i] - value.length());
      line.append(i == 0 ? "" : " | ").append(cell);
    }
    return line.toString().stripTrailing();
  }

  private static String cut(String value) {
    return value.length() <= MAX_CELL ? value : value.substring(0, MAX_CELL - 3) + "...";
  }
}
