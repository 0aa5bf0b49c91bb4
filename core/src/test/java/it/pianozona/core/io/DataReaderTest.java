package it.pianozona.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.framework.CatalogueStatus;
import it.pianozona.core.framework.ParticipationModel;
import it.pianozona.core.framework.WeightBasis;
import it.pianozona.core.model.Region;
import it.pianozona.core.text.Language;
import it.pianozona.core.text.Text;
import it.pianozona.core.validation.LegalBasis;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataReaderTest {

  static final String FRAMEWORK =
      """
      formatVersion: 1
      id: molise-prova
      region: molise
      title: "Quadro di prova"
      validity: {from: 2022, to: 2024}
      adoptedBy: {act: "Atto di prova"}
      catalogue:
        reference: {act: "Atto di prova"}
        areas:
          - {code: T1, title: "Accesso", source: {act: "Atto di prova"}}
        objectives:
          - code: T1-OB1
            title: "Segretariato"
            area: T1
            source: {act: "Atto di prova"}
            target: {indicator: sportelli-pua, description: "Sportelli", threshold: 1, per: ambito}
        fundingSources:
          - {id: fondo-prova, name: "Fondo di prova", source: {act: "Atto di prova"}}
        fundAreas:
          - {source: fondo-prova, areas: [T1], basis: {act: "Atto di prova"}}
        status: verified
      """;

  static List<String> problems(String yaml) {
    DocumentException e =
        assertThrows(
            DocumentException.class,
            () ->
                DataReader.readFramework(
                    "framework.yaml", new ByteArrayInputStream(yaml.getBytes(UTF_8))));
    return e.problems().stream().map(p -> p.render(Language.EN)).toList();
  }

  @Test
  void aValidFrameworkReads() {
    FrameworkData f =
        DataReader.readFramework(
            "framework.yaml", new ByteArrayInputStream(FRAMEWORK.getBytes(UTF_8)));
    assertEquals(Region.MOLISE, f.region());
  }

  @Test
  void regionAndPeriodAreCheckedAndWordedAsInPlanDocuments() {
    assertEquals(
        List.of(
            "framework.yaml:3:1: /region: PZ-DOC-055 expected a region id (one of "
                + Region.allIds()
                + "), found text \"molisse\""),
        problems(FRAMEWORK.replace("region: molise", "region: molisse")));
    assertEquals(
        List.of(
            "framework.yaml:5:24: /validity/to: PZ-DOC-056 expected a last year not before"
                + " the first (2022), found 2020"),
        problems(FRAMEWORK.replace("to: 2024", "to: 2020")));
  }

  @Test
  void aMalformedFundingSourceIdIsWordedAsInPlanDocumentsWhereverItStands() {
    String expected =
        ": PZ-DOC-061 expected a funding source id of lower-case words joined by hyphens,"
            + " such as fondo-poverta, found text \"Fondo_Prova\"";
    assertEquals(
        List.of(
            "framework.yaml:18:8: /catalogue/fundingSources/0/id" + expected,
            "framework.yaml:20:8: /catalogue/fundAreas/0/source" + expected),
        problems(FRAMEWORK.replace("fondo-prova", "Fondo_Prova")));
  }

  @Test
  void aMalformedIndicatorIdIsWordedAsInPlanDocuments() {
    assertEquals(
        List.of(
            "framework.yaml:16:16: /catalogue/objectives/0/target/indicator:"
                + " PZ-DOC-062 expected an indicator id of lower-case words joined by hyphens, found"
                + " 'Sportelli PUA'"),
        problems(FRAMEWORK.replace("indicator: sportelli-pua", "indicator: \"Sportelli PUA\"")));
  }

  static FrameworkData read(String yaml) {
    return DataReader.readFramework(
        "framework.yaml", new ByteArrayInputStream(yaml.getBytes(UTF_8)));
  }

  static final String WITH_PROSE =
      FRAMEWORK
              .replace(
                  "adoptedBy: {act: \"Atto di prova\"}",
                  "adoptedBy:\n  act: \"Atto di prova\"\n  caveat:\n"
                      + "    it: \"Il numero dell'atto è da verificare.\"\n"
                      + "    en: \"The act's number is to be verified.\"")
              .replace(
                  "  reference: {act: \"Atto di prova\"}",
                  "  reference: {act: \"Atto di prova\", caveat: \"Allegato da verificare.\"}\n"
                      + "  missing: {it: \"Mancano gli obiettivi.\"}")
          + "scoring:\n"
          + "  - {criterion: area-coverage, weight: 10, weightBasis: {origin: pianozona},"
          + " rationale: \"Peso di prova.\"}\n";

  @Test
  void proseIsReadAsItalianAndEnglishOrAsPlainTextInItalianOnly() {
    FrameworkData f = read(WITH_PROSE);
    assertEquals(
        Text.of("Il numero dell'atto è da verificare.", "The act's number is to be verified."),
        f.adoptedBy().caveat().orElseThrow());
    assertEquals(Text.italian("Allegato da verificare."), f.catalogue().reference().caveat().get());
    assertEquals(Text.italian("Mancano gli obiettivi."), f.catalogue().missing().orElseThrow());
    assertEquals(Text.italian("Peso di prova."), f.scoring().get(0).rationale());
    Text description = f.catalogue().objectives().get(0).target().orElseThrow().description();
    assertEquals(Text.italian("Sportelli"), description);
    assertEquals("(in Italian) Sportelli", description.render(Language.EN));
  }

  /** The one problem of a document, which must name the pointer and say what was expected. */
  static String onlyProblem(String yaml) {
    List<String> problems = problems(yaml);
    assertEquals(1, problems.size(), problems::toString);
    return problems.get(0);
  }

  @Test
  void aFrameworkStatesItsCatalogueStatusAndAnUnverifiedOneSaysWhatToVerify() {
    assertEquals(CatalogueStatus.VERIFIED, read(FRAMEWORK).catalogue().status());
    FrameworkData unverified = read(WITH_PROSE.replace("status: verified", "status: unverified"));
    assertEquals(CatalogueStatus.UNVERIFIED, unverified.catalogue().status());
    assertFalse(unverified.catalogue().isVerified());
    String missing = onlyProblem(FRAMEWORK.replace("  status: verified\n", ""));
    assertTrue(missing.contains("/catalogue/status: PZ-DOC-094 "), missing);
    assertTrue(missing.contains("status: verified or status: unverified"), missing);
    String bare = onlyProblem(FRAMEWORK.replace("status: verified", "status: unverified"));
    assertTrue(bare.contains("/catalogue/reference: PZ-DOC-095 "), bare);
  }

  @Test
  void aMisspeltCatalogueStatusIsLocatedWithTheStatusItMeant() {
    String problem = onlyProblem(FRAMEWORK.replace("status: verified", "status: Unverifed"));
    assertTrue(problem.startsWith("framework.yaml:21:"), problem);
    assertTrue(problem.contains("/catalogue/status: PZ-DOC-093 "), problem);
    assertTrue(problem.contains("found 'Unverifed'; did you mean 'unverified'?"), problem);
    String far = onlyProblem(FRAMEWORK.replace("status: verified", "status: confermato"));
    assertTrue(far.endsWith("found 'confermato'"), far);
  }

  @Test
  void aSuppliedCatalogueWithoutAStatusIsVerifiedAndMayDeclareItselfUnverified() {
    String file =
        """
        formatVersion: 1
        framework: molise-prova
        catalogue:
          reference: {act: "Allegato", caveat: "Elenco da rileggere sull'allegato."}
          areas:
            - {code: T1, title: "Accesso", source: {act: "Allegato"}}
        """;
    assertEquals(
        CatalogueStatus.VERIFIED,
        DataReader.readCatalogueFile("c.yaml", new ByteArrayInputStream(file.getBytes(UTF_8)))
            .getValue()
            .status());
    String draft = file.replace("  areas:", "  status: unverified\n  areas:");
    assertEquals(
        CatalogueStatus.UNVERIFIED,
        DataReader.readCatalogueFile("c.yaml", new ByteArrayInputStream(draft.getBytes(UTF_8)))
            .getValue()
            .status());
  }

  @Test
  void aProseObjectWithoutItalianIsALocatedProblem() {
    String problem =
        onlyProblem(
            WITH_PROSE.replace(
                "  missing: {it: \"Mancano gli obiettivi.\"}",
                "  missing: {en: \"The objectives are missing.\"}"));
    assertTrue(problem.startsWith("framework.yaml:13:"), problem);
    assertTrue(problem.contains("/catalogue/missing/it"), problem);
    assertTrue(problem.contains("missing required key 'it'"), problem);
    String empty =
        onlyProblem(WITH_PROSE.replace("rationale: \"Peso di prova.\"", "rationale: {}"));
    assertTrue(empty.contains("/scoring/0/rationale/it"), empty);
    assertTrue(empty.contains("missing required key 'it'"), empty);
  }

  @Test
  void anUnknownKeyInAProseObjectIsALocatedProblemWithTheKeysExpected() {
    String problem =
        onlyProblem(
            WITH_PROSE.replace(
                "  missing: {it: \"Mancano gli obiettivi.\"}",
                "  missing: {it: \"Mancano gli obiettivi.\", de: \"Es fehlen die Ziele.\"}"));
    assertTrue(problem.startsWith("framework.yaml:13:"), problem);
    assertTrue(problem.contains("/catalogue/missing/de"), problem);
    assertTrue(problem.contains("unknown key 'de'"), problem);
    assertTrue(problem.contains("it, en"), problem);
  }

  @Test
  void proseThatIsNeitherTextNorAnObjectSaysBothFormsItMayTake() {
    String problem = onlyProblem(WITH_PROSE.replace("\"Peso di prova.\"", "[Peso]"));
    assertTrue(problem.contains("/scoring/0/rationale"), problem);
    assertTrue(problem.contains("/scoring/0/rationale: PZ-DOC-092 "), problem);
    assertTrue(problem.contains("as text (Italian) or {it: ..., en: ...}"), problem);
    String blank =
        onlyProblem(WITH_PROSE.replace("en: \"The act's number is to be verified.\"", "en: \" \""));
    assertTrue(blank.contains("/adoptedBy/caveat/en"), blank);
  }

  static final String WEIGHED =
      FRAMEWORK
          + "parameters:\n"
          + "  - {id: municipal-cofinancing-base, value: [fnps, comuni], validFrom: \"2022-01-01\","
          + " reference: {act: \"Scelta di prova\"}}\n"
          + "participation:\n"
          + "  stages:\n"
          + "    - {kinds: [technical-table, institutional-table], source: {act: \"Piano\"}}\n"
          + "    - {bodies: [conferenza-dei-sindaci], source: {act: \"Piano\"}}\n"
          + "scoring:\n"
          + "  - {criterion: participation, weight: 10, weightBasis: {origin: pianozona},"
          + " rationale: \"Scelta.\"}\n"
          + "  - {criterion: area-coverage, weight: 5, weightBasis: {origin: act, act: \"DGR 1/2022\","
          + " article: \"all. A, tab. 2\"}, rationale: \"Dall'atto.\"}\n";

  @Test
  void weightBasesParticipationModelsAndListParametersAreRead() {
    FrameworkData f = read(WEIGHED);
    assertEquals(WeightBasis.PIANOZONA, f.scoring().get(0).basis());
    assertEquals(
        WeightBasis.act(LegalBasis.of("DGR 1/2022", "all. A, tab. 2", null)),
        f.scoring().get(1).basis());
    ParticipationModel model = f.participation().orElseThrow();
    assertEquals(List.of("technical-table", "institutional-table"), model.stages().get(0).kinds());
    assertEquals(List.of("conferenza-dei-sindaci"), model.stages().get(1).bodies());
    assertEquals(
        List.of("fnps", "comuni"),
        f.parameters().codesInYear("municipal-cofinancing-base", 2023).orElseThrow().codes());
  }

  @Test
  void aWeightWithoutItsBasisIsALocatedProblem() {
    String problem = onlyProblem(WEIGHED.replace("weightBasis: {origin: pianozona}, ", ""));
    assertTrue(
        problem.startsWith("framework.yaml:29:5: /scoring/0/weightBasis: PZ-DOC-031 "), problem);
    assertTrue(problem.contains("missing required key 'weightBasis'"), problem);
  }

  @Test
  void participationWeighedWithoutAModelIsALocatedProblemAtTheCriterion() {
    int start = WEIGHED.indexOf("participation:\n");
    String withoutModel =
        WEIGHED.substring(0, start) + WEIGHED.substring(WEIGHED.indexOf("scoring:\n"));
    String problem = onlyProblem(withoutModel);
    assertTrue(
        problem.startsWith("framework.yaml:25:6: /scoring/0/criterion: PZ-DOC-099 "), problem);
    assertTrue(problem.contains("weighs the criterion 'participation'"), problem);
  }
}
