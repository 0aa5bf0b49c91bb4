package it.pianozona.cli;

import it.pianozona.core.text.Language;
import picocli.CommandLine.Option;

/**
 * {@code --lang it|en}, which every command takes. Its default is the language {@link Languages}
 * chose before parsing (from {@value Languages#VARIABLE}, else Italian), given to picocli as a
 * default value provider, so that {@code pianozona --lang en validate ...} validates in English.
 */
final class LanguageOption {

  @Option(
      names = Languages.OPTION,
      paramLabel = "${bundle:label.lang}",
      descriptionKey = "lang",
      converter = Options.LanguageConverter.class)
  Language language = Language.IT;

  /** The language of this command's messages and reports. */
  Language language() {
    return language;
  }
}
