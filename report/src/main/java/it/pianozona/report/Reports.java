package it.pianozona.report;

import static java.util.Objects.requireNonNull;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import it.pianozona.core.CheckedPlan;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.io.PlanSchema;
import it.pianozona.core.national.Vocabulary;
import it.pianozona.core.text.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns evaluated plans into reports, in any {@link ReportFormat} and either language: the one
 * place an application, the command line or a server gets the same bytes from.
 *
 * <pre>{@code
 * PianoZona pz = PianoZona.create();
 * CheckedPlan plan = pz.check(Path.of("piano.yaml")).checked().orElseThrow();
 * try (Writer out = Files.newBufferedWriter(Path.of("piano.html"))) {
 *   Reports.write(ReportFormat.HTML, List.of(plan), Language.IT, out);
 * }
 * }</pre>
 *
 * <p>Every method is safe to call from several threads at once.
 *
 * @since 0.1
 */
public final class Reports {

  /** The version of the JSON report's format; changes when a field changes meaning. */
  public static final int JSON_REPORT_VERSION = 1;

  private static final Mustache HTML = compile(new DefaultMustacheFactory(), "report.html");
  private static final Mustache MARKDOWN = compile(new MarkdownFactory(), "report.md");

  private Reports() {}

  /**
   * The report of the plans in the format and language, as text. Several plans make one report: one
   * page, one SARIF run, or a JSON array.
   *
   * @throws IllegalArgumentException if there is no plan
   */
  public static String render(ReportFormat format, List<CheckedPlan> plans, Language language) {
    return render(format, plans, language, Baseline.NONE);
  }

  /**
   * As {@link #render(ReportFormat, List, Language)}, each plan's findings compared with an earlier
   * report's: every format marks new findings and lists the baseline's findings now gone (JSON
   * {@code baselineState} and {@code absent}, SARIF {@code baselineState}).
   *
   * @throws IllegalArgumentException if there is no plan
   */
  public static String render(
      ReportFormat format, List<CheckedPlan> plans, Language language, Baseline baseline) {
    requireNonNull(format, "format");
    requireNonNull(baseline, "baseline");
    requireNonNull(language, "language");
    if (plans.isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one plan");
    }
    List<CheckedPlan> list = List.copyOf(plans);
    return switch (format) {
      case TEXT -> {
        StringBuilder s = new StringBuilder();
        list.forEach(
            c -> s.append(TextReport.render(c.evaluation(), c.document(), language, baseline)));
        yield s.toString();
      }
      case JSON -> JsonReport.write(list, language, baseline);
      case MARKDOWN -> render(MARKDOWN, list, language, baseline);
      case HTML -> render(HTML, list, language, baseline);
      case SARIF -> SarifReport.write(list, language, baseline);
    };
  }

  /** Writes the report to a writer, which is flushed but not closed. */
  public static void write(
      ReportFormat format, List<CheckedPlan> plans, Language language, Writer out)
      throws IOException {
    out.write(terminated(render(format, plans, language)));
    out.flush();
  }

  /** Writes the report as UTF-8 to a stream, which is flushed but not closed. */
  public static void write(
      ReportFormat format, List<CheckedPlan> plans, Language language, OutputStream out)
      throws IOException {
    write(format, plans, language, new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /**
   * The score of each plan with the evidence behind every criterion, without the findings: as text
   * or as JSON ({@code reportVersion}, {@code plan}, {@code framework}, {@code score}).
   *
   * @throws IllegalArgumentException for a format other than TEXT or JSON, or no plan
   */
  public static String renderScore(
      ReportFormat format, List<CheckedPlan> plans, Language language) {
    if (plans.isEmpty()) {
      throw new IllegalArgumentException("a score report needs at least one plan");
    }
    return switch (format) {
      case TEXT -> {
        StringBuilder s = new StringBuilder();
        plans.forEach(
            c -> s.append(TextReport.renderScore(c.evaluation(), c.document(), language)));
        yield s.toString();
      }
      case JSON -> JsonReport.writeScore(List.copyOf(plans), language);
      default ->
          throw new IllegalArgumentException("a score report is TEXT or JSON, not " + format);
    };
  }

  /**
   * The JSON Schema of the plan document closed to a framework's funding sources and contents
   * sections ({@code pianozona schema --framework}), so that an editor flags a mistyped one.
   */
  public static String planSchema(Framework framework) {
    return PlanSchema.closedTo(
        framework.id(),
        Vocabulary.codes(Vocabulary.Kind.FUNDING_SOURCE, framework),
        Vocabulary.codes(Vocabulary.Kind.CONTENTS, framework));
  }

  /** The JSON Schema (draft 2020-12) of the JSON report. */
  public static String reportSchema() {
    return resource("report.schema.json");
  }

  /** The name and version of this tool, as reports state it. */
  public static String generator() {
    String version = Reports.class.getPackage().getImplementationVersion();
    return "pianozona " + (version == null ? "(development build)" : version);
  }

  /** The version alone, for formats that want one (SARIF). */
  static String version() {
    String version = Reports.class.getPackage().getImplementationVersion();
    return version == null ? "0.0.0-dev" : version;
  }

  /** Text that ends with a line break, as a file or a terminal expects. */
  static String terminated(String text) {
    return text.endsWith("\n") ? text : text + "\n";
  }

  private static String render(
      Mustache template, List<CheckedPlan> plans, Language language, Baseline baseline) {
    StringWriter out = new StringWriter();
    template.execute(out, ReportModel.of(plans, language, generator(), baseline));
    return out.toString();
  }

  static String resource(String name) {
    try (InputStream in = Reports.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Mustache compile(DefaultMustacheFactory factory, String name) {
    return factory.compile(new StringReader(resource(name + ".mustache")), name);
  }

  /**
   * Escapes text for Markdown: every character that could start emphasis, code, a link, HTML or a
   * table cell is backslash-escaped, and line breaks become spaces so that a value never breaks a
   * list or a table.
   */
  static final class MarkdownFactory extends DefaultMustacheFactory {
    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(escapeMarkdown(value));
      } catch (IOException e) {
        throw new MustacheException("cannot write the report", e);
      }
    }
  }

  static String escapeMarkdown(String value) {
    StringBuilder s = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '&', '~', '#' ->
            s.append('\\').append(c);
        case '\r', '\n', '\t' -> s.append(' ');
        default -> s.append(c);
      }
    }
    return s.toString();
  }
}
