package it.pianozona.examples.cli;

import it.pianozona.core.text.Language;
import picocli.CommandLine;

/** Options several commands share. */
final class Options {

  private Options() {}

  /** Output formats. */
  enum Format {
    text,
    json
  }

  /** {@code --lang it|en}, converted and checked by picocli. */
  static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      return Language.fromCode(value).orElseThrow(() ->
          new CommandLine.TypeConversionException("expected it or en, found '" + value + "'"));
    }
  }
}
