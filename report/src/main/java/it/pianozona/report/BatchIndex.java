package it.pianozona.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import it.pianozona.core.CheckedPlan;
import it.pianozona.core.Evaluation;
import it.pianozona.core.text.Language;
import it.pianozona.core.text.MessageBundle;
import it.pianozona.core.validation.Severity;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The index page of a batch run: one self-contained HTML file listing every plan with its score,
 * its findings by severity, its framework and a link to its report, and a chart that compares the
 * plans' scores, so a regional office sees a whole archive at a glance.
 */
final class BatchIndex {

  static final MessageBundle LABELS =
      MessageBundle.load("index", BatchIndex.class::getResourceAsStream);
  private static final Mustache PAGE = Reports.compile(new DefaultMustacheFactory(), "index.html");

  static final int WIDTH = 820;
  static final int LABEL_END = 250;
  static final int BAR_START = 260;
  static final int BAR_SPACE = 440;
  static final int ROW = 24;
  static final int BAR_HEIGHT = 16;
  static final int LABEL_MAX = 36;

  private BatchIndex() {}

  record Page(
      String lang,
      String title,
      String intro,
      String generatedBy,
      String summary,
      List<RowView> rows,
      Optional<Chart> chart,
      Map<String, String> l) {}

  record RowView(String file, Optional<PlanView> checked, String problems) {}

  record PlanView(
      String planId,
      String title,
      String framework,
      String score,
      long errors,
      long warnings,
      long infos,
      boolean hasErrors,
      boolean hasWarnings,
      Optional<String> href,
      String reportName) {}

  record Chart(int width, int height, int barStart, int labelEnd, List<BarView> bars) {}

  record BarView(
      String label,
      String tooltip,
      String value,
      int x,
      int y,
      int barWidth,
      int barHeight,
      int valueX,
      int textY) {}

  /** The page for the result, in the language. */
  static String html(BatchResult result, Language language) {
    Map<String, String> l = new LinkedHashMap<>();
    for (String key : LABELS.keys()) {
      l.put(key, LABELS.template(key, language));
    }
    List<RowView> rows = new ArrayList<>();
    List<BarView> bars = new ArrayList<>();
    for (BatchRow row : result.rows()) {
      String file = row.file().toString();
      Optional<CheckedPlan> checked = row.check().checked();
      if (checked.isEmpty()) {
        rows.add(
            new RowView(
                file,
                Optional.empty(),
                label(language, "unreadable", row.check().problems().size())
                    + ": "
                    + row.check().problems().stream()
                        .map(p -> p.render(language))
                        .collect(Collectors.joining("; "))));
        continue;
      }
      Evaluation e = checked.get().evaluation();
      String score = MessageBundle.format(e.score().total(), language);
      long errors = e.report().count(Severity.ERROR);
      long warnings = e.report().count(Severity.WARNING);
      Optional<String> href = row.report().map(r -> href(result.output(), r));
      rows.add(
          new RowView(
              file,
              Optional.of(
                  new PlanView(
                      e.plan().id(),
                      e.plan().title(),
                      e.framework().id(),
                      score,
                      errors,
                      warnings,
                      e.report().count(Severity.INFO),
                      errors > 0,
                      warnings > 0,
                      href,
                      row.report().map(r -> r.getFileName().toString()).orElse(""))),
              ""));
      int y = 8 + bars.size() * ROW;
      int width =
          e.score()
              .total()
              .multiply(BigDecimal.valueOf(BAR_SPACE))
              .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
              .intValue();
      String name = e.plan().id();
      bars.add(
          new BarView(
              truncate(name),
              name + ": " + score + " / 100",
              score,
              BAR_START,
              y,
              Math.max(width, 1),
              BAR_HEIGHT,
              BAR_START + Math.max(width, 1) + 6,
              y + BAR_HEIGHT - 3));
    }
    Optional<Chart> chart =
        bars.isEmpty()
            ? Optional.empty()
            : Optional.of(new Chart(WIDTH, 16 + bars.size() * ROW, BAR_START, LABEL_END, bars));
    int plans = result.rows().size();
    String title = plans == 1 ? label(language, "titleOne") : label(language, "title", plans);
    Page page =
        new Page(
            language.code(),
            title,
            label(language, "intro", result.input(), result.format().name()),
            label(language, "generatedBy", Reports.generator()),
            label(language, "summary", plans, plans - result.unreadable(), result.unreadable()),
            rows,
            chart,
            l);
    StringWriter out = new StringWriter();
    PAGE.execute(out, page);
    return out.toString();
  }

  /**
   * A link from the index page to a report: relative, with '/' and every unsafe character escaped.
   */
  static String href(Path output, Path report) {
    String relative =
        output
            .toAbsolutePath()
            .normalize()
            .relativize(report.toAbsolutePath().normalize())
            .toString()
            .replace('\\', '/');
    try {
      return "./" + new URI(null, null, relative, null).toASCIIString();
    } catch (URISyntaxException e) {
      return report.toAbsolutePath().toUri().toString();
    }
  }

  private static String truncate(String label) {
    return label.length() <= LABEL_MAX ? label : label.substring(0, LABEL_MAX - 1) + "…";
  }

  private static String label(Language language, String key, Object... args) {
    return LABELS.render(key, List.of(args), language);
  }
}
