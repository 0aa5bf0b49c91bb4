package it.pianozona.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.CheckedPlan;
import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.io.PlanDocument;
import it.pianozona.core.text.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data prose in the report's language: a bundled framework's in Italian or English, a user's
 * Italian-only catalogue marked as Italian in English output rather than translated.
 */
class ProseTest {

  /** A catalogue an officer writes in Italian only, as plain strings. */
  static final String ITALIAN_CATALOGUE =
      """
      formatVersion: 1
      framework: puglia-v-2022-2024
      catalogue:
        reference:
          act: "DGR Regione Puglia 14 marzo 2022, n. 353, Allegato"
          caveat: "Elenco trascritto dall'allegato, da rileggere."
        areas:
          - {code: A1, title: "Welfare d'accesso", source: {act: "Allegato"}}
          - {code: A2, title: "Famiglie e minori", source: {act: "Allegato"}}
        objectives:
          - code: OB-1
            title: "Porte uniche di accesso"
            area: A1
            target: {indicator: sportelli-pua, description: "sportelli PUA attivi", threshold: 2, per: ambito}
            source: {act: "Allegato"}
        missing: "Mancano gli obiettivi delle altre aree."
      """;

  @Test
  void anItalianOnlyCatalogueIsReadAndMarkedAsItalianInEnglishOutput(@TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("allegato.yaml"), ITALIAN_CATALOGUE);
    PianoZona pz = PianoZona.builder().catalogue(file).build();
    Framework f = pz.frameworks().byId("puglia-v-2022-2024").orElseThrow();

    String en = FrameworksReport.json(List.of(f), Language.EN);
    assertTrue(en.contains("\"(in Italian) Mancano gli obiettivi delle altre aree.\""), en);
    assertTrue(en.contains("\"(in Italian) Elenco trascritto dall'allegato, da rileggere.\""), en);
    assertTrue(en.contains("\"(in Italian) sportelli PUA attivi\""), en);
    String it = FrameworksReport.json(List.of(f), Language.IT);
    assertTrue(it.contains("\"Mancano gli obiettivi delle altre aree.\""), it);
    assertFalse(it.contains("(in Italian)"), it);
    assertTrue(
        FrameworksReport.text(List.of(f), Language.EN)
            .contains("(in Italian) Mancano gli obiettivi delle altre aree."));

    PlanDocument document = pz.read(Path.of(Plans.CASARANO));
    List<CheckedPlan> plans = List.of(new CheckedPlan(document, pz.evaluate(document.plan())));
    for (ReportFormat format : List.of(ReportFormat.JSON, ReportFormat.TEXT, ReportFormat.HTML)) {
      String report = Reports.render(format, plans, Language.EN);
      assertTrue(report.contains("(in Italian) sportelli PUA attivi"), format + ": " + report);
      String italian = Reports.render(format, plans, Language.IT);
      assertTrue(italian.contains("sportelli PUA attivi"), format + ": " + italian);
      assertFalse(italian.contains("(in Italian)"), format + ": " + italian);
    }
  }

  @Test
  void aBundledFrameworksRationalesAndCaveatsAreRenderedInTheReportsLanguage() {
    CheckedPlan casarano = Plans.checked(Plans.CASARANO);
    String it = Reports.render(ReportFormat.TEXT, List.of(casarano), Language.IT);
    assertTrue(
        it.contains(
            "Perché questo peso: Il V PRPS organizza ogni Piano Sociale di Zona nelle sue sette"
                + " aree strategiche."),
        it);
    assertFalse(it.contains("The V PRPS"), it);
    String en = Reports.render(ReportFormat.TEXT, List.of(casarano), Language.EN);
    assertTrue(
        en.contains(
            "Why this weight: The V PRPS organises every Piano Sociale di Zona in its seven"
                + " strategic areas."),
        en);
    String html = Reports.render(ReportFormat.HTML, List.of(casarano), Language.IT);
    assertTrue(html.contains("Da verificare sull&#39;atto: "), html);
    String jsonIt = Reports.render(ReportFormat.JSON, List.of(casarano), Language.IT);
    assertTrue(jsonIt.contains("è da verificare"), jsonIt);
    String jsonEn = Reports.render(ReportFormat.JSON, List.of(casarano), Language.EN);
    assertTrue(jsonEn.contains("is to be verified"), jsonEn);
    for (String italian : List.of(it, html, jsonIt)) {
      assertFalse(italian.contains("to be verified against"), italian);
    }
    for (String english : List.of(en, jsonEn)) {
      assertFalse(english.contains("da verificare"), english);
    }
    for (String report : List.of(en, jsonEn)) {
      assertFalse(report.contains("Casarano plan"), "no prose speaks of one plan");
      assertFalse(report.contains("was not read"), "no prose narrates the research");
    }
  }
}
