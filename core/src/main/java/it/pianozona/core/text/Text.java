package it.pianozona.core.text;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A passage of prose from data, such as a caveat or a weight's rationale, in Italian and, where its
 * author gave one, in English. It is rendered only when a language is chosen, like a {@link
 * Message}, so that one report reads wholly in Italian or wholly in English.
 *
 * <p>Italian is required: it is the language of the acts and of the people who read the reports.
 * English is optional, because an officer who completes a catalogue writes in Italian. A text with
 * no English is rendered in English as its Italian, preceded by {@link #ITALIAN_ONLY}, so that the
 * reader knows the passage is in Italian and no translation is ever invented.
 *
 * @param it the text in Italian, never blank
 * @param en the text in English, if given; never blank when present
 * @since 0.1
 */
public record Text(String it, Optional<String> en) {

  /**
   * What English output puts before a passage that exists only in Italian: {@value}. It is the one
   * way a passage is marked, in every report format.
   */
  public static final String ITALIAN_ONLY = "(in Italian) ";

  public Text {
    checkArgument(it != null && !it.isBlank(), "a text has its Italian");
    requireNonNull(en, "en");
    checkArgument(
        en.isEmpty() || !en.get().isBlank(), "a text's English is absent rather than blank");
  }

  /** A text in both languages. */
  public static Text of(String it, String en) {
    return new Text(it, Optional.of(requireNonNull(en, "en")));
  }

  /** A text in Italian only, such as one an officer writes in a catalogue. */
  public static Text italian(String it) {
    return new Text(it, Optional.empty());
  }

  /** Whether the text was written in the language (Italian always is). */
  public boolean has(Language language) {
    return language == Language.IT || en.isPresent();
  }

  /**
   * The text in the language; in English, a text written only in Italian is its Italian marked with
   * {@link #ITALIAN_ONLY}.
   */
  public String render(Language language) {
    if (language == Language.IT) {
      return it;
    }
    return en.orElseGet(() -> ITALIAN_ONLY + it);
  }
}
