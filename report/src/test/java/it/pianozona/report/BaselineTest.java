package it.pianozona.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.CheckedPlan;
import it.pianozona.core.io.DocumentException;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.Finding;
import it.pianozona.core.validation.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Baselines through the library: matching by fingerprint as a multiset, reading a report. */
class BaselineTest {

  static final CheckedPlan CASARANO = Plans.checked(Plans.CASARANO);

  @Test
  void thePlanAgainstItsOwnReportHasOnlyUnchangedFindingsAndFailsOnNothing() {
    Baseline before = Baseline.of("prima.json", List.of(CASARANO), Language.IT);
    Baseline.Comparison c = before.compare(CASARANO.evaluation());
    assertTrue(c.compared());
    assertEquals(
        CASARANO.evaluation().report().findings().size(), c.count(Baseline.State.UNCHANGED));
    assertEquals(List.of(), c.absent());
    assertFalse(before.fails(CASARANO.evaluation(), Severity.INFO));
    assertTrue(Baseline.NONE.fails(CASARANO.evaluation(), Severity.INFO));
    assertEquals(Baseline.Comparison.NONE, Baseline.NONE.compare(CASARANO.evaluation()));
  }

  @Test
  void twoEqualFindingsNowAgainstOneInTheBaselineAreOneUnchangedAndOneNew() {
    List<Finding> findings = CASARANO.evaluation().report().findings();
    Finding first = findings.get(0);
    // A baseline with the first finding once, and a second finding of the same fingerprint.
    Baseline once =
        Baseline.of(
            "b",
            Map.of(
                CASARANO.evaluation().plan().id(), List.of(Baseline.Entry.of(first, Language.EN))));
    Baseline.Comparison c = once.compare(CASARANO.evaluation());
    assertEquals(1, c.count(Baseline.State.UNCHANGED));
    assertEquals(findings.size() - 1, c.count(Baseline.State.NEW));

    Baseline twice =
        Baseline.of(
            "b",
            Map.of(
                CASARANO.evaluation().plan().id(),
                List.of(
                    Baseline.Entry.of(first, Language.EN), Baseline.Entry.of(first, Language.EN))));
    Baseline.Comparison d = twice.compare(CASARANO.evaluation());
    assertEquals(1, d.count(Baseline.State.UNCHANGED));
    assertEquals(1, d.absent().size(), "the second copy of the baseline is gone");
  }

  @Test
  void aPlanTheBaselineLacksHasOnlyNewFindings() {
    Baseline other = Baseline.of("b", Map.of("un-altro-piano", List.of()));
    Baseline.Comparison c = other.compare(CASARANO.evaluation());
    assertEquals(CASARANO.evaluation().report().findings().size(), c.count(Baseline.State.NEW));
  }

  @Test
  void aJsonReportReadsBackAsABaselineOfTheSameFindings(@TempDir Path dir) throws Exception {
    Path one = dir.resolve("uno.json");
    Files.writeString(one, Reports.render(ReportFormat.JSON, List.of(CASARANO), Language.EN));
    Baseline read = Baseline.read(one);
    List<String> expected = new ArrayList<>();
    CASARANO.evaluation().report().findings().forEach(f -> expected.add(f.fingerprint()));
    assertEquals(
        expected,
        read.findings(CASARANO.evaluation().plan().id()).stream()
            .map(Baseline.Entry::fingerprint)
            .toList());
    CheckedPlan putignano = Plans.checked(Plans.PUTIGNANO);
    Path several = dir.resolve("due.json");
    Files.writeString(
        several, Reports.render(ReportFormat.JSON, List.of(CASARANO, putignano), Language.IT));
    Baseline both = Baseline.read(several);
    assertFalse(both.findings(putignano.evaluation().plan().id()).isEmpty());
    assertEquals(several.toString(), both.source());
  }

  @Test
  void aReportWithoutFingerprintsIsRefusedAtTheFinding(@TempDir Path dir) throws Exception {
    Path old = dir.resolve("vecchio.json");
    Files.writeString(
        old,
        "{\n  \"reportVersion\": 1,\n  \"plan\": {\"id\": \"p\"},\n  \"findings\": [\n"
            + "    {\"code\": \"NAT-CNT-011\", \"pointer\": \"/contents/monitoring\"}\n  ]\n}\n");
    DocumentException e = assertThrows(DocumentException.class, () -> Baseline.read(old));
    assertEquals("PZ-DOC-109", e.problems().get(0).code());
    assertEquals("/findings/0", e.problems().get(0).pointer().toString());
    assertEquals(5, e.problems().get(0).line());
    assertTrue(e.message(Language.IT).contains("impronta"), e.message(Language.IT));
  }

  @Test
  void everyFormatMarksTheNewAndListsTheGoneInBothLanguages() {
    CheckedPlan fixed =
        Plans.edited(
            Plans.CASARANO,
            "piano.yaml",
            yaml ->
                yaml.replace(
                    "monitoring: \"Illustrativo: la fonte non descrive",
                    "monitoring: \"Il sistema di monitoraggio non è più descritto come"));
    Baseline before = Baseline.of("prima.json", List.of(CASARANO), Language.IT);
    for (Language language : Language.values()) {
      for (ReportFormat format :
          List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML)) {
        String text = Reports.render(format, List.of(fixed), language, before);
        assertTrue(
            text.contains(language == Language.IT ? "1 non più presente" : "1 gone"),
            format + " " + language);
        assertTrue(text.contains("/contents/monitoring"), format + " " + language);
      }
    }
    String sarif = Reports.render(ReportFormat.SARIF, List.of(fixed), Language.EN, before);
    assertTrue(sarif.contains("\"baselineState\" : \"absent\""), sarif);
    assertFalse(sarif.contains("\"baselineState\" : \"new\""), sarif);
  }
}
