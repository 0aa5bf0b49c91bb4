package it.pianozona.cli;

import it.pianozona.core.model.Region;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.Severity;
import java.util.List;
import picocli.CommandLine;

/** Options several commands share. */
final class Options {

  private Options() {}

  /** Output formats of commands that print data: text to read, JSON for programs. */
  enum Format {
    text,
    json
  }

  /** Output formats of commands that print data, as the report library names them. */
  static it.pianozona.report.ReportFormat of(Format format) {
    return format == Format.json
        ? it.pianozona.report.ReportFormat.JSON
        : it.pianozona.report.ReportFormat.TEXT;
  }

  /** Output formats of a validation report, spelled as the command line takes them. */
  enum ReportFormat {
    text(it.pianozona.report.ReportFormat.TEXT),
    json(it.pianozona.report.ReportFormat.JSON),
    markdown(it.pianozona.report.ReportFormat.MARKDOWN),
    html(it.pianozona.report.ReportFormat.HTML),
    sarif(it.pianozona.report.ReportFormat.SARIF);

    private final it.pianozona.report.ReportFormat format;

    ReportFormat(it.pianozona.report.ReportFormat format) {
      this.format = format;
    }

    /** The format in the report library. */
    it.pianozona.report.ReportFormat format() {
      return format;
    }
  }

  /**
   * {@code --fail-on}: the least serious finding that makes the exit code 1, if no suppression
   * accepts it and, with a baseline, the baseline lacks it.
   */
  enum FailOn {
    error(Severity.ERROR),
    warning(Severity.WARNING),
    info(Severity.INFO);

    private final Severity threshold;

    FailOn(Severity threshold) {
      this.threshold = threshold;
    }

    Severity threshold() {
      return threshold;
    }
  }

  /**
   * A value an option refuses, said in the reader's language when the error is printed: the
   * converter does not know the language, the error handler does.
   */
  static final class Refusal extends CommandLine.TypeConversionException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;

    Refusal(String key, Object... args) {
      super(Texts.get(Language.EN, key, args));
      this.key = key;
      this.args = List.of(args);
    }

    /** What is wrong with the value, in the language. */
    String message(Language language) {
      return Texts.get(language, key, args.toArray());
    }
  }

  /** {@code --lang it|en}, converted and checked by picocli. */
  static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      return Language.fromCode(value).orElseThrow(() -> new Refusal("language.expected", value));
    }
  }

  /** {@code --region ID}, by the identifier plan documents use. */
  static final class RegionConverter implements CommandLine.ITypeConverter<Region> {
    @Override
    public Region convert(String value) {
      return Region.fromId(value)
          .orElseThrow(() -> new Refusal("usage.region", Region.allIds(), value));
    }
  }
}
