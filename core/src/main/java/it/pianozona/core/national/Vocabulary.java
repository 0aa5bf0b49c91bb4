package it.pianozona.core.national;

import it.pianozona.core.text.Language;
import it.pianozona.core.text.Message;
import it.pianozona.core.text.MessageBundle;
import java.util.List;
import java.util.Optional;

/**
 * Names in Italian and English for the codes a plan uses (LEPS, funding sources, participation
 * kinds, governance bodies, agreements, contents sections), so that reports show {@code tavolo
 * tematico} rather than {@code thematic-table}. A code that is not listed (a plan may use its own)
 * is shown as it is.
 *
 * @since 0.1
 */
public final class Vocabulary {

  /** The vocabularies, each a prefix of the bundle's keys. */
  public enum Kind {
    LEPS("leps"),
    FUNDING_SOURCE("source"),
    PARTICIPATION("participation"),
    BODY("body"),
    AGREEMENT("agreement"),
    CONTENTS("contents");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }
  }

  static final MessageBundle BUNDLE =
      MessageBundle.load("vocabulary", Vocabulary.class::getResourceAsStream);

  private Vocabulary() {}

  /** The name of a code in the language, if the vocabulary lists it. */
  public static Optional<String> name(Kind kind, String code, Language language) {
    String key = kind.prefix + "." + code;
    return BUNDLE.has(key) ? Optional.of(BUNDLE.template(key, language)) : Optional.empty();
  }

  /**
   * A message argument that reads as the code's name in the report's language, or as the code when
   * the vocabulary does not list it.
   */
  public static Object term(Kind kind, String code) {
    String key = kind.prefix + "." + code;
    return BUNDLE.has(key) ? Message.of(BUNDLE, key) : code;
  }

  /**
   * A message argument that reads as the name with the code beside it, {@code tavolo tematico
   * (thematic-table)}, for places where the user must type the code; the code alone when unlisted.
   */
  public static Object withCode(Kind kind, String code) {
    String key = kind.prefix + "." + code;
    return BUNDLE.has(key) ? Message.of(BUNDLE, "withCode", Message.of(BUNDLE, key), code) : code;
  }

  /** {@link #term} for each code, as one argument that reads as a list. */
  public static List<Object> terms(Kind kind, List<String> codes) {
    return codes.stream().map(c -> term(kind, c)).toList();
  }

  /** {@link #withCode} for each code, as one argument that reads as a list. */
  public static List<Object> withCodes(Kind kind, List<String> codes) {
    return codes.stream().map(c -> withCode(kind, c)).toList();
  }
}
