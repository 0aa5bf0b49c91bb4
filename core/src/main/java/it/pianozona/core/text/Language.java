package it.pianozona.core.text;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages every message of the library exists in. Italian is the language of the acts;
 * English serves integrators and reviewers who do not read Italian.
 *
 * <p>Callers choose the language for each call: the JVM default locale is never consulted, so a
 * server in Dublin and a laptop in Bari print the same report.
 *
 * @since 0.1
 */
public enum Language {
  IT(Locale.ITALIAN),
  EN(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /** The locale used to format numbers and amounts in this language. */
  public Locale locale() {
    return locale;
  }

  /** The ISO 639-1 code, {@code it} or {@code en}. */
  public String code() {
    return locale.getLanguage();
  }

  /** Finds a language by its ISO code, ignoring case. */
  public static Optional<Language> fromCode(String code) {
    for (Language l : values()) {
      if (l.code().equalsIgnoreCase(code)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
