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
