package it.pianozona.report;

import java.util.Locale;
import java.util.Optional;

/**
 * The formats a report of evaluated plans can take: text for a terminal, JSON for programs,
 * Markdown for mail and wikis, a self-contained HTML page to open and print, SARIF 2.1.0 for
 * code-scanning tools and editors.
 *
 * @since 0.1
 */
public enum ReportFormat {
  TEXT("txt"),
  JSON("json"),
  MARKDOWN("md"),
  HTML("html"),
  SARIF("sarif");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /** The file extension of a report in this format, without the dot. */
  public String extension() {
    return extension;
  }

  /** The format with this name, in any case ({@code html}, {@code HTML}). */
  public static Optional<ReportFormat> fromName(String name) {
    for (ReportFormat f : values()) {
      if (f.name().equals(name.toUpperCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
