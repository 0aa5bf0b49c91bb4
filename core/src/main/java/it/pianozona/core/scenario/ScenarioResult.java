package it.pianozona.core.scenario;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import it.pianozona.core.Evaluation;
import it.pianozona.core.io.DocumentProblem;
import it.pianozona.core.io.ScenarioDocument;
import it.pianozona.core.io.ScenarioDocument.ExpectedFinding;
import it.pianozona.core.validation.Finding;
import it.pianozona.core.validation.Pointer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What running one scenario gave: the problems of a file that cannot be used, or the evaluation of
 * its plan with the difference from what the scenario expects. The command line and the Java tests
 * read the same result, so they always agree on whether a scenario passes.
 *
 * @param source the scenario file, as named in problems
 * @param name the scenario's own name, or the file's when it could not be read
 * @param problems why the file cannot be used (unreadable, not a scenario, or a plan no framework
 *     fits), each located; empty for a usable one
 * @param scenario the scenario as read, when usable
 * @param evaluation what checking its plan gave, when usable
 * @param missing the expected findings the plan did not get, in the scenario's order
 * @param unexpected the findings the plan got that the scenario does not expect, in report order
 * @since 0.1
 */
public record ScenarioResult(
    String source,
    String name,
    List<DocumentProblem> problems,
    Optional<ScenarioDocument> scenario,
    Optional<Evaluation> evaluation,
    List<ExpectedFinding> missing,
    List<Finding> unexpected) {

  public ScenarioResult {
    requireNonNull(source, "source");
    requireNonNull(name, "name");
    problems = ImmutableList.copyOf(problems);
    requireNonNull(scenario, "scenario");
    requireNonNull(evaluation, "evaluation");
    missing = ImmutableList.copyOf(missing);
    unexpected = ImmutableList.copyOf(unexpected);
  }

  /** A scenario file that cannot be used, with why. */
  public static ScenarioResult unusable(
      String source, String name, List<DocumentProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an unusable scenario says why");
    }
    return new ScenarioResult(
        source, name, problems, Optional.empty(), Optional.empty(), List.of(), List.of());
  }

  /**
   * The scenario's plan as checked, compared with what the scenario expects. Each expected finding
   * matches one finding of the report with its code and pointer (and severity and suppression,
   * where it states them), whatever their order; entries stating more are matched first, so that a
   * looser one never takes the finding a stricter one needs.
   */
  public static ScenarioResult of(ScenarioDocument scenario, Evaluation evaluation) {
    List<Finding> left = new ArrayList<>(evaluation.report().findings());
    List<ExpectedFinding> missing = new ArrayList<>();
    List<ExpectedFinding> expected =
        scenario.expected().map(ScenarioDocument.Expected::findings).orElse(List.of());
    List<ExpectedFinding> strictFirst = new ArrayList<>(expected);
    strictFirst.sort(Comparator.comparingInt(ExpectedFinding::specificity).reversed());
    for (ExpectedFinding e : strictFirst) {
      Optional<Finding> match = left.stream().filter(f -> matches(e, f)).findFirst();
      if (match.isPresent()) {
        left.remove(match.get());
      } else {
        missing.add(e);
      }
    }
    missing.sort(Comparator.comparingInt(expected::indexOf));
    return new ScenarioResult(
        scenario.source(),
        scenario.name(),
        List.of(),
        Optional.of(scenario),
        Optional.of(evaluation),
        missing,
        left);
  }

  /** Whether the finding is the one the entry describes. */
  public static boolean matches(ExpectedFinding e, Finding f) {
    return e.code().equals(f.code())
        && e.pointer().equals(f.pointer())
        && e.severity().map(s -> s == f.severity()).orElse(true)
        && e.suppressed().map(s -> s == f.suppressed()).orElse(true);
  }

  /** Whether the file could be read and its plan checked. */
  public boolean usable() {
    return problems.isEmpty();
  }

  /** Whether the scenario has its {@code expect} section; without it, it cannot pass. */
  public boolean hasExpectation() {
    return scenario.flatMap(ScenarioDocument::expected).isPresent();
  }

  /** Whether the plan was checked under the framework the scenario expects. */
  public boolean frameworkMatches() {
    return hasExpectation()
        && expected().framework().equals(evaluation.orElseThrow().framework().id());
  }

  /** Whether the plan got the score the scenario expects, compared as numbers. */
  public boolean scoreMatches() {
    return hasExpectation()
        && expected().score().compareTo(evaluation.orElseThrow().score().total()) == 0;
  }

  /** Whether the plan gave exactly what the scenario expects. */
  public boolean passed() {
    return usable()
        && hasExpectation()
        && frameworkMatches()
        && scoreMatches()
        && missing.isEmpty()
        && unexpected.isEmpty();
  }

  private ScenarioDocument.Expected expected() {
    return scenario.orElseThrow().expected().orElseThrow();
  }

  /**
   * What the plan gives, written as the scenario's {@code expect} section: once reviewed, it can be
   * pasted into the file. Empty for an unusable scenario.
   */
  public String actual() {
    if (evaluation.isEmpty()) {
      return "";
    }
    Evaluation e = evaluation.get();
    StringBuilder s = new StringBuilder("expect:\n");
    s.append("  framework: ").append(e.framework().id()).append('\n');
    s.append("  score: ").append(e.score().total().toPlainString()).append('\n');
    if (e.report().findings().isEmpty()) {
      s.append("  findings: []\n");
      return s.toString();
    }
    s.append("  findings:\n");
    for (Finding f : e.report().findings()) {
      s.append("    - ").append(entry(f, false)).append('\n');
    }
    return s.toString();
  }

  /**
   * A finding as an entry of {@code expect.findings}: {@code {code: X, pointer: /p}}, with its
   * severity when asked, and {@code suppressed: true} when a suppression accepts it.
   */
  public static String entry(Finding f, boolean withSeverity) {
    StringBuilder s = new StringBuilder("{code: ").append(f.code());
    s.append(", pointer: ").append(pointer(f.pointer()));
    if (withSeverity) {
      s.append(", severity: ").append(f.severity().name());
    }
    if (f.suppressed()) {
      s.append(", suppressed: true");
    }
    return s.append('}').toString();
  }

  /** An expected finding written as in the scenario file. */
  public static String entry(ExpectedFinding e) {
    StringBuilder s = new StringBuilder("{code: ").append(e.code());
    s.append(", pointer: ").append(pointer(e.pointer()));
    e.severity().ifPresent(v -> s.append(", severity: ").append(v.name()));
    e.suppressed().ifPresent(v -> s.append(", suppressed: ").append(v));
    return s.append('}').toString();
  }

  private static String pointer(Pointer p) {
    return p.isRoot() ? "\"\"" : p.toString();
  }
}
