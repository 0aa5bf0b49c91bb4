package it.pianozona.cli;

import it.pianozona.core.text.Language;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --lang it|en}, which every command takes. Its default is the language {@link Languages}
 * chose before parsing (from {@value Languages#VARIABLE}, else Italian), given to picocli as a
 * default value provider, so that {@code pianozona --lang en validate ...} validates in English.
 * When neither chose one, it is unset, and a project configuration may choose.
 */
final class LanguageOption {

  @Option(
      names = Languages.OPTION,
      paramLabel = "${bundle:label.lang}",
      descriptionKey = "lang",
      converter = Options.LanguageConverter.class)
  Language language;

  /** The language of this command's messages and reports, before any configuration is read. */
  Language language() {
    return language == null ? Language.IT : language;
  }

  /**
   * The language when a project configuration may choose one: {@code --lang}, then {@value
   * Languages#VARIABLE}, then the configuration's {@code language}, then Italian.
   */
  Language language(Optional<Language> configured) {
    return language != null ? language : configured.orElse(Language.IT);
  }
}
