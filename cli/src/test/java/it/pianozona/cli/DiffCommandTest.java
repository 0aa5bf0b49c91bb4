package it.pianozona.cli;

import static it.pianozona.cli.PianoZonaCliTest.CASARANO;
import static it.pianozona.cli.PianoZonaCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** diff: two versions of a plan, and two cycles of one ambito. */
class DiffCommandTest {

  static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  static final String PUTIGNANO = "../examples/plans/puglia-putignano-iv.yaml";

  /**
   * A second version of the Casarano plan: one intervention renamed (so removed and added), one
   * given more money, the three A7 interventions moved to A6 (so A7 is left empty).
   */
  static Path secondVersion(Path dir) throws Exception {
    String yaml =
        Files.readString(Path.of(CASARANO))
            .replace("id: \"A1-04\"", "id: \"A1-04-bis\"")
            .replace(
                "{source: fnps, year: 2022, amount: 180000.00}",
                "{source: fnps, year: 2022, amount: 190000.00}")
            .replace("area: A7", "area: A6");
    Path file = dir.resolve("casarano-v2.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void twoVersionsOfAPlanShowInterventionsMoneyFindingsAndScore(@TempDir Path dir)
      throws Exception {
    Path v2 = secondVersion(dir);
    PianoZonaCliTest.Run r =
        run("diff", "--format", "json", "--lang", "en", CASARANO, v2.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode d = JSON.readTree(r.out());
    assertEquals(1, d.get("diffVersion").asInt());
    assertTrue(d.get("sameAmbito").asBoolean());
    assertEquals("A1-04-bis", d.at("/interventions/added/0/id").asText());
    assertEquals("A1-04", d.at("/interventions/removed/0/id").asText());
    JsonNode changed = d.at("/interventions/changed");
    assertEquals(4, changed.size(), changed.toString());
    assertEquals("A2-01", changed.get(0).get("id").asText());
    assertMoney("10000.00", changed.get(0).get("change").decimalValue());
    assertEquals("A7", changed.get(1).get("oldArea").asText());
    assertEquals("A6", changed.get(1).get("newArea").asText());
    BigDecimal a7 = null;
    BigDecimal a6 = null;
    for (JsonNode area : d.get("areas")) {
      if (area.get("id").asText().equals("A7")) {
        a7 = area.get("change").decimalValue();
      }
      if (area.get("id").asText().equals("A6")) {
        a6 = area.get("change").decimalValue();
      }
    }
    assertMoney("-2700000.00", a7);
    assertMoney("2700000.00", a6);
    assertMoney("10000.00", d.at("/totals/allocated/change").decimalValue());
    boolean areaFinding = false;
    for (JsonNode f : d.at("/findings/appeared")) {
      areaFinding |= f.get("code").asText().equals("PUG-V-AREA-001");
    }
    assertTrue(areaFinding, d.at("/findings").toString());
    assertTrue(d.at("/score/change").decimalValue().signum() < 0, d.at("/score").toString());
    assertEquals(0, d.at("/findings/resolved").size());

    PianoZonaCliTest.Run back = run("diff", "--format", "json", v2.toString(), CASARANO);
    JsonNode reverse = JSON.readTree(back.out());
    assertEquals(d.at("/findings/appeared").size(), reverse.at("/findings/resolved").size());
    assertMoney(
        d.at("/score/change").decimalValue().negate().toPlainString(),
        reverse.at("/score/change").decimalValue());
  }

  static void assertMoney(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " vs " + actual);
  }

  @Test
  void theTextSaysWhatMovedInWords(@TempDir Path dir) throws Exception {
    PianoZonaCliTest.Run r = run("diff", "--lang", "en", CASARANO, secondVersion(dir).toString());
    assertTrue(
        r.out().contains("Interventions: 1 added, 1 removed, 4 changed, 34 unchanged"), r.out());
    assertTrue(r.out().contains("area A7 -> A6"), r.out());
    assertTrue(r.out().contains("-EUR 2,700,000.00"), r.out());
    assertTrue(r.out().contains("Findings: "), r.out());
    assertTrue(r.out().contains("Score: 76.9 -> "), r.out());
  }

  @Test
  void twoCyclesOfTheSameAmbitoAreComparedEachUnderItsOwnFramework(@TempDir Path dir)
      throws Exception {
    // The Putignano ambito's next cycle: same comuni, V-cycle years and areas (a test fixture).
    String v =
        Files.readString(Path.of(PUTIGNANO))
            .replace("id: puglia-putignano-iv-2018-2020", "id: puglia-putignano-v-2022-2024")
            .replace("period: {from: 2018, to: 2020}", "period: {from: 2022, to: 2024}")
            .replace("year: 2018", "year: 2022")
            .replace("year: 2019", "year: 2023")
            .replace("year: 2020", "year: 2024")
            .replaceAll("area: IV([1-6])", "area: A$1");
    Path next = dir.resolve("putignano-v.yaml");
    Files.writeString(next, v);
    PianoZonaCliTest.Run r = run("diff", "--format", "json", PUTIGNANO, next.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode d = JSON.readTree(r.out());
    assertTrue(d.get("sameAmbito").asBoolean());
    assertEquals("puglia-iv-2017-2020", d.at("/old/framework").asText());
    assertEquals("puglia-v-2022-2024", d.at("/new/framework").asText());
    assertEquals("2022-2024", d.at("/new/period").asText());
    // Same ids, new areas: each intervention moved from an IV area to a V one.
    assertEquals(0, d.at("/interventions/added").size());
    assertTrue(d.at("/interventions/changed").size() > 0);
    assertTrue(d.at("/interventions/changed/0/oldArea").asText().startsWith("IV"));
    String text = run("diff", "--lang", "en", PUTIGNANO, next.toString()).out();
    assertTrue(text.contains("Same ambito, two planning cycles"), text);
  }

  @Test
  void anUnreadablePlanIsOneLineAndExitTwo() {
    PianoZonaCliTest.Run r = run("diff", CASARANO, "../examples/plans/nope.yaml");
    assertEquals(2, r.code());
    assertEquals(
        "../examples/plans/nope.yaml: (documento): PZ-DOC-004 file non trovato", r.err().strip());
    assertEquals(2, run("diff", CASARANO).code());
  }
}
