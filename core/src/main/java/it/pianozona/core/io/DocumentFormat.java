package it.pianozona.core.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The two forms a plan document takes, chosen by file extension.
 *
 * @since 0.1
 */
public enum DocumentFormat {
  YAML,
  JSON;

  /** The format a file name implies: {@code .yaml} or {@code .yml} for YAML, {@code .json}. */
  public static Optional<DocumentFormat> fromFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    if (lower.endsWith(".json")) {
      return Optional.of(JSON);
    }
    return Optional.empty();
  }

  public static Optional<DocumentFormat> of(Path file) {
    Path name = file.getFileName();
    return name == null ? Optional.empty() : fromFileName(name.toString());
  }
}
