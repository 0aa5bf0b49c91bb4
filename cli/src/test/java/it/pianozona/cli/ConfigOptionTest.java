package it.pianozona.cli;

import static it.pianozona.cli.PianoZonaCliTest.run;
import static it.pianozona.cli.PianoZonaCliTest.runWith;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project configuration found beside the plans or named with --config, as a user runs it. */
class ConfigOptionTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String CASARANO = PianoZonaCliTest.CASARANO;
  static final String EXAMPLE = "../examples/config/pianozona.yaml";

  static final String TUNING =
      """
      rules:
        - code: NAT-CNT-011
          severity: info
          reason: "Bozza in lavorazione"
        - tag: governance
          severity: off
          reason: "Governance verificata a parte"
      """;

  @TempDir Path dir;
  Path plan;

  @BeforeEach
  void copyThePlan() throws IOException {
    Path plans = Files.createDirectories(dir.resolve("piani"));
    plan = Files.copy(Path.of(CASARANO), plans.resolve("casarano.yaml"));
  }

  private Path config(String yaml) throws IOException {
    return Files.writeString(dir.resolve("pianozona.yaml"), yaml, UTF_8);
  }

  @Test
  void aConfigurationInAParentFolderIsFoundAndNamedInTheReport() throws IOException {
    Path file = config(TUNING);
    PianoZonaCliTest.Run r = run("validate", plan.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Configurazione di progetto: " + file), r.out());
    assertTrue(
        r.out().contains("NAT-CNT-011: gravità AVVERTENZA cambiata in INFORMAZIONE"), r.out());
    assertTrue(r.out().contains("tramite il tag governance"), r.out());
    assertTrue(r.out().contains("INFORMAZIONE NAT-CNT-011"), r.out());
    assertTrue(r.out().contains("Gravità dichiarata dalla regola: AVVERTENZA"), r.out());
    assertFalse(r.out().contains("AVVERTENZA   PUG-V-GOV-"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void noConfigIgnoresTheFoundFile() throws IOException {
    config(TUNING);
    PianoZonaCliTest.Run r = run("validate", "--no-config", plan.toString());
    assertFalse(r.out().contains("Configurazione di progetto"), r.out());
    assertTrue(r.out().contains("AVVERTENZA   PUG-V-GOV-"), r.out());
    assertEquals(2, run("validate", "--no-config", "--config", EXAMPLE, plan.toString()).code());
  }

  @Test
  void theExampleConfigurationTunesTheBundledPlanInEveryReport() throws Exception {
    PianoZonaCliTest.Run text = run("score", "--config", EXAMPLE, CASARANO);
    assertEquals(0, text.code(), text.err());
    // The override replaces the framework's 20% in the score's evidence, with its act.
    assertTrue(text.out().contains("Quota minima di riferimento: 10,0% (Esempio:"), text.out());

    PianoZonaCliTest.Run json =
        run("validate", "--format", "json", "--config", EXAMPLE, "--lang", "en", CASARANO);
    JsonNode report = JSON.readTree(json.out());
    JsonNode c = report.get("configuration");
    assertEquals(EXAMPLE, c.get("file").asText());
    assertEquals("NAT-CNT-011", c.at("/rules/0/code").asText());
    assertEquals("WARNING", c.at("/rules/0/declaredSeverity").asText());
    assertEquals("INFO", c.at("/rules/0/severity").asText());
    assertEquals("governance", c.at("/rules/1/selector/tag").asText());
    assertTrue(c.at("/rules/1/off").asBoolean());
    assertEquals("municipal-cofinancing-min-share", c.at("/parameters/0/id").asText());
    assertEquals(0.1, c.at("/parameters/0/value").asDouble());
    assertEquals("2024-12-31", c.at("/parameters/0/validTo").asText());
    assertTrue(c.at("/parameters/0/reference").asText().startsWith("Esempio"));
    boolean regraded = false;
    for (JsonNode f : report.get("findings")) {
      if (f.get("code").asText().equals("NAT-CNT-011")) {
        assertEquals("INFO", f.get("severity").asText());
        assertEquals("WARNING", f.get("declaredSeverity").asText());
        regraded = true;
      }
    }
    assertTrue(regraded, json.out());
    String schema = run("schema", "--report").out();
    assertEquals(List.of(), JsonSchemas.violations(schema, report));

    String md = run("validate", "--format", "markdown", "--config", EXAMPLE, CASARANO).out();
    assertTrue(md.contains("### Configurazione di progetto"), md);
    String html =
        run("validate", "--format", "html", "--lang", "en", "--config", EXAMPLE, CASARANO).out();
    assertTrue(html.contains("<h3>Project configuration</h3>"), html);
    assertTrue(html.contains("NAT-CNT-011: severity Warning changed to Note"), html);

    JsonNode sarif =
        JSON.readTree(run("validate", "--format", "sarif", "--config", EXAMPLE, CASARANO).out());
    JsonNode run = sarif.at("/runs/0");
    JsonNode overrides = run.at("/invocations/0/ruleConfigurationOverrides");
    assertEquals("NAT-CNT-011", overrides.at("/0/descriptor/id").asText());
    assertEquals("note", overrides.at("/0/configuration/level").asText());
    assertFalse(overrides.at("/1/configuration/enabled").asBoolean(true));
    int index = overrides.at("/0/descriptor/index").asInt();
    assertEquals(
        "warning", run.at("/tool/driver/rules/" + index + "/defaultConfiguration/level").asText());
    assertEquals(EXAMPLE, run.at("/properties/plans/0/configuration/file").asText());
  }

  @Test
  void anUntunedReportSaysNothingOfAConfiguration() throws Exception {
    JsonNode report = JSON.readTree(run("validate", "--format", "json", CASARANO).out());
    assertFalse(report.has("configuration"));
    JsonNode sarif = JSON.readTree(run("validate", "--format", "sarif", CASARANO).out());
    assertFalse(sarif.at("/runs/0/invocations/0").has("ruleConfigurationOverrides"));
  }

  @Test
  void aBadFilePrintsItsLocatedProblemsAndStopsBeforeAnyPlan() throws IOException {
    Path file = config("rulez:\n  - code: NAT-CNT-011\nlanguage: en\n");
    PianoZonaCliTest.Run r = run("validate", plan.toString());
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith(file + ":1:1: /rulez: PZ-DOC-030"), r.err());
    assertTrue(r.err().contains("forse si intendeva 'rules'?"), r.err());

    config("rules:\n  - code: NAT-CNT-011\n    severity: warnig\n");
    PianoZonaCliTest.Run en = run("validate", "--lang", "en", plan.toString());
    assertEquals(2, en.code());
    assertTrue(en.err().contains(":3:5: /rules/0/severity: PZ-DOC-115"), en.err());
    assertTrue(en.err().contains("did you mean 'warning'?"), en.err());
  }

  @Test
  void aCodeThatDoesNotExistIsRefusedWithASuggestion() throws IOException {
    Path file = config("rules:\n  - code: NAT-CNT-0111\n    severity: info\n");
    PianoZonaCliTest.Run r = run("validate", "--lang", "en", plan.toString());
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith(file + ":2:5: /rules/0/code: PZ-DOC-119"), r.err());
    assertTrue(r.err().contains("did you mean 'NAT-CNT-011'?"), r.err());
  }

  @Test
  void theConfigurationsLanguageComesAfterLangAndTheVariable() throws IOException {
    config("language: en\n");
    assertTrue(run("validate", plan.toString()).out().contains("Regional framework:"));
    assertTrue(
        run("validate", "--lang", "it", plan.toString()).out().contains("Quadro regionale:"));
    assertTrue(
        runWith(Map.of("PIANOZONA_LANG", "it"), "validate", plan.toString())
            .out()
            .contains("Quadro regionale:"));
    assertTrue(
        run("--lang", "it", "validate", plan.toString()).out().contains("Quadro regionale:"));
  }

  @Test
  void aCatalogueOfTheConfigurationIsNamedAsTuningButOneGivenWithCatalogueIsNot()
      throws IOException {
    String catalogue = "src/test/resources/catalogues/puglia-v-test.yaml";
    PianoZonaCliTest.Run plain = run("validate", "--catalogue", catalogue, plan.toString());
    assertFalse(plain.out().contains("Configurazione di progetto"), plain.out());
    Files.copy(Path.of(catalogue), dir.resolve("catalogo.yaml"));
    config("catalogues: [catalogo.yaml]\n");
    PianoZonaCliTest.Run tuned = run("validate", plan.toString());
    assertEquals(0, tuned.code(), tuned.err());
    assertTrue(
        tuned.out().contains("catalogo al posto di quello del quadro regionale: "), tuned.out());
    assertTrue(tuned.out().contains("catalogo.yaml"), tuned.out());
  }

  @Test
  void theOutputNeverReplacesTheConfiguration() throws IOException {
    Path file = config(TUNING);
    PianoZonaCliTest.Run r = run("validate", "--output", file.toString(), plan.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("pianozona: --output: "), r.err());
    assertEquals(TUNING, Files.readString(file, UTF_8));
  }

  @Test
  void scoreAndDiffUseTheConfigurationToo() throws IOException {
    config(TUNING);
    Path other = Files.copy(plan, plan.resolveSibling("casarano-bis.yaml"));
    PianoZonaCliTest.Run diff = run("diff", plan.toString(), other.toString());
    assertEquals(0, diff.code(), diff.err());
    assertTrue(diff.out().contains("Configurazione di progetto:"), diff.out());
    PianoZonaCliTest.Run json = run("diff", "--format", "json", plan.toString(), other.toString());
    assertTrue(json.out().contains("\"configuration\""), json.out());
    PianoZonaCliTest.Run score = run("score", plan.toString());
    assertTrue(score.out().contains("Configurazione di progetto:"), score.out());
  }

  @Test
  void plansUnderDifferentConfigurationsAreOneSarifInvocationEach() throws IOException {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    Files.writeString(
        a.resolve("pianozona.yaml"),
        "rules:\n  - {code: NAT-CNT-011, severity: info, reason: bozza}\n");
    Files.writeString(
        b.resolve("pianozona.yaml"),
        "rules:\n  - {code: NAT-CNT-011, severity: off, reason: non usata}\n");
    Path casarano = Files.copy(Path.of(CASARANO), a.resolve("casarano.yaml"));
    Path fasano =
        Files.copy(
            Path.of(CASARANO).resolveSibling("puglia-fasano-ciisaf-2022-2024.yaml"),
            b.resolve("fasano.yaml"));
    JsonNode sarif =
        JSON.readTree(
            run("validate", "--format", "sarif", casarano.toString(), fasano.toString()).out());
    JsonNode invocations = sarif.at("/runs/0/invocations");
    assertEquals(2, invocations.size(), invocations::toString);
    assertEquals(
        "note",
        invocations.at("/0/ruleConfigurationOverrides/0/configuration/level").asText(),
        invocations::toString);
    assertFalse(
        invocations.at("/1/ruleConfigurationOverrides/0/configuration/enabled").asBoolean(true),
        invocations::toString);
    for (JsonNode r : sarif.at("/runs/0/results")) {
      int expected = r.at("/properties/plan").asText().contains("casarano") ? 0 : 1;
      assertEquals(expected, r.at("/provenance/invocationIndex").asInt(-1), r::toString);
    }
  }

  @Test
  void batchUsesTheConfigurationFoundForTheFolderAndSkipsIt() throws IOException {
    config(TUNING);
    Path out = dir.resolve("out");
    PianoZonaCliTest.Run r =
        run(
            "batch",
            dir.toString(),
            "--output",
            out.toString(),
            "--format",
            "json",
            "--progress",
            "none");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("PZ-DOC-126"), r.err());
    try (var files = Files.walk(out)) {
      Path report =
          files.filter(f -> f.getFileName().toString().startsWith("casarano")).findFirst().get();
      JsonNode json = JSON.readTree(Files.readString(report, UTF_8));
      assertEquals("NAT-CNT-011", json.at("/configuration/rules/0/code").asText());
    }
  }
}
