package it.pianozona.report;

import static java.util.Objects.requireNonNull;

import it.pianozona.core.io.DocumentProblem;
import it.pianozona.core.validation.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a batch run did: one row per plan document found, in path order, the problems met while
 * walking the folder, and where its index page went.
 *
 * @param input the folder searched
 * @param output the folder the reports went to
 * @param format the format of each plan's report
 * @param rows one row per plan document, sorted by path
 * @param walkProblems files or folders that could not be read while searching
 * @param skipped files and folders passed over on purpose while searching, each with why
 * @param index the index page written, if one was
 * @param indexError why the index page could not be written, if it could not
 * @since 0.1
 */
public record BatchResult(
    Path input,
    Path output,
    ReportFormat format,
    List<BatchRow> rows,
    List<DocumentProblem> walkProblems,
    List<DocumentProblem> skipped,
    Optional<Path> index,
    Optional<String> indexError) {

  public BatchResult {
    requireNonNull(input, "input");
    requireNonNull(output, "output");
    requireNonNull(format, "format");
    rows = List.copyOf(rows);
    walkProblems = List.copyOf(walkProblems);
    skipped = List.copyOf(skipped);
    requireNonNull(index, "index");
    requireNonNull(indexError, "indexError");
  }

  /** How many documents could not be used (unreadable, or no framework fits). */
  public long unreadable() {
    return rows.stream().filter(r -> !r.check().usable()).count();
  }

  /**
   * How many evaluated plans have a finding at this severity or worse that no suppression accepts.
   */
  public long failing(Severity threshold) {
    return rows.stream()
        .filter(
            r ->
                r.check()
                    .checked()
                    .map(c -> c.evaluation().report().failsAt(threshold))
                    .orElse(false))
        .count();
  }

  /**
   * Whether everything went through: every folder was read, every plan was evaluated and every
   * report (the index included) was written.
   */
  public boolean complete() {
    return walkProblems.isEmpty()
        && indexError.isEmpty()
        && rows.stream().allMatch(BatchRow::complete);
  }
}
