package it.pianozona.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.pianozona.core.model.Region;
import it.pianozona.core.text.Language;
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
}
