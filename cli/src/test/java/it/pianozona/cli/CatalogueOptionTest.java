package it.pianozona.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A catalogue supplied with --catalogue is checked, used and reported, on every command. */
class CatalogueOptionTest {

  /** The line of 'framework:' in catalogues/unknown-framework.yaml. */
  static final int UNKNOWN_FRAMEWORK_LINE = 4;

  static final String CATALOGUE = "src/test/resources/catalogues/puglia-v-test.yaml";
  static final String CASARANO = "../examples/plans/puglia-casarano-2022-2024.yaml";

  static PianoZonaCliTest.Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = PianoZonaCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new PianoZonaCliTest.Run(code, out.toString(), err.toString());
  }

  @Test
  void frameworksShowTheSuppliedCatalogueAndItsObjectives() throws Exception {
    PianoZonaCliTest.Run r = run("frameworks", "--format", "json", "--catalogue", CATALOGUE);
    assertEquals(0, r.code(), r.err());
    JsonNode v = null;
    for (JsonNode f : new ObjectMapper().readTree(r.out()).get("frameworks")) {
      if (f.get("id").asText().equals("puglia-v-2022-2024")) {
        v = f;
      }
    }
    assertEquals(CATALOGUE, v.get("catalogue").asText());
    assertEquals(2, v.get("objectives").size());
    assertEquals(34, v.get("objectivesExpected").asInt());
    assertEquals("sportelli-pua", v.at("/objectives/0/target/indicator").asText());
  }

  static final String LOMBARDIA_2021 =
      "src/test/resources/plans/lombardia-2021-2023-area-fuori-elenco.yaml";
  static final String LOMBARDIA_2021_VERIFIED =
      "src/test/resources/catalogues/lombardia-2021-2023-verificato.yaml";

  static JsonNode framework(JsonNode frameworks, String id) {
    for (JsonNode f : frameworks.get("frameworks")) {
      if (f.get("id").asText().equals(id)) {
        return f;
      }
    }
    throw new AssertionError(id + " not listed");
  }

  static JsonNode finding(JsonNode report, String code) {
    for (JsonNode f : report.get("findings")) {
      if (f.get("code").asText().equals(code)) {
        return f;
      }
    }
    throw new AssertionError(code + " not found in " + report.get("findings"));
  }

  @Test
  void frameworksShowPugliaIvWithItsFivePrioritiesAndLombardia2021AsUnverified() throws Exception {
    PianoZonaCliTest.Run r = run("frameworks", "--format", "json", "--lang", "en");
    assertEquals(0, r.code(), r.err());
    JsonNode all = new ObjectMapper().readTree(r.out());
    JsonNode iv = framework(all, "puglia-iv-2017-2020");
    assertEquals("verified", iv.get("catalogueStatus").asText());
    assertTrue(iv.get("areasComplete").asBoolean());
    assertEquals(5, iv.get("areas").size());
    for (JsonNode a : iv.get("areas")) {
      assertTrue(!a.get("title").asText().toLowerCase(java.util.Locale.ROOT).contains("dipendenz"));
    }
    assertEquals(
        "Prevenire e contrastare il maltrattamento e la violenza",
        iv.at("/areas/4/title").asText());
    JsonNode l21 = framework(all, "lombardia-2021-2023");
    assertEquals("unverified", l21.get("catalogueStatus").asText());
    JsonNode rule = null;
    for (JsonNode x : l21.get("rules")) {
      if (x.get("code").asText().equals("NAT-INT-002")) {
        rule = x;
      }
    }
    assertEquals("INFO", rule.get("severity").asText(), rule.toString());
    assertEquals("ERROR", rule.get("declaredSeverity").asText(), rule.toString());
    assertTrue(rule.get("checksCatalogue").asBoolean());
    assertEquals("verified", framework(all, "lombardia-2018-2020").get("catalogueStatus").asText());
    String text = run("frameworks", "--region", "lombardia").out();
    assertTrue(text.contains("stato del catalogo: non verificato."), text);
    assertTrue(text.contains("stato del catalogo: verificato"), text);
  }

  @Test
  void anAreaOutsideTheUnverified2021ListIsInfoUntilAVerifiedCatalogueIsSupplied()
      throws Exception {
    PianoZonaCliTest.Run r = run("validate", "--format", "json", "--lang", "en", LOMBARDIA_2021);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals("unverified", json.at("/framework/catalogueStatus").asText(), r.out());
    JsonNode area = finding(json, "NAT-INT-002");
    assertEquals("INFO", area.get("severity").asText());
    assertEquals("/interventions/9/area", area.get("pointer").asText());
    assertTrue(area.get("message").asText().contains("catalogue is unverified"), area.toString());
    assertEquals(0, json.at("/summary/errors").asInt(), r.out());
    assertEquals(0, r.code(), r.out());
    String text = run("validate", LOMBARDIA_2021).out();
    assertTrue(text.contains("Catalogo non verificato:"), text);

    PianoZonaCliTest.Run verified =
        run("validate", "--format", "json", "--catalogue", LOMBARDIA_2021_VERIFIED, LOMBARDIA_2021);
    JsonNode v = new ObjectMapper().readTree(verified.out());
    assertEquals("verified", v.at("/framework/catalogueStatus").asText(), verified.out());
    assertEquals("ERROR", finding(v, "NAT-INT-002").get("severity").asText());
    assertEquals(1, verified.code(), verified.out());
    JsonNode coverage = null;
    for (JsonNode c : v.at("/score/criteria")) {
      if (c.get("id").asText().equals("area-coverage")) {
        coverage = c;
      }
    }
    assertTrue(coverage.get("applicable").asBoolean(), coverage.toString());
  }

  @Test
  void explainSaysWhereARuleOfTheCatalogueIsLoweredAndWhy() throws Exception {
    String text = run("explain", "--lang", "en", "NAT-INT-002").out();
    assertTrue(
        text.contains("Severity lowered: under lombardia-2021-2023 the catalogue is unverified"),
        text);
    JsonNode json =
        new ObjectMapper().readTree(run("explain", "--format", "json", "PUG-V-AREA-001").out());
    assertTrue(json.get("checksCatalogue").asBoolean());
    assertEquals(0, json.get("cappedUnder").size());
    String restored = run("explain", "--catalogue", LOMBARDIA_2021_VERIFIED, "NAT-INT-002").out();
    assertTrue(!restored.contains("Gravità ridotta"), restored);
  }

  @Test
  void validateReportsTheCatalogueActuallyUsedAndItsObjectivesCount() throws Exception {
    PianoZonaCliTest.Run r =
        run("validate", "--format", "json", "--catalogue", CATALOGUE, CASARANO);
    assertEquals(0, r.code(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(CATALOGUE, json.at("/framework/catalogue").asText());
    JsonNode objectives = null;
    for (JsonNode c : json.at("/score/criteria")) {
      if (c.get("id").asText().equals("objective-coverage")) {
        objectives = c;
      }
    }
    assertTrue(objectives.get("applicable").asBoolean(), objectives.toString());
    assertTrue(
        objectives.get("evidence").toString().contains("of the catalogue's 2 objectives")
            || objectives.get("evidence").toString().contains("dei 2 obiettivi")
            || objectives.get("evidence").toString().contains("su 2 del catalogo"),
        objectives.toString());
  }

  @Test
  void scoreUsesTheSuppliedServiceObjectives() {
    PianoZonaCliTest.Run r = run("score", "--lang", "en", "--catalogue", CATALOGUE, CASARANO);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("None of the 2 service objectives is met"), r.out());
    assertTrue(r.out().contains("catalogue: " + CATALOGUE), r.out());
  }

  @Test
  void aBrokenCatalogueIsRefusedWithItsLocation() {
    PianoZonaCliTest.Run r =
        run(
            "validate",
            "--catalogue",
            "src/test/resources/catalogues/puglia-v-bad-area.yaml",
            CASARANO);
    assertEquals(2, r.code());
    assertTrue(r.err().contains("puglia-v-bad-area.yaml:"), r.err());
    assertTrue(r.err().contains("/catalogue/objectives/1/area: PZ-DOC-070 "), r.err());
    assertTrue(r.err().contains("che questo catalogo non contiene"), r.err());
  }

  @Test
  void aCatalogueForAFrameworkThatIsNotInstalledIsRefused() {
    PianoZonaCliTest.Run r =
        run("frameworks", "--catalogue", "src/test/resources/catalogues/unknown-framework.yaml");
    assertEquals(2, r.code());
    assertTrue(
        r.err()
            .contains(
                "/framework: PZ-DOC-078 atteso: l'id di un quadro regionale installato;"
                    + " trovato: 'puglia-vi-2026-2028'"),
        r.err());
    assertTrue(
        r.err()
            .startsWith(
                "src/test/resources/catalogues/unknown-framework.yaml:"
                    + UNKNOWN_FRAMEWORK_LINE
                    + ":"),
        "located at the framework key's line and column: " + r.err());
  }

  @Test
  void aMissingCatalogueFileIsOneClearLine() {
    PianoZonaCliTest.Run r = run("score", "--catalogue", "nope.yaml", CASARANO);
    assertEquals(2, r.code());
    assertEquals("nope.yaml: (documento): PZ-DOC-004 file non trovato", r.err().strip());
    assertEquals(
        "nope.yaml: (document): PZ-DOC-004 file not found",
        run("score", "--lang", "en", "--catalogue", "nope.yaml", CASARANO).err().strip());
  }

  @Test
  void twoCataloguesForOneFrameworkAreOneClearLineNotTheLastSilently(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path copy =
        java.nio.file.Files.copy(java.nio.file.Path.of(CATALOGUE), dir.resolve("copia.yaml"));
    PianoZonaCliTest.Run r =
        run("validate", "--catalogue", CATALOGUE, "--catalogue", copy.toString(), CASARANO);
    assertEquals(2, r.code(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("PZ-DOC-077 un secondo catalogo per il quadro regionale"), r.err());
    assertTrue(r.err().contains("(il primo è " + CATALOGUE + ")"), r.err());
  }
}
