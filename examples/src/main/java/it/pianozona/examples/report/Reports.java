package it.pianozona.examples.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import it.pianozona.core.text.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The reports people read, rendered from templates (Mustache) that escape every text for their
 * format: a self-contained HTML page to open, print and share, and Markdown for mail and wikis.
 * Both show the same content: the plan's summary, its score and the evidence behind it, charts
 * of its money and its findings grouped by area.
 */
public final class Reports {

  private static final Mustache HTML = compile(new DefaultMustacheFactory(), "report.html");
  private static final Mustache MARKDOWN = compile(new MarkdownFactory(), "report.md");

  private Reports() {}

  /**
   * A single HTML file with no external resource: styles inline, charts as inline SVG, a
   * Content-Security-Policy that forbids loading anything.
   */
  public static String html(List<CheckedPlan> plans, Language language) {
    return render(HTML, plans, language);
  }

  /** The same content as {@link #html}, as Markdown. */
  public static String markdown(List<CheckedPlan> plans, Language language) {
    return render(MARKDOWN, plans, language);
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

  private static String render(Mustache template, List<CheckedPlan> plans, Language language) {
    if (plans.isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one plan");
    }
    StringWriter out = new StringWriter();
    template.execute(out, ReportModel.of(plans, language, generator()));
    return out.toString();
  }

  private static Mustache compile(DefaultMustacheFactory factory, String name) {
    String resource = name + ".mustache";
    try (InputStream in = Reports.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled template missing: " + resource);
      }
      return factory.compile(new StringReader(new String(in.readAllBytes(),
          StandardCharsets.UTF_8)), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Escapes text for Markdown: every character that could start emphasis, code, a link, HTML or
   * a table cell is backslash-escaped, and line breaks become spaces so that a value never
   * breaks a list or a table.
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
        case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '&', '~', '#' -> s.append('\\')
            .append(c);
        case '\r', '\n', '\t' -> s.append(' ');
        default -> s.append(c);
      }
    }
    return s.toString();
  }
}
