package it.pianozona.cli;

import static it.pianozona.cli.PianoZonaCliTest.CASARANO;
import static it.pianozona.cli.PianoZonaCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.pianozona.core.PianoZona;
import it.pianozona.core.io.PlanSchema;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.RuleDescriptor;
import it.pianozona.report.RuleReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** explain, frameworks --region, schema, help and version. */
class CommandsTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyRuleOfEveryFrameworkIsExplainedInBothLanguages() {
    var known = RuleReport.all(PianoZona.create());
    assertTrue(known.size() > 40, "national and regional rules: " + known.size());
    for (RuleReport.RuleExplanation k : known) {
      RuleDescriptor d = k.descriptor();
      for (Language language : Language.values()) {
        PianoZonaCliTest.Run r = run("explain", "--lang", language.code(), d.code());
        assertEquals(0, r.code(), d.code() + ": " + r.err());
        String severity =
            language == Language.EN
                ? d.severity().name()
                : switch (d.severity()) {
                  case ERROR -> "ERRORE";
                  case WARNING -> "AVVERTENZA";
                  case INFO -> "INFORMAZIONE";
                };
        assertTrue(r.out().startsWith(d.code() + "  " + severity + "\n"), r.out());
        assertTrue(r.out().contains(d.title(language)), r.out());
        assertTrue(r.out().contains(d.fix(language)), r.out());
        assertTrue(r.out().contains(d.legalBasis().citation()), r.out());
        d.legalBasis()
            .caveat()
            .ifPresent(c -> assertTrue(r.out().contains(c.render(language)), r.out()));
      }
    }
  }

  @Test
  void explainAsJsonHasTheRuleAndWhereItApplies() throws Exception {
    JsonNode n =
        JSON.readTree(run("explain", "--format", "json", "--lang", "en", "pug-v-area-001").out());
    assertEquals("PUG-V-AREA-001", n.get("code").asText());
    assertEquals("ERROR", n.get("severity").asText());
    assertFalse(n.get("national").asBoolean());
    assertEquals("puglia-v-2022-2024", n.at("/frameworks/0").asText());
    assertTrue(n.at("/legalBasis/act").asText().contains("353"), n.toString());
    assertTrue(n.get("fix").asText().length() > 10);
    assertTrue(
        JSON.readTree(run("explain", "--format", "json", "NAT-TERR-001").out())
            .get("national")
            .asBoolean());
  }

  @Test
  void anUnknownCodeIsOneLineWithTheNearestCodeAndExitTwo() {
    PianoZonaCliTest.Run r = run("explain", "PUG-V-AREA-01");
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(
        r.err()
            .contains(
                "nessuna regola con codice 'PUG-V-AREA-01'. Si intendeva forse PUG-V-AREA-001?"),
        r.err());
    assertFalse(run("explain", "XYZ").err().contains("Si intendeva"));
    assertTrue(
        run("explain", "--lang", "en", "PUG-V-AREA-01")
            .err()
            .contains("no rule with code 'PUG-V-AREA-01'. Did you mean PUG-V-AREA-001?"));
  }

  @Test
  void frameworksOfOneRegionOnly() throws Exception {
    JsonNode list =
        JSON.readTree(run("frameworks", "--format", "json", "--region", "puglia").out())
            .get("frameworks");
    assertEquals(2, list.size());
    list.forEach(f -> assertEquals("puglia", f.get("region").asText()));
    PianoZonaCliTest.Run none = run("frameworks", "--region", "molise");
    assertEquals(0, none.code());
    assertEquals("nessun quadro regionale installato per la regione molise", none.out().strip());
    assertEquals(
        "no framework is installed for region molise",
        run("frameworks", "--lang", "en", "--region", "molise").out().strip());
    PianoZonaCliTest.Run wrong = run("frameworks", "--region", "atlantide");
    assertEquals(2, wrong.code());
    assertEquals(1, wrong.err().strip().lines().count(), wrong.err());
    assertTrue(
        wrong.err().contains("atteso l'identificativo di una regione (piemonte, "), wrong.err());
    assertTrue(
        run("frameworks", "--lang", "en", "--region", "atlantide")
            .err()
            .contains("expected a region id (piemonte, "));
  }

  @Test
  void schemaPrintsThePlanSchemaThatEveryBundledPlanConformsTo() throws Exception {
    PianoZonaCliTest.Run r = run("schema");
    assertEquals(0, r.code());
    assertEquals(PlanSchema.text().strip(), r.out().strip());
    var yaml = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper();
    for (Path plan : BundledPlansTest.plans().toList()) {
      JsonNode document = yaml.readTree(plan.toFile());
      assertEquals(List.of(), JsonSchemas.violations(r.out(), document), plan.toString());
    }
  }

  @Test
  void aFrameworksSchemaAcceptsItsBundledPlansAndCatchesATypo() throws Exception {
    var yaml = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper();
    var pz = it.pianozona.core.PianoZona.builder().build();
    for (Path plan : BundledPlansTest.plans().toList()) {
      String id = pz.check(plan).checked().orElseThrow().evaluation().framework().id();
      PianoZonaCliTest.Run r = run("schema", "--framework", id);
      assertEquals(0, r.code(), r.err());
      JsonNode document = yaml.readTree(plan.toFile());
      assertEquals(List.of(), JsonSchemas.violations(r.out(), document), plan + " under " + id);
      var contents = (com.fasterxml.jackson.databind.node.ObjectNode) document.get("contents");
      contents.put("monitorng", "Capitolo 5");
      assertFalse(JsonSchemas.violations(r.out(), document).isEmpty(), "a mistyped section");
    }
    PianoZonaCliTest.Run unknown = run("schema", "--framework", "atlantide-2022-2024");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("atlantide-2022-2024"), unknown.err());
  }

  @Test
  void theReportSchemaDescribesTheJsonReportsOfEveryBundledPlan() throws Exception {
    String schema = run("schema", "--report").out();
    assertEquals(it.pianozona.report.Reports.reportSchema().strip(), schema.strip());
    for (Path plan : BundledPlansTest.plans().toList()) {
      for (String command : new String[] {"validate", "score"}) {
        for (String lang : new String[] {"it", "en"}) {
          JsonNode report =
              JSON.readTree(
                  run(command, "--format", "json", "--lang", lang, plan.toString()).out());
          assertEquals(List.of(), JsonSchemas.violations(schema, report), command + " " + plan);
        }
      }
    }
    JsonNode several =
        JSON.readTree(
            run(
                    "validate",
                    "--format",
                    "json",
                    CASARANO,
                    "../examples/plans/puglia-putignano-iv.yaml")
                .out());
    assertEquals(List.of(), JsonSchemas.violations(schema, several));
    ((com.fasterxml.jackson.databind.node.ObjectNode) several.get(0)).put("surprise", 1);
    assertFalse(JsonSchemas.violations(schema, several).isEmpty(), "unknown fields are refused");
  }

  @Test
  void schemaCanBeWrittenToAFile(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("plan.schema.json");
    assertEquals(0, run("schema", "--output", out.toString()).code());
    assertEquals(PlanSchema.text().strip(), Files.readString(out).strip());
  }

  @Test
  void everyCommandHasHelpWithAnExampleAndTheToolHasAVersion() {
    CommandLine cli = PianoZonaCli.commandLine(Language.IT);
    assertEquals(
        List.of(
            "validate",
            "score",
            "explain",
            "frameworks",
            "batch",
            "diff",
            "schema",
            "test",
            "template",
            "convert",
            "serve"),
        List.copyOf(cli.getSubcommands().keySet()));
    for (String command : cli.getSubcommands().keySet()) {
      PianoZonaCliTest.Run help = run(command, "--help");
      assertEquals(0, help.code(), command);
      assertTrue(help.out().contains("Esemp"), command + ": " + help.out());
      assertTrue(help.out().contains("  pianozona " + command + " "), command);
    }
    PianoZonaCliTest.Run top = run("--help");
    assertEquals(0, top.code());
    for (String command : cli.getSubcommands().keySet()) {
      assertTrue(top.out().contains("  " + command + " "), command);
    }
    PianoZonaCliTest.Run version = run("--version");
    assertEquals(0, version.code());
    assertTrue(version.out().startsWith("pianozona "), version.out());
  }
}
