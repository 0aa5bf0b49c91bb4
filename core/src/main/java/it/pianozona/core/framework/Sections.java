package it.pianozona.core.framework;

import it.pianozona.core.model.Plan;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a plan's contents section says something: the one test that every section rule and the
 * contents score share, so that they agree on what a section is.
 *
 * <p>A section is <em>declared</em> when its key is under {@code contents}; the presence rules ask
 * only that. It is <em>substantive</em> when, besides, its text is not marked as a placeholder (it
 * starts with "Illustrativo", "Segnaposto", "Da definire", ... the way the bundled plans mark text
 * the sources do not give) and what comes before any such mark has at least {@link #MIN_LENGTH}
 * letters or digits: enough for "capitolo 3", too few for "n.d." or "-". A declared section that is
 * not substantive is noted (NAT-CNT-011) and does not count towards the contents score.
 *
 * @since 0.1
 */
public final class Sections {

  /**
   * The dated parameter of the least letters and digits a section's text needs: pianozona's choice,
   * not an act's (national reference data, {@code national.yaml}).
   */
  public static final String MIN_LENGTH = "contents-min-length";

  /**
   * Words that, at the start of a section's text or of a sentence in it, mark what follows as
   * illustrative or to be written, in Italian and English. Lower case.
   */
  public static final List<String> PLACEHOLDER_MARKS =
      List.of(
          "illustrativo",
          "illustrativa",
          "illustrative",
          "segnaposto",
          "placeholder",
          "da definire",
          "da completare",
          "to be defined",
          "to be completed",
          "tbd",
          "todo",
          "lorem ipsum");

  /** What a contents section amounts to. */
  public enum State {
    /** The key is not under contents. */
    ABSENT,
    /** The text is marked illustrative or to be written before it says anything. */
    PLACEHOLDER,
    /** The text, before any placeholder mark, is too short to describe anything. */
    TOO_SHORT,
    /** The text says something. */
    SUBSTANTIVE
  }

  private Sections() {}

  /** Whether the plan declares the section, whatever its text. */
  public static boolean declared(Plan plan, String key) {
    return plan.contents().containsKey(key);
  }

  /** Whether the section is declared and says something, under the plan's parameters. */
  public static boolean substantive(Plan plan, String key, Parameters parameters) {
    return state(plan, key, parameters) == State.SUBSTANTIVE;
  }

  /** The state of a section under the least length the parameters set for the plan's first year. */
  public static State state(Plan plan, String key, Parameters parameters) {
    String text = plan.contents().get(key);
    if (text == null) {
      return State.ABSENT;
    }
    return state(text, minLength(plan, parameters));
  }

  /** The least length for the plan, or 1 when the parameters do not set one. */
  public static int minLength(Plan plan, Parameters parameters) {
    Optional<DatedParameter> p = parameters.inYear(MIN_LENGTH, plan.period().from());
    return p.map(d -> d.value().intValue()).orElse(1);
  }

  /** The state of a declared section's text. */
  public static State state(String text, int minLength) {
    int mark = markAt(text);
    String substance = (mark < 0 ? text : text.substring(0, mark)).strip();
    if (mark >= 0 && substance.isEmpty()) {
      return State.PLACEHOLDER;
    }
    return letters(substance) >= minLength ? State.SUBSTANTIVE : State.TOO_SHORT;
  }

  /**
   * The letters and digits of a text, counted by code point as {@code codePoints()} gives them (an
   * unpaired surrogate counts as itself); a loop, since every section of every plan is counted.
   */
  static int letters(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        letters++;
      }
      i += Character.charCount(c);
    }
    return letters;
  }

  /**
   * Where the first mark starts: at the start of the text, or after a sentence's end ({@code .},
   * {@code ;}, {@code :}, a line break) and spaces; -1 when none.
   */
  private static int markAt(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int best = -1;
    for (String mark : PLACEHOLDER_MARKS) {
      int from = 0;
      while (true) {
        int i = lower.indexOf(mark, from);
        if (i < 0) {
          break;
        }
        if (opensSentence(lower, i) && endsWord(lower, i + mark.length())) {
          if (best < 0 || i < best) {
            best = i;
          }
          break;
        }
        from = i + 1;
      }
    }
    return best;
  }

  private static boolean opensSentence(String text, int i) {
    int j = i - 1;
    while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '(' || text.charAt(j) == '[')) {
      j--;
    }
    return j < 0 || ".;:\n\r".indexOf(text.charAt(j)) >= 0;
  }

  private static boolean endsWord(String text, int end) {
    return end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
  }
}
