package it.pianozona.examples.cli;

import it.pianozona.core.model.Region;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.Severity;
import picocli.CommandLine;

/** Options several commands share. */
final class Options {

  private Options() {}

  /** Output formats of commands that print data: text to read, JSON for programs. */
  enum Format {
    text,
    json
  }

  /** Output formats of a validation report. */
  enum ReportFormat {
    text("txt"),
    json("json"),
    markdown("md"),
    html("html"),
    sarif("sarif");

    private final String extension;

    ReportFormat(String extension) {
      this.extension = extension;
    }

    /** The file extension of a report in this format. */
    String extension() {
      return extension;
    }
  }

  /** {@code --fail-on}: the least serious finding that makes the exit code 1. */
  enum FailOn {
    error(Severity.ERROR),
    warning(Severity.WARNING);

    private final Severity threshold;

    FailOn(Severity threshold) {
      this.threshold = threshold;
    }

    Severity threshold() {
      return threshold;
    }
  }

  /** {@code --lang it|en}, converted and checked by picocli. */
  static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      return Language.fromCode(value).orElseThrow(() ->
          new CommandLine.TypeConversionException("expected it or en, found '" + value + "'"));
    }
  }

  /** {@code --region ID}, by the identifier plan documents use. */
  static final class RegionConverter implements CommandLine.ITypeConverter<Region> {
    @Override
    public Region convert(String value) {
      return Region.fromId(value).orElseThrow(() -> new CommandLine.TypeConversionException(
          "expected a region id (" + Region.allIds() + "), found '" + value + "'"));
    }
  }
}
