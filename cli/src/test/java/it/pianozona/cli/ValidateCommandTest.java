package it.pianozona.cli;

import static it.pianozona.cli.PianoZonaCliTest.CASARANO;
import static it.pianozona.cli.PianoZonaCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate: formats, --output, --framework and --fail-on. */
class ValidateCommandTest {

  static final String PUTIGNANO = "../examples/plans/puglia-putignano-iv.yaml";

  @Test
  void eachFormatIsWrittenToTheOutputFileAndNothingToStandardOutput(@TempDir Path dir)
      throws Exception {
    for (String format : new String[] {"text", "json", "markdown", "html", "sarif"}) {
      Path file = dir.resolve("sub/report." + format);
      PianoZonaCliTest.Run r =
          run("validate", "--format", format, "--output", file.toString(), CASARANO);
      assertEquals(0, r.code(), format + ": " + r.err());
      assertEquals("", r.out(), format);
      assertEquals("", r.err(), format);
      String text = Files.readString(file);
      assertTrue(text.length() > 1000, format);
      switch (format) {
        case "json" ->
            assertEquals(
                "puglia-casarano-2022-2024",
                new ObjectMapper().readTree(text).at("/plan/id").asText());
        case "sarif" ->
            assertEquals("2.1.0", new ObjectMapper().readTree(text).get("version").asText());
        case "html" -> assertTrue(text.startsWith("<!DOCTYPE html>"));
        case "markdown" -> assertTrue(text.startsWith("# "));
        default -> assertTrue(text.contains("Punteggio: "));
      }
    }
  }

  @Test
  void anOutputThatCannotBeWrittenIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
    Path blocker = dir.resolve("file");
    Files.writeString(blocker, "x");
    PianoZonaCliTest.Run r =
        run(
            "validate",
            "--output",
            blocker.resolve("r.html").toString(),
            "--format",
            "html",
            CASARANO);
    assertEquals(2, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("pianozona: impossibile scrivere "), r.err());
  }

  @Test
  void frameworkForcesTheFrameworkWhateverThePeriod() throws Exception {
    PianoZonaCliTest.Run r =
        run("validate", "--format", "json", "--framework", "puglia-v-2022-2024", PUTIGNANO);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals("puglia-v-2022-2024", json.at("/framework/id").asText(), r.err());
    // The IV plan's areas (IV1..IV5) are not V's: checked under V it has errors.
    assertEquals(1, r.code(), r.out());
    assertTrue(json.at("/summary/errors").asInt() > 0);
  }

  @Test
  void anUnknownOrForeignFrameworkIsOneClearLineAndExitTwo() {
    PianoZonaCliTest.Run unknown = run("validate", "--framework", "puglia-vi", CASARANO);
    assertEquals(2, unknown.code());
    assertEquals("", unknown.out());
    assertEquals(1, unknown.err().strip().lines().count(), unknown.err());
    assertTrue(
        unknown
            .err()
            .contains("nessun quadro regionale con identificativo 'puglia-vi' (installati: "),
        unknown.err());
    PianoZonaCliTest.Run foreign = run("validate", "--framework", "lombardia-2021-2023", CASARANO);
    assertEquals(2, foreign.code());
    assertEquals(
        CASARANO
            + ": (documento): PZ-DOC-080 il quadro regionale lombardia-2021-2023 è della regione"
            + " lombardia, ma il piano è della regione puglia",
        foreign.err().strip());
    assertEquals(
        CASARANO
            + ": (document): PZ-DOC-080 framework lombardia-2021-2023 is for lombardia, but the"
            + " plan is in puglia",
        run("validate", "--lang", "en", "--framework", "lombardia-2021-2023", CASARANO)
            .err()
            .strip());
  }

  @Test
  void failOnWarningTurnsWarningsIntoExitOne() {
    assertEquals(0, run("validate", CASARANO).code());
    assertEquals(0, run("validate", "--fail-on", "error", CASARANO).code());
    assertEquals(1, run("validate", "--fail-on", "warning", CASARANO).code());
    assertEquals(1, run("validate", "--fail-on", "info", CASARANO).code());
    PianoZonaCliTest.Run bad = run("validate", "--fail-on", "note", CASARANO);
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("--fail-on"), bad.err());
  }

  @Test
  void severalFilesMakeOneReportAndAnUnreadableOneStillExitsTwo(@TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("all.html");
    PianoZonaCliTest.Run r =
        run(
            "validate",
            "--format",
            "html",
            "--output",
            out.toString(),
            CASARANO,
            "../examples/plans/nope.yaml",
            PUTIGNANO);
    assertEquals(2, r.code());
    assertEquals(
        "../examples/plans/nope.yaml: (documento): PZ-DOC-004 file non trovato", r.err().strip());
    String html = Files.readString(out);
    assertTrue(html.contains("<article class=\"plan\" id=\"plan-2\">"), "both readable plans");
    assertFalse(html.contains("plan-3"));
  }
}
