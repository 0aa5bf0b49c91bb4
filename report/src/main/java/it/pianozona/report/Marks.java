package it.pianozona.report;

import it.pianozona.core.model.Plan;
import it.pianozona.core.model.Suppression;
import it.pianozona.core.text.Formats;
import it.pianozona.core.text.Language;
import it.pianozona.core.text.MessageBundle;
import it.pianozona.core.validation.Finding;
import it.pianozona.core.validation.ValidationReport;
import java.util.List;
import java.util.Optional;

/**
 * What every report format says of a suppressed finding and of a comparison with a baseline, in one
 * place, so that the text, Markdown and HTML reports read alike.
 */
final class Marks {

  private Marks() {}

  /** Whether the plan itself declares the suppression, rather than the project configuration. */
  static boolean inPlan(Suppression suppression, Plan plan) {
    return plan.suppressions().contains(suppression);
  }

  /**
   * "Soppresso nel piano: reason — accettato da X il 2024-03-14", or empty for a finding no
   * suppression accepts.
   */
  static Optional<String> suppression(
      Finding finding, Plan plan, MessageBundle labels, Language language) {
    if (finding.suppression().isEmpty()) {
      return Optional.empty();
    }
    Suppression s = finding.suppression().get();
    String text =
        render(
            labels,
            inPlan(s, plan) ? "suppressed.plan" : "suppressed.configuration",
            language,
            s.reason());
    if (s.by().isPresent() && s.date().isPresent()) {
      text +=
          " — "
              + render(
                  labels,
                  "suppressed.byDate",
                  language,
                  s.by().get(),
                  Formats.date(s.date().get(), language));
    } else if (s.by().isPresent()) {
      text += " — " + render(labels, "suppressed.by", language, s.by().get());
    } else if (s.date().isPresent()) {
      text +=
          " — "
              + render(labels, "suppressed.date", language, Formats.date(s.date().get(), language));
    }
    return Optional.of(text);
  }

  /** ", di cui 2 soppressi" after the counts, or nothing when no finding is suppressed. */
  static String suppressedCount(List<Finding> findings, MessageBundle labels, Language language) {
    long suppressed = findings.stream().filter(Finding::suppressed).count();
    return suppressed == 0 ? "" : render(labels, "findingsSuppressed", language, suppressed);
  }

  static String suppressedCount(ValidationReport report, MessageBundle labels, Language language) {
    return suppressedCount(report.findings(), labels, language);
  }

  /** "Linea di base F: 1 rilievo nuovo, 8 invariati, 1 non più presente". */
  static String baselineSummary(
      Baseline baseline, Baseline.Comparison comparison, MessageBundle labels, Language language) {
    return render(
        labels,
        "baseline.summary",
        language,
        baseline.source(),
        comparison.count(Baseline.State.NEW),
        comparison.count(Baseline.State.UNCHANGED),
        comparison.count(Baseline.State.ABSENT));
  }

  private static String render(
      MessageBundle labels, String key, Language language, Object... args) {
    return labels.render(key, List.of(args), language);
  }
}
