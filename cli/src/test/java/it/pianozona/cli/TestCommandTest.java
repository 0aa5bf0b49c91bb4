package it.pianozona.cli;

import static it.pianozona.cli.PianoZonaCliTest.run;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** pianozona test: golden scenarios from the command line, as a regional expert runs them. */
class TestCommandTest {

  static final String PUGLIA = "../rules-puglia/src/test/resources/scenarios";
  static final String LOMBARDIA = "../rules-lombardia/src/test/resources/scenarios";
  static final Path RISORSE = Path.of(PUGLIA, "04-v-risorse-sforate.yaml");

  /**
   * The Puglia scenario with a wrong score and a finding it does not get instead of one it does.
   */
  static Path failing(Path dir) throws Exception {
    Path file = dir.resolve("04-sbagliato.yaml");
    Files.writeString(
        file,
        Files.readString(RISORSE, UTF_8)
            .replace("score: 92.9", "score: 90")
            .replace(
                "{code: NAT-FUND-008, pointer: /funding}",
                "{code: NAT-FUND-009, pointer: /funding}"),
        UTF_8);
    return file;
  }

  @Test
  void theBundledScenariosPassAndTheSummarySaysHowMany() {
    PianoZonaCliTest.Run r = run("test", "--lang", "en", PUGLIA, LOMBARDIA);
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(
        r.out().contains("passed    ../rules-puglia/src/test/resources/scenarios/01-"), r.out());
    assertTrue(r.out().contains("14 scenarios: 14 passed, 0 failed, 0 unusable"), r.out());
    PianoZonaCliTest.Run it = run("test", PUGLIA);
    assertTrue(
        it.out().contains("8 scenari: 8 superati, nessuno non superato, nessuno inutilizzabile"),
        it.out());
  }

  @Test
  void aFailedScenarioShowsTheDifferenceAndWhatThePlanGivesAndExitsOne(@TempDir Path dir)
      throws Exception {
    Path file = failing(dir);
    PianoZonaCliTest.Run r = run("test", "--lang", "en", file.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.out().startsWith("FAILED    " + file), r.out());
    assertTrue(r.out().contains("    score: expected 90, got 92.9\n"), r.out());
    assertTrue(
        r.out().contains("    missing finding: {code: NAT-FUND-009, pointer: /funding}\n"),
        r.out());
    assertTrue(
        r.out()
            .contains(
                "    unexpected finding: {code: NAT-FUND-008, pointer: /funding, severity: WARNING}"
                    + " (line "),
        r.out());
    assertTrue(r.out().contains("        - {code: NAT-FUND-008, pointer: /funding}\n"), r.out());
    assertTrue(r.out().contains("1 scenario: 0 passed, 1 failed, 0 unusable"), r.out());
    PianoZonaCliTest.Run it = run("test", file.toString());
    assertTrue(it.out().contains("punteggio: atteso 90, ottenuto 92,9"), it.out());
    assertTrue(it.out().contains("rilievo atteso mancante: {code: NAT-FUND-009"), it.out());
  }

  @Test
  void aStatedSeverityOrSuppressionMustMatch(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("grave.yaml");
    Files.writeString(
        file,
        Files.readString(RISORSE, UTF_8)
            .replace(
                "{code: NAT-FUND-008, pointer: /funding}",
                "{code: NAT-FUND-008, pointer: /funding, severity: ERROR}"),
        UTF_8);
    PianoZonaCliTest.Run r = run("test", "--lang", "en", file.toString());
    assertEquals(1, r.code(), r.out());
    assertTrue(
        r.out()
            .contains("missing finding: {code: NAT-FUND-008, pointer: /funding, severity: ERROR}"),
        r.out());
    Files.writeString(
        file,
        Files.readString(RISORSE, UTF_8)
            .replace(
                "{code: NAT-FUND-008, pointer: /funding}",
                "{code: NAT-FUND-008, pointer: /funding, severity: warning, suppressed: false}"),
        UTF_8);
    assertEquals(0, run("test", file.toString()).code());
  }

