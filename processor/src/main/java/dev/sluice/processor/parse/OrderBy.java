package dev.sluice.processor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parses a relationship's {@code orderBy}: fields, each optionally followed by ASC or DESC. */
public final class OrderBy {
  private OrderBy() {}

  /** The items, or throws with what is wrong. */
  public static List<OrderItem> parse(String text) throws JoinCondition.SyntaxError {
    List<OrderItem> items = new ArrayList<>();
    if (text.isBlank()) {
      return items;
    }
    for (String part : text.split(",", -1)) {
      String[] words = part.trim().split("\\s+");
      if (words.length == 0 || words[0].isEmpty() || words.length > 2) {
        throw new JoinCondition.SyntaxError("\"" + part.trim() + "\" is not a field optionally"
            + " followed by ASC or DESC");
      }
      boolean descending = false;
      if (words.length == 2) {
        String direction = words[1].toUpperCase(Locale.ROOT);
        if (!direction.equals("ASC") && !direction.equals("DESC")) {
          throw new JoinCondition.SyntaxError("\"" + words[1] + "\" is neither ASC nor DESC");
        }
        descending = direction.equals("DESC");
      }
      items.add(new OrderItem(words[0], descending));
    }
    return items;
  }
}
