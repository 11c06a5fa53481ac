package dev.sluice.example.tour;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the tour for an 80-column terminal: lines are wrapped at spaces to fit (a word longer
 * than a line is left for the terminal to wrap).
 */
public final class Out {
  /** The widest line printed, so that nothing wraps on an 80-column terminal. */
  public static final int WIDTH = 79;

  private final PrintStream stream;

  public Out(PrintStream stream) {
    this.stream = stream;
  }

  /** Prints text as is (callers keep it short). */
  public void line(String text) {
    stream.println(text);
  }

  public void blank() {
    stream.println();
  }

  /**
   * Prints text wrapped at word boundaries: the first line after {@code first}, the others
   * after {@code next}. Explicit newlines in the text start new lines with {@code next}.
   */
  public void wrapped(String first, String next, String text) {
    for (String row : wrap(first, next, text)) {
      stream.println(row);
    }
  }

  /**
   * Prints a line of code or source as written, spaces kept; a line too long for the terminal
   * breaks at its last space that fits and continues after {@code next}.
   */
  public void verbatim(String first, String next, String text) {
    String prefix = first;
    String rest = text.stripTrailing();
    while (prefix.length() + rest.length() > WIDTH) {
      int cut = rest.lastIndexOf(' ', WIDTH - prefix.length());
      if (cut <= rest.length() - rest.stripLeading().length()) {
        break; // no space to break at: let the terminal wrap it
      }
      stream.println(prefix + rest.substring(0, cut));
      rest = rest.substring(cut + 1);
      prefix = next;
    }
    stream.println(prefix + rest);
  }

  /** The lines {@link #wrapped} would print. */
  public static List<String> wrap(String first, String next, String text) {
    List<String> rows = new ArrayList<>();
    String prefix = first;
    for (String paragraph : text.split("\n", -1)) {
      // Leading spaces are indentation (of code, of DDL): keep them on every row.
      String indent = paragraph.substring(0, paragraph.length() - paragraph.stripLeading()
          .length());
      StringBuilder row = new StringBuilder(prefix).append(indent);
      int start = row.length();
      for (String word : paragraph.split(" ")) {
        if (word.isEmpty()) {
          continue;
        }
        if (row.length() > start && row.length() + 1 + word.length() > WIDTH) {
          rows.add(row.toString());
          row = new StringBuilder(next).append(indent);
          start = row.length();
        }
        if (row.length() > start) {
          row.append(' ');
        }
        // A word longer than a line (a long identifier or value) is cut, not lost.
        while (row.length() + word.length() > WIDTH && WIDTH - row.length() > 10) {
          int room = WIDTH - row.length();
          row.append(word, 0, room);
          rows.add(row.toString());
          word = word.substring(room);
          row = new StringBuilder(next).append(indent);
        }
        row.append(word);
      }
      rows.add(row.toString().stripTrailing());
      prefix = next;
    }
    return rows;
  }
}
