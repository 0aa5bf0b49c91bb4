package it.pianozona.core.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" for a mistyped code: the known code closest to it, when one is close enough that
 * the typo is the likely cause. One measure for document problems (an unknown key) and for findings
 * (an unknown participation kind, body, LEPS or funding source), so both suggest alike.
 *
 * @since 0.1
 */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The candidate closest to the wanted text, ignoring case, if it is within a quarter of its
   * length in edits (at least one): {@code public-notise} gives {@code public-notice}, {@code xyz}
   * nothing.
   */
  public static Optional<String> closest(String wanted, Collection<String> candidates) {
    String w = wanted.toLowerCase(Locale.ROOT);
    return candidates.stream()
        .filter(c -> distance(c.toLowerCase(Locale.ROOT), w) <= Math.max(1, c.length() / 4))
        .min(Comparator.comparingInt(c -> distance(c, wanted)));
  }

  /**
   * Edit distance counting a swap of two neighbours as one edit (optimal string alignment): {@code
   * titel} is one edit from {@code title}. Texts far apart in length are not measured.
   */
  public static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 3 || a.length() > 40 || b.length() > 40) {
      return Integer.MAX_VALUE / 2;
    }
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
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
