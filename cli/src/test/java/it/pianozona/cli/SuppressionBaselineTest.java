package it.pianozona.cli;

import static it.pianozona.cli.PianoZonaCliTest.CASARANO;
import static it.pianozona.cli.PianoZonaCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.pianozona.cli.PianoZonaCliTest.Run;
import it.pianozona.report.Reports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suppressions, baselines and {@code --fail-on} as a user types them: on the Casarano plan, whose
 * findings are warnings and notes, with its documents edited as an officer would edit them.
 */
class SuppressionBaselineTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static final String ACCEPTED =
      """
      suppressions:
        - code: PUG-V-CNT-002
          pointer: /contents/costSharing
          reason: "La ripartizione dei costi è nell'accordo con l'ASL, allegato al piano."
          by: Ufficio di piano
          date: 2024-05-02
      """;

  /** An intervention whose area the framework lacks: an ERROR at its own /area. */
  static String badIntervention(String id) {
    return "  - {id: " + id + ", title: \"Intervento di prova\", area: ZZ}\n";
  }

  static String casarano() throws Exception {
    return Files.readString(Path.of(CASARANO));
  }

  static Path write(Path dir, String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  /** The Casarano plan with one intervention more at the end of the list: one ERROR. */
  static String withErrorAtTheEnd() throws Exception {
    String plan = casarano();
    int at = plan.indexOf("\ngovernance:");
    return plan.substring(0, at + 1) + badIntervention("PROVA-1") + plan.substring(at + 1);
  }

  @Test
  void aSuppressedFindingStaysListedMarkedAndNoLongerFailsTheRun(@TempDir Path dir)
      throws Exception {
    Path plain = write(dir, "piano.yaml", casarano());
    assertEquals(1, run("validate", "--fail-on", "warning", plain.toString()).code());

    // Every warning but one is accepted: the run passes --fail-on warning only when all are.
    Run one =
        run(
            "validate",
            "--fail-on",
            "warning",
            write(dir, "uno.yaml", casarano() + ACCEPTED).toString());
    assertEquals(1, one.code(), one.err());
    assertTrue(one.out().contains("PUG-V-CNT-002"), one.out());
    assertTrue(
        one.out()
            .contains(
                "Soppresso nel piano: La ripartizione dei costi è nell'accordo con l'ASL,"
                    + " allegato al piano. — accettato da Ufficio di piano il 02/05/2024"),
        one.out());
    assertTrue(one.out().contains(", di cui 1 soppresso\n"), one.out());

    Run en = run("validate", "--lang", "en", dir.resolve("uno.yaml").toString());
    assertTrue(en.out().contains("of which 1 is suppressed"), en.out());
    assertTrue(en.out().contains("Suppressed in the plan: "), en.out());

    JsonNode report =
        JSON.readTree(
            run("validate", "--format", "json", dir.resolve("uno.yaml").toString()).out());
    JsonNode suppressed = null;
    for (JsonNode f : report.get("findings")) {
      assertEquals(16, f.get("fingerprint").asText().length(), f.toString());
      if (f.has("suppression")) {
        suppressed = f;
      }
    }
    assertEquals("PUG-V-CNT-002", suppressed.get("code").asText());
    assertEquals("Ufficio di piano", suppressed.at("/suppression/by").asText());
    assertEquals("2024-05-02", suppressed.at("/suppression/date").asText());
    assertEquals("plan", suppressed.at("/suppression/declaredIn").asText());
    assertEquals(1, report.at("/summary/suppressed").asInt());
    assertEquals(List.of(), JsonSchemas.violations(Reports.reportSchema(), report));
  }

  @Test
  void aSuppressionMakesTheExitCodeZeroWhereItWouldBeOne(@TempDir Path dir) throws Exception {
    String plan = withErrorAtTheEnd();
    Path failing = write(dir, "errore.yaml", plan);
    assertEquals(1, run("validate", failing.toString()).code());
    int interventions = countInterventions(plan);
    Path accepted =
        write(
            dir,
            "accettato.yaml",
            plan
                + "suppressions:\n  - {code: NAT-INT-002, pointer: /interventions/"
                + (interventions - 1)
                + "/area, reason: \"Area sperimentale concordata con la Regione\"}\n");
    Run r = run("validate", accepted.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("NAT-INT-002"), r.out());
  }

  @Test
  void aSuppressionWithoutAReasonIsALocatedDocumentProblem(@TempDir Path dir) throws Exception {
    Path plan =
        write(
            dir,
            "piano.yaml",
            casarano()
                + "suppressions:\n  - {code: PUG-V-CNT-002, pointer: /contents/costSharing}\n");
    Run r = run("validate", "--lang", "en", plan.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("piano.yaml:"), r.err());
    assertTrue(r.err().contains("/suppressions/0/reason: PZ-DOC-031"), r.err());
    assertTrue(r.err().contains("why the finding is accepted"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void aStaleSuppressionIsAWarningAtItsPlace(@TempDir Path dir) throws Exception {
    Path plan =
        write(
            dir,
            "piano.yaml",
            casarano()
                + "suppressions:\n  - {code: PUG-V-CNT-009, pointer: /contents/x, reason: vecchia}\n");
    JsonNode report = JSON.readTree(run("validate", "--format", "json", plan.toString()).out());
    JsonNode stale = null;
    for (JsonNode f : report.get("findings")) {
      if (f.get("code").asText().equals("CORE-SUP-001")) {
        stale = f;
      }
    }
    assertEquals("WARNING", stale.get("severity").asText());
    assertEquals("/suppressions/0", stale.get("pointer").asText());
    assertTrue(stale.has("line"), stale.toString());
    Run explained = run("explain", "--lang", "en", "CORE-SUP-001");
    assertEquals(0, explained.code(), explained.err());
    assertTrue(explained.out().contains("a check of pianozona itself"), explained.out());
  }

  @Test
  void aBaselineMatchesFindingsWhoseIndexesMovedAndNamesTheNewAndTheGone(@TempDir Path dir)
      throws Exception {
    String before = withErrorAtTheEnd();
    Path prima = write(dir, "prima.yaml", before);
    Path report = dir.resolve("prima.json");
    assertEquals(
        1,
        run("validate", "--format", "json", "--output", report.toString(), prima.toString())
            .code());

    // One finding fixed (the monitoring section written), one added at the top of the
    // interventions, which moves every other intervention's index by one.
    String now =
        before
            .replace(
                "interventions:\n",
                "interventions:\n" + badIntervention("PROVA-0").replace("ZZ", "ZY"))
            .replace(
                "monitoring: \"Illustrativo: la fonte non descrive",
                "monitoring: \"Il sistema di monitoraggio non è più descritto come");
    Path piano = write(dir, "piano.yaml", now);

    Run failing = run("validate", "--baseline", report.toString(), piano.toString());
    assertEquals(1, failing.code(), "the new ERROR counts");
    assertTrue(
        failing
            .out()
            .contains(
                "Linea di base " + report + ": 1 rilievo nuovo, 12 invariati, 1 non più presente"),
        failing.out());
    assertTrue(failing.out().contains("/interventions/0/area  [NUOVO]"), failing.out());
    assertTrue(
        failing.out().contains("Rilievi della linea di base non più presenti"), failing.out());

    JsonNode json =
        JSON.readTree(
            run("validate", "--format", "json", "--baseline", report.toString(), piano.toString())
                .out());
    List<String> states = new ArrayList<>();
    for (JsonNode f : json.get("findings")) {
      states.add(f.get("pointer").asText() + " " + f.get("baselineState").asText());
    }
    int last = countInterventions(now) - 1;
    assertTrue(states.contains("/interventions/0/area new"), states::toString);
    assertTrue(states.contains("/interventions/" + last + "/area unchanged"), states::toString);
    assertEquals(1, json.get("absent").size());
    assertEquals("/contents/monitoring", json.at("/absent/0/pointer").asText());
    assertEquals(1, json.at("/summary/new").asInt());
    assertEquals(List.of(), JsonSchemas.violations(Reports.reportSchema(), json));

    JsonNode sarif =
        JSON.readTree(
            run("validate", "--format", "sarif", "--baseline", report.toString(), piano.toString())
                .out());
    List<String> sarifStates = new ArrayList<>();
    for (JsonNode r : sarif.at("/runs/0/results")) {
      sarifStates.add(r.get("baselineState").asText());
      assertTrue(r.at("/partialFingerprints/pianozona~1v1").isTextual(), r.toString());
    }
    assertEquals(1, sarifStates.stream().filter("new"::equals).count());
    assertEquals(1, sarifStates.stream().filter("absent"::equals).count());

    // Only new findings count: with the new one accepted, the run passes.
    Path accepted =
        write(
            dir,
            "accettato.yaml",
            now
                + "suppressions:\n  - {code: NAT-INT-002, pointer: /interventions/0/area, reason: prova}\n");
    Run passing = run("validate", "--baseline", report.toString(), accepted.toString());
    assertEquals(0, passing.code(), passing.out());
  }

  @Test
  void aBaselineThatIsNotAReportIsALocatedErrorAndNeverReplaced(@TempDir Path dir)
      throws Exception {
    Path plan = write(dir, "piano.yaml", casarano());
    Run notJson = run("validate", "--lang", "en", "--baseline", plan.toString(), plan.toString());
    assertEquals(2, notJson.code());
    assertTrue(notJson.err().contains("PZ-DOC-012"), notJson.err());

    Path sarif = dir.resolve("log.sarif");
    run("validate", "--format", "sarif", "--output", sarif.toString(), plan.toString());
    Run notReport =
        run("validate", "--lang", "en", "--baseline", sarif.toString(), plan.toString());
    assertEquals(2, notReport.code());
    assertTrue(notReport.err().contains("PZ-DOC-107"), notReport.err());
    assertTrue(notReport.err().contains("a report (an object with reportVersion"), notReport.err());

    Path future =
        write(
            dir,
            "futuro.json",
            "{\"reportVersion\": 9, \"plan\": {\"id\": \"x\"}, \"findings\": []}");
    Run version = run("validate", "--baseline", future.toString(), plan.toString());
    assertEquals(2, version.code());
    assertTrue(version.err().contains(future + ":1:"), version.err());
    assertTrue(version.err().contains("/reportVersion: PZ-DOC-108"), version.err());

    Run missing =
        run("validate", "--baseline", dir.resolve("nessuno.json").toString(), plan.toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("PZ-DOC-004"), missing.err());
    assertFalse(missing.err().contains("Exception"), missing.err());

    Path baseline = dir.resolve("prima.json");
    run("validate", "--format", "json", "--output", baseline.toString(), plan.toString());
    String content = Files.readString(baseline);
    Run clash =
        run(
            "validate",
            "--format",
            "json",
            "--output",
            baseline.toString(),
            "--baseline",
            baseline.toString(),
            plan.toString());
    assertEquals(2, clash.code());
    assertEquals(content, Files.readString(baseline), "the baseline is a file the run reads");
  }

  @Test
  void failOnInfoCountsNotesToo(@TempDir Path dir) throws Exception {
    assertEquals(0, run("validate", CASARANO).code());
    assertEquals(1, run("validate", "--fail-on", "info", CASARANO).code());
    assertTrue(run("validate", "--help").out().contains("info"));
    assertEquals(
        1,
        run(
                "batch",
                "--fail-on",
                "info",
                "--output",
                dir.resolve("out").toString(),
                Path.of(CASARANO).getParent().toString())
            .code());
  }

  private static int countInterventions(String plan) {
    int interventions = plan.indexOf("\ninterventions:\n");
    int governance = plan.indexOf("\ngovernance:");
    String list = plan.substring(interventions, governance);
    int n = 0;
    for (String line : list.split("\n")) {
      if (line.startsWith("  - ")) {
        n++;
      }
    }
    return n;
  }
}
