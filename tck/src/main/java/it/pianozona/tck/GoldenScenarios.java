package it.pianozona.tck;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.io.ScenarioDocument;
import it.pianozona.core.scenario.ScenarioResult;
import it.pianozona.core.scenario.Scenarios;
import it.pianozona.core.text.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Golden scenarios a regional expert can write without Java: one YAML file per scenario with a plan
 * and the findings and score it must produce. The scenarios run through {@link Scenarios}, as
 * {@code pianozona test} runs them, so the Java tests and the command line always agree; the format
 * is in {@code docs/scenarios.md}.
 *
 * <pre>
 * scenario: "A complete plan has no findings"
 * expect:
 *   framework: puglia-v-2022-2024
 *   score: 88.4
 *   findings:                          # every finding, in any order
 *     - {code: PUG-V-AREA-001, pointer: /interventions}
 * plan:
 *   schemaVersion: 1
 *   ...
 * </pre>
 *
 * <p>A scenario passes when the plan is checked under the expected framework, produces exactly the
 * expected findings (code and JSON Pointer, and severity or suppression where an entry states them;
 * in any order) and the expected total. A failure prints the difference and the actual result in
 * the same format, ready to review and paste.
 */
public final class GoldenScenarios {

  private static final ObjectMapper YAML = new YAMLMapper();

  private GoldenScenarios() {}

  /** One dynamic test per {@code *.yaml} file in the folder. */
  public static Stream<DynamicTest> in(Path folder, PianoZona pianoZona) {
    List<Path> files;
    try {
      files = Scenarios.files(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (files.isEmpty()) {
      throw new AssertionFailedError("no scenarios in " + folder);
    }
    return files.stream()
        .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> run(f, pianoZona)));
  }

  /**
   * Runs one scenario as {@code pianozona test} runs it ({@link Scenarios}), failing with the
   * difference and with what the plan gives, in the scenario's format, ready to review and paste.
   */
  static void run(Path file, PianoZona pianoZona) {
    ScenarioResult r = Scenarios.runFile(pianoZona, file);
    if (!r.usable()) {
      throw new AssertionFailedError(
          file
              + ": the scenario cannot be used:\n"
              + String.join("\n", r.problems().stream().map(p -> p.render(Language.EN)).toList()));
    }
    if (!r.hasExpectation()) {
      throw new AssertionFailedError(file + ": no expect section; the plan gives:\n" + r.actual());
    }
    if (!r.passed()) {
      throw new AssertionFailedError(
          file
              + ": the plan does not give what the scenario expects.\n"
              + difference(r)
              + "It gives:\n"
              + r.actual(),
          expected(r.scenario().orElseThrow().expected().orElseThrow()),
          r.actual());
    }
  }

  /** The difference between what a scenario expects and what its plan gives, one line each. */
  static String difference(ScenarioResult r) {
    StringBuilder s = new StringBuilder();
    ScenarioDocument.Expected e = r.scenario().orElseThrow().expected().orElseThrow();
    Evaluation actual = r.evaluation().orElseThrow();
    if (!r.frameworkMatches()) {
      s.append("  framework: expected ")
          .append(e.framework())
          .append(", got ")
          .append(actual.framework().id())
          .append('\n');
    }
    if (!r.scoreMatches()) {
      s.append("  score: expected ")
          .append(e.score().toPlainString())
          .append(", got ")
          .append(actual.score().total().toPlainString())
          .append('\n');
    }
    r.missing().forEach(m -> s.append("  missing: ").append(ScenarioResult.entry(m)).append('\n'));
    r.unexpected()
        .forEach(
            u -> s.append("  unexpected: ").append(ScenarioResult.entry(u, true)).append('\n'));
    return s.toString();
  }

  private static String expected(ScenarioDocument.Expected e) {
    StringBuilder s = new StringBuilder("expect:\n");
    s.append("  framework: ").append(e.framework()).append('\n');
    s.append("  score: ").append(e.score().toPlainString()).append('\n');
    if (e.findings().isEmpty()) {
      return s.append("  findings: []\n").toString();
    }
    s.append("  findings:\n");
    e.findings().forEach(f -> s.append("    - ").append(ScenarioResult.entry(f)).append('\n'));
    return s.toString();
  }

  /** The plan part of a scenario file as YAML bytes (for tools that only need the plan). */
  public static byte[] planBytes(Path file) throws IOException {
    return YAML.writeValueAsString(YAML.readTree(file.toFile()).get("plan")).getBytes(UTF_8);
  }
}
