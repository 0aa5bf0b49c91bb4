package it.pianozona.report;

import it.pianozona.core.Evaluation;
import it.pianozona.core.framework.Catalogue;
import it.pianozona.core.io.PlanDocument;
import it.pianozona.core.io.TextPosition;
import it.pianozona.core.scoring.CriterionScore;
import it.pianozona.core.text.Language;
import it.pianozona.core.text.Message;
import it.pianozona.core.text.MessageBundle;
import it.pianozona.core.validation.Finding;
import it.pianozona.core.validation.Pointer;
import it.pianozona.core.validation.Severity;
import java.util.List;
import java.util.Map;

/** The text report people read on a terminal: findings with their place and act, then the score. */
final class TextReport {

  static final MessageBundle LABELS =
      MessageBundle.load("text", TextReport.class::getResourceAsStream);

  private TextReport() {}

  static String label(String key, Language language, Object... args) {
    return LABELS.render(key, List.of(args), language);
  }

  /** The severity as the reader's language names it, such as {@code AVVERTENZA}. */
  static String severity(Severity severity, Language language) {
    return label("severity." + severity.name(), language);
  }

  /**
   * {@code file:line:col}, for a workbook {@code file:Interventi!C12}, or the file alone when the
   * position is unknown.
   */
  static String where(PlanDocument document, TextPosition pos) {
    if (pos != null && pos.cell().isPresent()) {
      return document.source() + ":" + pos.cell().get();
    }
    return document.source() + (pos == null ? "" : ":" + pos.line() + ":" + pos.column());
  }

  static String render(Evaluation e, PlanDocument document, Language language) {
    return render(e, document, language, Baseline.NONE);
  }

  /**
   * The report of one plan; a suppressed finding is listed with its reason, and with a baseline
   * each new finding is marked and the baseline's findings now gone are listed after the others.
   */
  static String render(Evaluation e, PlanDocument document, Language language, Baseline baseline) {
    StringBuilder s = header(e, document, language);
    Baseline.Comparison comparison = baseline.compare(e);
    s.append(
            label(
                "findings",
                language,
                e.report().count(Severity.ERROR),
                e.report().count(Severity.WARNING),
                e.report().count(Severity.INFO)))
        .append(Marks.suppressedCount(e.report(), LABELS, language))
        .append('\n');
    if (comparison.compared()) {
      s.append(Marks.baselineSummary(baseline, comparison, LABELS, language)).append('\n');
    }
    Map<Pointer, TextPosition> positions =
        document.positions(e.report().findings().stream().map(Finding::pointer).toList());
    List<Finding> findings = e.report().findings();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      TextPosition pos = positions.get(f.pointer());
      String where = where(document, pos);
      boolean isNew = comparison.state(i).orElse(null) == Baseline.State.NEW;
      s.append(
          String.format(
              "  %-12s %s  %s %s%s%n",
              severity(f.severity(), language),
              f.code(),
              where,
              f.pointer().isRoot() ? "/" : f.pointer(),
              isNew ? "  " + label("baseline.new", language) : ""));
      s.append("               ").append(f.message(language)).append('\n');
      TuningText.declared(f, language, sev -> severity(sev, language))
          .ifPresent(d -> s.append("               ").append(d).append('\n'));
      s.append("               ").append(label("basis", language, f.legalBasis().citation()));
      if (!f.legalBasis().isVerified()) {
        s.append(' ').append(label("unverified", language));
      }
      s.append('\n');
      Marks.suppression(f, e.plan(), LABELS, language)
          .ifPresent(text -> s.append("               ").append(text).append('\n'));
    }
    if (!comparison.absent().isEmpty()) {
      s.append(label("baseline.absent", language)).append('\n');
      for (Baseline.Entry a : comparison.absent()) {
        s.append(
            String.format(
                "  %-12s %s  %s%n",
                a.severity().isEmpty() ? "-" : severityName(a.severity(), language),
                a.code(),
                a.pointer().isEmpty() ? "/" : a.pointer()));
        if (!a.message().isEmpty()) {
          s.append("               ").append(a.message()).append('\n');
        }
      }
    }
    s.append('\n');
    appendScore(s, e, language);
    return s.toString();
  }

  /** A severity a baseline wrote by name, in the reader's language when it is one of ours. */
  static String severityName(String name, Language language) {
    for (Severity v : Severity.values()) {
      if (v.name().equals(name)) {
        return severity(v, language);
      }
    }
    return name;
  }

  /** The score alone, with the plan and framework it belongs to. */
  static String renderScore(Evaluation e, PlanDocument document, Language language) {
    StringBuilder s = header(e, document, language);
    appendScore(s, e, language);
    return s.toString();
  }

  /** The plan, its file and the framework it was checked under, then a blank line. */
  private static StringBuilder header(Evaluation e, PlanDocument document, Language language) {
    StringBuilder s = new StringBuilder();
    s.append(label("plan", language, e.plan().id(), e.plan().title())).append('\n');
    s.append(label("file", language, document.source())).append('\n');
    s.append(
            label(
                "framework",
                language,
                e.framework().id(),
                e.framework().title(),
                e.framework().catalogue().origin()))
        .append('\n');
    Catalogue catalogue = e.framework().catalogue();
    if (!catalogue.isVerified()) {
      s.append(
              label(
                  "catalogueUnverified",
                  language,
                  catalogue.reference().caveat().orElseThrow().render(language)))
          .append('\n');
    }
    if (!e.tuning().isEmpty()) {
      s.append(
              ReportModel.label(
                  language, "configuration.title", TuningText.file(e.tuning(), language)))
          .append('\n');
      for (String line : TuningText.lines(e.tuning(), language, sev -> severity(sev, language))) {
        s.append("  - ").append(line).append('\n');
      }
    }
    return s.append('\n');
  }

  private static void appendScore(StringBuilder s, Evaluation e, Language language) {
    s.append(label("score", language, e.score().total())).append('\n');
    s.append("  ").append(ScoreText.rescaling(e.score(), language)).append('\n');
    String left = ScoreText.notApplicable(e.score(), language);
    if (!left.isEmpty()) {
      s.append("  ").append(left).append('\n');
    }
    for (CriterionScore c : e.score().criteria()) {
      String points =
          c.applicable()
              ? label("points", language, c.points(), c.weight())
              : label("notApplicable", language, c.weight());
      s.append(String.format("  %-22s %-14s %s%n", c.id(), points, c.name(language)));
      for (Message m : c.evidence()) {
        s.append("      - ").append(m.render(language)).append('\n');
      }
      s.append("      ").append(label("basis", language, c.basis().citation()));
      if (!c.basis().isVerified()) {
        s.append(' ').append(label("unverified", language));
      }
      s.append('\n');
      c.rationale()
          .ifPresent(
              r ->
                  s.append("      ")
                      .append(label("weight", language, r.render(language)))
                      .append('\n'));
      s.append("      ").append(ScoreText.weightBasis(c, language)).append('\n');
    }
    s.append('\n');
  }
}
