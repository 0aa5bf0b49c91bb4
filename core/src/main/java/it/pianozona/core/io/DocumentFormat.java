package it.pianozona.core.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The forms a plan document takes, chosen by file extension: two texts, and the workbook an officer
 * fills in a spreadsheet program.
 *
 * @since 0.1
 */
public enum DocumentFormat {
  YAML,
  JSON,
  /**
   * An Office Open XML workbook ({@code .xlsx}), laid out as {@code docs/workbook-format.md} says.
   */
  XLSX;

  /** Whether the document is text (YAML or JSON), with lines and columns. */
  public boolean isText() {
    return this != XLSX;
  }

  /**
   * The format a file name implies: {@code .yaml} or {@code .yml} for YAML, {@code .json}, {@code
   * .xlsx}.
   */
  public static Optional<DocumentFormat> fromFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    if (lower.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (lower.endsWith(".xlsx")) {
      return Optional.of(XLSX);
    }
    return Optional.empty();
  }

  /** The text format (YAML or JSON) a file name implies; a workbook is not one. */
  public static Optional<DocumentFormat> textFromFileName(String name) {
    return fromFileName(name).filter(DocumentFormat::isText);
  }

  /** The text format (YAML or JSON) a file's name implies. */
  public static Optional<DocumentFormat> textOf(Path file) {
    return of(file).filter(DocumentFormat::isText);
  }

  public static Optional<DocumentFormat> of(Path file) {
    Path name = file.getFileName();
    return name == null ? Optional.empty() : fromFileName(name.toString());
  }
}
