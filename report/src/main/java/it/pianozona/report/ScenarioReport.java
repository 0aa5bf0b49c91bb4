package it.pianozona.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import it.pianozona.core.Evaluation;
import it.pianozona.core.io.DocumentProblem;
import it.pianozona.core.io.ScenarioDocument;
import it.pianozona.core.io.TextPosition;
import it.pianozona.core.scenario.ScenarioResult;
import it.pianozona.core.text.Language;
import it.pianozona.core.text.MessageBundle;
import it.pianozona.core.validation.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The results of golden scenarios as {@code pianozona test} prints them: each scenario passed,
 * failed (with the difference: framework, score, missing and unexpected findings, and what the plan
 * gives, ready to paste) or unusable (with its located problems), then a summary line; or as JUnit
 * XML for CI servers ({@code testsuites/testsuite/testcase/failure}, one suite per folder or file).
 *
 * @since 0.1
 */
public final class ScenarioReport {

  private static final MessageBundle LABELS =
      MessageBundle.load("scenarios", ScenarioReport.class::getResourceAsStream);

  private static final String INDENT = "    ";

  private ScenarioReport() {}

  /**
   * The scenarios of one folder or file given to the run.
   *
   * @param name the folder or file as given, which names the JUnit test suite
   * @param results its scenarios' results, in name order
   */
  public record Suite(String name, List<ScenarioResult> results) {
    public Suite {
      requireNonNull(name, "name");
      results = ImmutableList.copyOf(results);
    }
  }

  /** How many scenarios passed, failed and could not be used. */
  public record Counts(int passed, int failed, int unusable) {
    /** Every scenario counted. */
    public int total() {
      return passed + failed + unusable;
    }
  }

  /** The counts over every suite. */
  public static Counts counts(List<Suite> suites) {
    int passed = 0;
    int failed = 0;
    int unusable = 0;
    for (Suite s : suites) {
      for (ScenarioResult r : s.results()) {
        if (!r.usable()) {
          unusable++;
        } else if (r.passed()) {
          passed++;
        } else {
          failed++;
        }
      }
    }
    return new Counts(passed, failed, unusable);
  }

  /** The results as text to read, one scenario after the other, then the summary line. */
  public static String text(List<Suite> suites, Language language) {
    StringBuilder s = new StringBuilder();
    int width = 0;
    for (String status : List.of("passed", "failed", "unusable")) {
      width = Math.max(width, label(language, "status." + status).length());
    }
    for (Suite suite : suites) {
      for (ScenarioResult r : suite.results()) {
        String status = r.usable() ? (r.passed() ? "passed" : "failed") : "unusable";
        String shown = label(language, "status." + status);
        s.append(shown)
            .append(" ".repeat(width - shown.length() + 2))
            .append(r.source())
            .append(r.usable() ? "  " + r.name() : "")
            .append('\n');
        for (String line : details(r, language)) {
          s.append(INDENT).append(line).append('\n');
        }
      }
    }
    Counts c = counts(suites);
    s.append('\n')
        .append(label(language, "summary", c.total(), c.passed(), c.failed(), c.unusable()))
        .append('\n');
    return s.toString();
  }

  /**
   * What is wrong with a scenario, one line each, in the language: its problems when unusable; the
   * difference, then what the plan gives, when failed; nothing when passed.
   */
  public static List<String> details(ScenarioResult r, Language language) {
    List<String> lines = new ArrayList<>();
    if (!r.usable()) {
      r.problems().forEach(p -> lines.add(p.render(language)));
      return lines;
    }
    if (r.passed()) {
      return lines;
    }
    Evaluation e = r.evaluation().orElseThrow();
    ScenarioDocument scenario = r.scenario().orElseThrow();
    Optional<ScenarioDocument.Expected> expected = scenario.expected();
    if (expected.isEmpty()) {
      lines.add(label(language, "noExpect"));
    } else {
      if (!r.frameworkMatches()) {
        lines.add(label(language, "framework", expected.get().framework(), e.framework().id()));
      }
      if (!r.scoreMatches()) {
        lines.add(label(language, "score", expected.get().score(), e.score().total()));
      }
      for (ScenarioDocument.ExpectedFinding m : r.missing()) {
        lines.add(label(language, "missing", ScenarioResult.entry(m)));
      }
      for (Finding f : r.unexpected()) {
        Optional<TextPosition> pos = scenario.plan().position(f.pointer());
        lines.add(
            label(
                language,
                "unexpected",
                ScenarioResult.entry(f, true),
                pos.map(p -> label(language, "line", p.line())).orElse(""),
                f.message(language)));
      }
    }
    lines.add(label(language, "actual"));
    r.actual().lines().forEach(l -> lines.add("  " + l));
    return lines;
  }

  /**
   * The results as JUnit XML: one {@code testsuite} per folder or file, one {@code testcase} per
   * scenario, a {@code failure} with the difference for a failed one and an {@code error} with the
   * problems for an unusable one; texts in the language, escaped.
   */
  public static String junit(List<Suite> suites, Language language) {
    Counts all = counts(suites);
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.append("<testsuites name=\"pianozona test\"")
        .append(attr("tests", all.total()))
        .append(attr("failures", all.failed()))
        .append(attr("errors", all.unusable()))
        .append(">\n");
    for (Suite suite : suites) {
      Counts c = counts(List.of(suite));
      x.append("  <testsuite")
          .append(attr("name", suite.name()))
          .append(attr("tests", c.total()))
          .append(attr("failures", c.failed()))
          .append(attr("errors", c.unusable()))
          .append(attr("skipped", 0))
          .append(">\n");
      for (ScenarioResult r : suite.results()) {
        x.append("    <testcase")
            .append(attr("name", r.usable() ? fileName(r.source()) + ": " + r.name() : r.source()))
            .append(attr("classname", suite.name()))
            .append(attr("file", r.source()));
        if (r.passed()) {
          x.append("/>\n");
          continue;
        }
        String element = r.usable() ? "failure" : "error";
        x.append(">\n      <")
            .append(element)
            .append(
                attr("message", label(language, r.usable() ? "junit.failed" : "junit.unusable")))
            .append(attr("type", r.usable() ? "scenario" : "unusable"))
            .append('>')
            .append(escape(String.join("\n", details(r, language))))
            .append("</")
            .append(element)
            .append(">\n    </testcase>\n");
      }
      x.append("  </testsuite>\n");
    }
    return x.append("</testsuites>\n").toString();
  }

  private static String fileName(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return source.substring(slash + 1);
  }

  private static String attr(String name, Object value) {
    return " " + name + "=\"" + escape(String.valueOf(value)) + "\"";
  }

  /**
   * Text as XML character data or attribute value: markup characters escaped, and characters XML
   * 1.0 cannot hold at all (most control characters, lone surrogates) replaced by U+FFFD.
   */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&apos;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            s.append(c).append(text.charAt(++i));
          } else if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t')
              || Character.isSurrogate(c)
              || c == 0xFFFE
              || c == 0xFFFF) {
            s.append('\uFFFD');
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.toString();
  }

  private static String label(Language language, String key, Object... args) {
    return LABELS.render(key, List.of(args), language);
  }

  /** The problems of unusable scenarios, one line each, as the command line prints them. */
  public static List<String> problems(List<Suite> suites, Language language) {
    List<String> lines = new ArrayList<>();
    for (Suite s : suites) {
      for (ScenarioResult r : s.results()) {
        r.problems().stream().map((DocumentProblem p) -> p.render(language)).forEach(lines::add);
      }
    }
    return lines;
  }
}
