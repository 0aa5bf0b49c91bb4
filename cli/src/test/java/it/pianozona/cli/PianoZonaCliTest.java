package it.pianozona.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PianoZonaCliTest {

  static final String CASARANO = "../examples/plans/puglia-casarano-2022-2024.yaml";
  static final String BELLANO = "../examples/plans/lombardia-bellano-2018-2020.yaml";
  static final String BRADANICA = "../examples/plans/basilicata-bradanica-medio-basento.yaml";

  record Run(int code, String out, String err) {}

  /** Runs the command line with no PIANOZONA_LANG, whatever the environment of the build. */
  static Run run(String... args) {
    return runWith(Map.of(), args);
  }

  /** Runs the command line with this environment. */
  static Run runWith(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = PianoZonaCli.run(new PrintWriter(out), new PrintWriter(err), env, args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void validatingTheCasaranoPlanPrintsFindingsAndScoreAndExitsZero() {
    Run r = run("validate", CASARANO);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Quadro regionale: puglia-v-2022-2024"), r.out());
    assertTrue(r.out().contains("Punteggio: "), r.out());
    assertTrue(r.out().contains("area-coverage"), r.out());
    assertEquals("", r.err());
  }

  @Test
  void theLanguageIsChosenPerCall() {
    Run r = run("validate", "--lang", "en", CASARANO);
    assertTrue(r.out().contains("Regional framework: puglia-v-2022-2024"), r.out());
    assertTrue(r.out().contains("Score: "), r.out());
  }

  @Test
  void theJsonReportHasTheContractFields() throws Exception {
    Run r = run("validate", "--format", "json", CASARANO);
    assertEquals(0, r.code(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals("puglia-casarano-2022-2024", json.at("/plan/id").asText());
    assertEquals("puglia-v-2022-2024", json.at("/framework/id").asText());
    assertTrue(json.get("findings").isArray());
    for (JsonNode f : json.get("findings")) {
      for (String field : new String[] {"code", "severity", "pointer", "message"}) {
        assertTrue(f.hasNonNull(field), field + " in " + f);
      }
      assertTrue(f.at("/legalBasis/act").isTextual(), f.toString());
    }
    double total = json.at("/score/total").asDouble();
    assertTrue(total > 0 && total <= 100, r.out());
    assertTrue(json.at("/score/criteria").size() >= 5, r.out());
    assertTrue(json.at("/score/criteria/0/evidence").isArray(), r.out());
  }

  @Test
  void aPlanWithAnErrorExitsOne(@TempDir Path dir) throws Exception {
    String yaml = Files.readString(Path.of(CASARANO)).replace("area: A7", "area: A6");
    Path plan = dir.resolve("broken.yaml");
    Files.writeString(plan, yaml);
    Run r = run("validate", plan.toString());
    assertEquals(1, r.code(), r.out());
    assertTrue(r.out().contains("PUG-V-AREA-001"), r.out());
  }

  @Test
  void anUnreadablePlanGivesLocatedLinesAndExitsTwoWithoutAStackTrace(@TempDir Path dir)
      throws Exception {
    String yaml =
        Files.readString(Path.of(CASARANO))
            .replace(
                "{source: asl, year: 2022, amount: 276000.00",
                "{source: asl, year: 2022," + " amount: -276000");
    Path plan = dir.resolve("bad.yaml");
    Files.writeString(plan, yaml);
    Run r = run("validate", plan.toString());
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith(plan + ":"), r.err());
    assertTrue(
        r.err().contains(": /funding/0/amount: PZ-DOC-045 atteso: un importo in euro non negativo"),
        r.err());
    Run en = run("validate", "--lang", "en", plan.toString());
    assertTrue(
        en.err().contains(": /funding/0/amount: PZ-DOC-045 expected a non-negative amount"),
        en.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void aMissingFileIsOneClearLine() {
    Run r = run("validate", "../examples/plans/nope.yaml");
    assertEquals(2, r.code());
    assertEquals(
        "../examples/plans/nope.yaml: (documento): PZ-DOC-004 file non trovato", r.err().strip());
  }

  @Test
  void wrongArgumentsExitTwoWithAHint() {
    Run badFormat = run("validate", "--format", "pdf", CASARANO);
    assertEquals(2, badFormat.code());
    assertTrue(badFormat.err().contains("--format"), badFormat.err());
    Run noFile = run("validate");
    assertEquals(2, noFile.code());
    assertTrue(noFile.err().contains("manca il parametro obbligatorio FILE"), noFile.err());
    assertTrue(
        run("--lang", "en", "validate").err().contains("the required parameter FILE is missing"));
    Run badLang = run("validate", "--lang", "de", CASARANO);
    assertEquals(2, badLang.code());
    assertTrue(badLang.err().contains("indicare it (italiano) o en (inglese)"), badLang.err());
    assertTrue(badLang.err().contains("give it (Italian) or en (English)"), badLang.err());
    assertEquals(2, run("nonsense").code());
    assertEquals(2, run().code());
  }

  @Test
  void helpAndVersionWork() {
    Run help = run("validate", "--help");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("Esempi:"), help.out());
    assertEquals(0, run("--version").code());
  }

  @Test
  void frameworksAsJsonShowEachRegionsCatalogueAndWhatItLacks() throws Exception {
    Run r = run("frameworks", "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode frameworks = new ObjectMapper().readTree(r.out()).get("frameworks");
    JsonNode v = null;
    for (JsonNode f : frameworks) {
      if (f.get("id").asText().equals("puglia-v-2022-2024")) {
        v = f;
      }
    }
    assertTrue(v != null, r.out());
    assertEquals(7, v.get("areas").size());
    assertEquals(34, v.get("objectivesExpected").asInt());
    assertTrue(v.get("objectives").isArray());
    assertEquals(2022, v.at("/validity/from").asInt());
    assertTrue(v.get("rules").size() > 30, "national and regional rules are listed");
    java.util.Set<String> ids = new java.util.HashSet<>();
    frameworks.forEach(f -> ids.add(f.get("id").asText()));
    assertTrue(
        ids.containsAll(
            java.util.List.of(
                "puglia-iv-2017-2020",
                "puglia-v-2022-2024",
                "lombardia-2018-2020",
                "lombardia-2021-2023",
                "basilicata-2016")),
        ids.toString());
    for (JsonNode f : frameworks) {
      assertTrue(f.at("/validity/from").isInt() && f.at("/validity/to").isInt(), f.toString());
    }
  }

  @Test
  void frameworksAsTextListAreasAndObjectiveCounts() {
    Run r = run("frameworks");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("obiettivi nel catalogo: 0 su 34 dell'atto"), r.out());
  }

  static JsonNode framework(JsonNode frameworks, String id) {
    for (JsonNode f : frameworks) {
      if (f.get("id").asText().equals(id)) {
        return f;
      }
    }
    throw new AssertionError("no framework " + id + " in " + frameworks);
  }

  static boolean hasRule(JsonNode framework, String code) {
    for (JsonNode r : framework.get("rules")) {
      if (r.get("code").asText().equals(code)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void frameworksAsJsonListTheLombardTrienniaAndTheBasilicataFrameworkWithTheirYears()
      throws Exception {
    JsonNode frameworks =
        new ObjectMapper().readTree(run("frameworks", "--format", "json").out()).get("frameworks");
    JsonNode l18 = framework(frameworks, "lombardia-2018-2020");
    assertEquals(6, l18.get("areas").size());
    assertEquals(2018, l18.at("/validity/from").asInt());
    assertEquals(2020, l18.at("/validity/to").asInt());
    assertTrue(hasRule(l18, "LOM-1820-GOV-001"), l18.toString());
    JsonNode l21 = framework(frameworks, "lombardia-2021-2023");
    assertEquals(2021, l21.at("/validity/from").asInt());
    assertEquals(2023, l21.at("/validity/to").asInt());
    assertTrue(
        l21.at("/areas/0/source/caveat").asText().startsWith("Titolo da verificare"),
        l21.toString());
    assertTrue(hasRule(l21, "LOM-2123-GOV-003"), l21.toString());
    JsonNode bas = framework(frameworks, "basilicata-2016");
    assertEquals(9, bas.get("areas").size());
    assertEquals(2016, bas.at("/validity/from").asInt());
    assertTrue(hasRule(bas, "BAS-2016-TERR-002"), bas.toString());
  }

  @Test
  void theBellanoAndBradanicaPlansValidateUnderTheirOwnFrameworksWithAScoreBreakdown()
      throws Exception {
    for (String[] plan :
        new String[][] {
          {BELLANO, "lombardia-2018-2020", "cross-ambito"},
          {BRADANICA, "basilicata-2016", "area-coverage"}
        }) {
      Run r = run("validate", "--format", "json", "--lang", "en", plan[0]);
      assertEquals(0, r.code(), r.out() + r.err());
      JsonNode json = new ObjectMapper().readTree(r.out());
      assertEquals(plan[1], json.at("/framework/id").asText());
      assertEquals(0, json.at("/summary/errors").asInt(), r.out());
      boolean found = false;
      for (JsonNode c : json.at("/score/criteria")) {
        if (c.get("id").asText().equals(plan[2])) {
          found = true;
          assertTrue(c.get("evidence").size() > 0, c.toString());
          assertTrue(c.at("/basis/act").isTextual(), c.toString());
        }
      }
      assertTrue(found, r.out());
    }
  }

  @Test
  void aBellanoPlanNotApprovedByTheAssemblyIsAnErrorAtItsLine(@TempDir Path dir) throws Exception {
    String yaml =
        Files.readString(Path.of(BELLANO))
            .replace("- body: assemblea-dei-sindaci", "- body: consiglio-comunale");
    Path plan = dir.resolve("bellano.yaml");
    Files.writeString(plan, yaml);
    Run r = run("validate", "--lang", "en", plan.toString());
    assertEquals(1, r.code(), r.out());
    assertTrue(r.out().contains("LOM-1820-GOV-001"), r.out());
    assertTrue(r.out().contains("/governance/approvals"), r.out());
  }

  @Test
  void aBradanicaPlanWithAComuneOfAnotherAmbitoIsAnErrorAtThatComune(@TempDir Path dir)
      throws Exception {
    String yaml =
        Files.readString(Path.of(BRADANICA))
            .replace(
                "    - {istat: \"077028\", name: \"Tricarico\", population: 5669}\n",
                "    - {istat: \"077028\", name: \"Tricarico\", population: 5669}\n"
                    + "    - {istat: \"077021\", name: \"Policoro\", population: 15976}\n");
    Path plan = dir.resolve("bradanica.yaml");
    Files.writeString(plan, yaml);
    Run r = run("validate", "--format", "json", "--lang", "en", plan.toString());
    assertEquals(1, r.code(), r.out());
    JsonNode f = new ObjectMapper().readTree(r.out()).at("/findings/0");
    assertEquals("BAS-2016-TERR-002", f.get("code").asText(), r.out());
    assertEquals("/ambito/comuni/13/istat", f.get("pointer").asText());
    assertTrue(f.get("line").asInt() > 0, f.toString());
  }
}
