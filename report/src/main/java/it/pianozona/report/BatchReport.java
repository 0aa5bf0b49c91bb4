package it.pianozona.report;

import it.pianozona.core.CheckedPlan;
import it.pianozona.core.Evaluation;
import it.pianozona.core.text.Language;
import it.pianozona.core.text.MessageBundle;
import it.pianozona.core.validation.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The renderings of a batch run for people: the summary table a command line prints at the end, the
 * line that tells of one plan as it finishes, and the index page.
 *
 * @since 0.1
 */
public final class BatchReport {

  private BatchReport() {}

  /**
   * The summary table: one line per plan (file, plan, framework, counts by severity, score,
   * report), then the totals.
   *
   * @param failOn the least serious finding that makes a plan count as failing
   */
  public static String summary(BatchResult result, Severity failOn, Language language) {
    List<String[]> table = new ArrayList<>();
    table.add(
        new String[] {
          label(language, "batch.file"),
          label(language, "batch.plan"),
          label(language, "batch.framework"),
          label(language, "batch.errors"),
          label(language, "batch.warnings"),
          label(language, "batch.infos"),
          label(language, "batch.score"),
          label(language, "batch.report")
        });
    for (BatchRow row : result.rows()) {
      Optional<CheckedPlan> c = row.check().checked();
      if (c.isEmpty()) {
        table.add(
            new String[] {
              row.file().toString(),
              label(language, "batch.unreadable", row.check().problems().size()),
              "",
              "",
              "",
              "",
              "",
              ""
            });
        continue;
      }
      Evaluation e = c.get().evaluation();
      table.add(
          new String[] {
            row.file().toString(),
            e.plan().id(),
            e.framework().id(),
            Long.toString(e.report().count(Severity.ERROR)),
            Long.toString(e.report().count(Severity.WARNING)),
            Long.toString(e.report().count(Severity.INFO)),
            MessageBundle.format(e.score().total(), language),
            row.report().map(Path::toString).orElse("-")
          });
    }
    int[] widths = new int[table.get(0).length];
    for (String[] line : table) {
      for (int i = 0; i < line.length; i++) {
        widths[i] = Math.max(widths[i], line[i].length());
      }
    }
    StringBuilder s = new StringBuilder();
    for (String[] line : table) {
      StringBuilder l = new StringBuilder();
      for (int i = 0; i < line.length; i++) {
        boolean number = i >= 3 && i <= 6;
        String cell =
            number
                ? " ".repeat(widths[i] - line[i].length()) + line[i]
                : line[i] + " ".repeat(widths[i] - line[i].length());
        l.append(cell).append(i < line.length - 1 ? "  " : "");
      }
      s.append(l.toString().stripTrailing()).append('\n');
    }
    s.append(
            label(
                language,
                "batch.total",
                result.rows().size(),
                result.rows().size() - result.unreadable(),
                result.failing(failOn),
                TextReport.severity(failOn, language),
                result.unreadable(),
                result.output()))
        .append('\n');
    if (!result.skipped().isEmpty()) {
      s.append(label(language, "batch.skipped", result.skipped().size())).append('\n');
    }
    result.index().ifPresent(i -> s.append(label(language, "batch.index", i)).append('\n'));
    return s.toString();
  }

  /** One line on one plan: its counts by severity and score, or why it is unreadable. */
  public static String progressLine(BatchRow row, Language language) {
    return row.check()
        .checked()
        .map(
            c ->
                label(
                    language,
                    "batch.progressPlan",
                    row.file(),
                    c.evaluation().report().count(Severity.ERROR),
                    c.evaluation().report().count(Severity.WARNING),
                    c.evaluation().report().count(Severity.INFO),
                    c.evaluation().score().total()))
        .orElseGet(
            () ->
                label(
                    language,
                    "batch.progressUnreadable",
                    row.file(),
                    row.check().problems().size()));
  }

  /** The index page of the run, as {@link Batch#run()} writes it. */
  public static String indexHtml(BatchResult result, Language language) {
    return BatchIndex.html(result, language);
  }

  private static String label(Language language, String key, Object... args) {
    return TextReport.label(key, language, args);
  }
}
