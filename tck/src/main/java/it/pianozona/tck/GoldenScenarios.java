package it.pianozona.tck;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.io.DocumentFormat;
import it.pianozona.core.io.PlanDocument;
import it.pianozona.core.validation.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Golden scenarios a regional expert can write without Java: one YAML file per scenario with a plan
 * and the findings and score it must produce.
 *
 * <pre>
 * scenario: "A complete plan has no findings"
 * expect:
 *   framework: puglia-v-2022-2024
 *   score: 88.4
 *   findings:                          # every finding, in report order
 *     - {code: PUG-V-AREA-001, pointer: /interventions}
 * plan:
 *   schemaVersion: 1
 *   ...
 * </pre>
 *
 * <p>A scenario passes when the plan is checked under the expected framework, produces exactly the
 * expected findings (code and JSON Pointer, in the report's order) and the expected total. A
 * failure prints the actual result in the same format, ready to review and paste.
 */
public final class GoldenScenarios {

  private static final ObjectMapper YAML = new YAMLMapper();

  private GoldenScenarios() {}

  /** One dynamic test per {@code *.yaml} file in the folder. */
  public static Stream<DynamicTest> in(Path folder, PianoZona pianoZona) {
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (files.isEmpty()) {
      throw new AssertionFailedError("no scenarios in " + folder);
    }
    return files.stream()
        .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> run(f, pianoZona)));
  }

  static void run(Path file, PianoZona pianoZona) throws IOException {
    JsonNode scenario = YAML.readTree(file.toFile());
    JsonNode plan = scenario.get("plan");
    if (plan == null) {
      throw new AssertionFailedError(file + ": a scenario needs a plan");
    }
    byte[] bytes = YAML.writeValueAsBytes(plan);
    PlanDocument document = pianoZona.reader().read(file + "#/plan", bytes, DocumentFormat.YAML);
    Evaluation e = pianoZona.evaluate(document.plan());
    String actual = describe(e);
    JsonNode expect = scenario.get("expect");
    if (expect == null) {
      throw new AssertionFailedError(file + ": no expect section; the plan gives:\n" + actual);
    }
    List<String> expected = new ArrayList<>();
    expect
        .path("findings")
        .forEach(f -> expected.add(f.get("code").asText() + " " + f.get("pointer").asText()));
    List<String> found =
        e.report().findings().stream().map(f -> f.code() + " " + f.pointer()).toList();
    boolean ok =
        expect.path("framework").asText().equals(e.framework().id())
            && expected.equals(found)
            && new BigDecimal(expect.path("score").asText("-1")).compareTo(e.score().total()) == 0;
    if (!ok) {
      throw new AssertionFailedError(
          file + ": the plan does not give what the scenario" + " expects. It gives:\n" + actual,
          describeExpected(expect),
          actual);
    }
  }

  private static String describe(Evaluation e) {
    StringBuilder s = new StringBuilder("expect:\n");
    s.append("  framework: ").append(e.framework().id()).append('\n');
    s.append("  score: ").append(e.score().total().toPlainString()).append('\n');
    s.append("  findings:\n");
    for (Finding f : e.report().findings()) {
      s.append("    - {code: ")
          .append(f.code())
          .append(", pointer: ")
          .append(f.pointer().isRoot() ? "\"\"" : f.pointer().toString())
          .append("}\n");
    }
    return s.toString();
  }

  private static String describeExpected(JsonNode expect) {
    StringBuilder s = new StringBuilder("expect:\n");
    s.append("  framework: ").append(expect.path("framework").asText()).append('\n');
    s.append("  score: ").append(expect.path("score").asText()).append('\n');
    s.append("  findings:\n");
    expect
        .path("findings")
        .forEach(
            f ->
                s.append("    - {code: ")
                    .append(f.get("code").asText())
                    .append(", pointer: ")
                    .append(f.get("pointer").asText())
                    .append("}\n"));
    return s.toString();
  }

  /** The plan part of a scenario file as YAML bytes (for tools that only need the plan). */
  public static byte[] planBytes(Path file) throws IOException {
    return YAML.writeValueAsString(YAML.readTree(file.toFile()).get("plan")).getBytes(UTF_8);
  }
}