  @Test
  void aBrokenScenarioFileIsLocatedWithoutAStackTraceAndExitsTwo(@TempDir Path dir)
      throws Exception {
    Path bad = dir.resolve("rotto.yaml");
    Files.writeString(
        bad,
        "scenario: Rotto\nexpect: {framework: puglia-v-2022-2024, score: 1}\nplan: {id: 3}\n",
        UTF_8);
    Files.copy(RISORSE, dir.resolve("04.yaml"));
    PianoZonaCliTest.Run r = run("test", "--lang", "en", dir.toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains(bad + ":3:8: /plan/id: PZ-DOC-035 "), r.err());
    assertTrue(r.out().contains("UNUSABLE  " + bad), r.out());
    assertTrue(r.out().contains("passed    " + dir.resolve("04.yaml")), r.out());
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    Path empty = Files.createDirectory(dir.resolve("vuota"));
    PianoZonaCliTest.Run none = run("test", empty.toString());
    assertEquals(2, none.code());
    assertTrue(none.err().contains(empty + ": (documento): PZ-DOC-112 "), none.err());
    PianoZonaCliTest.Run missing = run("test", dir.resolve("manca.yaml").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("PZ-DOC-004"), missing.err());
  }

  @Test
  void junitXmlParsesBackWithOneSuitePerFolderOrFileAndEscapedTexts(@TempDir Path dir)
      throws Exception {
    Path file = failing(dir);
    Files.writeString(
        file,
        Files.readString(file, UTF_8)
            .replaceFirst("scenario: .*", "scenario: 'Risorse <sforate> & \"più\" ''del'' dovuto'"),
        UTF_8);
    Path xml = dir.resolve("out/scenari.xml");
    PianoZonaCliTest.Run r =
        run("test", "--format", "junit", "--output", xml.toString(), PUGLIA, file.toString());
    assertEquals(1, r.code(), r.err());
    Document d =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(Files.readAllBytes(xml)));
    Element root = d.getDocumentElement();
    assertEquals("testsuites", root.getTagName());
    assertEquals("9", root.getAttribute("tests"));
    assertEquals("1", root.getAttribute("failures"));
    NodeList suites = root.getElementsByTagName("testsuite");
    assertEquals(2, suites.getLength());
    assertEquals(PUGLIA, ((Element) suites.item(0)).getAttribute("name"));
    assertEquals("8", ((Element) suites.item(0)).getAttribute("tests"));
    Element failed = (Element) ((Element) suites.item(1)).getElementsByTagName("testcase").item(0);
    assertEquals(
        "04-sbagliato.yaml: Risorse <sforate> & \"più\" 'del' dovuto", failed.getAttribute("name"));
    Element failure = (Element) failed.getElementsByTagName("failure").item(0);
    assertEquals("il piano non dà ciò che lo scenario si attende", failure.getAttribute("message"));
    assertTrue(failure.getTextContent().contains("punteggio: atteso 90, ottenuto 92,9"));
  }

  @Test
  void theOutputNeverReplacesAScenarioTheRunReads(@TempDir Path dir) throws Exception {
    Path file = Files.copy(RISORSE, dir.resolve("04.yaml"));
    byte[] before = Files.readAllBytes(file);
    PianoZonaCliTest.Run r =
        run("test", "--lang", "en", "--output", file.toString(), dir.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--output: "), r.err());
    assertTrue(r.err().contains("which this run reads"), r.err());
    assertEquals(new String(before, UTF_8), Files.readString(file, UTF_8));
  }

  @Test
  void theHelpHasAnExampleInEitherLanguageAndAMistypedCommandIsSuggested() {
    PianoZonaCliTest.Run en = run("test", "--help", "--lang", "en");
    assertEquals(0, en.code());
    assertTrue(en.out().contains("pianozona test rules-puglia/src/test/resources/scenarios"));
    assertTrue(en.out().contains("Runs golden scenario files"), en.out());
    PianoZonaCliTest.Run it = run("test", "--help");
    assertTrue(it.out().contains("Esegue file di scenario di riferimento"), it.out());
    PianoZonaCliTest.Run typo = run("tests", PUGLIA);
    assertEquals(2, typo.code());
    assertTrue(typo.err().contains("pianozona test"), typo.err());
  }
}
