package dev.sluice.processor.base;

import java.util.Collection;
import java.util.Locale;

/** Finds the name a misspelled one most likely meant, for "did you mean" hints. */
public final class Spelling {
  private Spelling() {}

  /**
   * The candidate closest to {@code name} (case differences cost little, at most two edits,
   * fewer for short names), or {@code null} when none is close enough to be a typo.
   */
  public static String closest(String name, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int allowed = Math.min(2, Math.max(1, name.length() / 3));
    for (String candidate : candidates) {
      if (candidate.equals(name)) {
        continue;
      }
      int distance = candidate.equalsIgnoreCase(name) ? 0
          : distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance <= allowed && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** " (did you mean x?)" for the closest candidate, or "" when there is none. */
  public static String hint(String name, Collection<String> candidates) {
    String closest = closest(name, candidates);
    return closest == null ? "" : " (did you mean " + closest + "?)";
  }

  /** Edit distance with adjacent transpositions (optimal string alignment). */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
