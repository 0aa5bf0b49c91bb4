package it.pianozona.report;

import static java.util.Objects.requireNonNull;

import it.pianozona.core.Check;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What became of one plan document in a batch run.
 *
 * @param file the plan document
 * @param check what checking it gave: the evaluation, or why the document cannot be used
 * @param report the report written for it, if one was
 * @param writeError why its report could not be written, if it could not
 * @since 0.1
 */
public record BatchRow(Path file, Check check, Optional<Path> report, Optional<String> writeError) {

  public BatchRow {
    requireNonNull(file, "file");
    requireNonNull(check, "check");
    requireNonNull(report, "report");
    requireNonNull(writeError, "writeError");
  }

  /** Whether the plan was evaluated and its report written. */
  public boolean complete() {
    return check.usable() && writeError.isEmpty();
  }
}
