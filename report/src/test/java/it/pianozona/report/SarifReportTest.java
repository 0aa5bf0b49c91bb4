package it.pianozona.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import it.pianozona.core.CheckedPlan;
import it.pianozona.core.io.TextPosition;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.Finding;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The SARIF log conforms to SARIF 2.1.0 and carries every finding, located and explained. */
class SarifReportTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static List<String> schemaViolations(JsonNode log) throws Exception {
    try (InputStream schema =
        SarifReportTest.class.getResourceAsStream("/sarif/sarif-2.1.0.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(schema)
          .validate(log)
          .stream()
          .map(Error::toString)
          .toList();
    }
  }

  static JsonNode sarif(List<CheckedPlan> plans, Language language) throws Exception {
    return JSON.readTree(SarifReport.write(plans, language));
  }

  @Test
  void theLogOfEveryBundledPlanConformsToTheSarifSchema() throws Exception {
    List<CheckedPlan> plans =
        List.of(
            Plans.checked(Plans.CASARANO),
            Plans.checked("../examples/plans/puglia-fasano-ciisaf-2022-2024.yaml"),
            Plans.checked(Plans.PUTIGNANO));
    JsonNode log = sarif(plans, Language.EN);
    assertEquals(List.of(), schemaViolations(log));
    assertEquals("2.1.0", log.get("version").asText());
    assertEquals(3, log.at("/runs/0/artifacts").size());
  }

  @Test
  void aLogThatBreaksTheSchemaIsCaught() throws Exception {
    JsonNode log = sarif(List.of(Plans.checked(Plans.CASARANO)), Language.EN);
    ((com.fasterxml.jackson.databind.node.ObjectNode) log.at("/runs/0/results/0"))
        .put("level", "fatal");
    assertFalse(schemaViolations(log).isEmpty(), "the validator really validates");
  }

  @Test
  void thereIsOneResultPerFindingLocatedByLineColumnAndJsonPointer() throws Exception {
    CheckedPlan casarano = Plans.checked(Plans.CASARANO);
    JsonNode results = sarif(List.of(casarano), Language.IT).at("/runs/0/results");
    List<Finding> findings = casarano.evaluation().report().findings();
    assertEquals(findings.size(), results.size());
    var positions = casarano.document().positions(findings.stream().map(Finding::pointer).toList());
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      JsonNode r = results.get(i);
      assertEquals(f.code(), r.get("ruleId").asText());
      assertEquals(SarifReport.level(f.severity()), r.get("level").asText());
      assertEquals(SarifReport.sentence(f.message(Language.IT)), r.at("/message/text").asText());
      assertEquals(
          f.pointer().toString(),
          r.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText());
      TextPosition pos = positions.get(f.pointer());
      assertEquals(pos.line(), r.at("/locations/0/physicalLocation/region/startLine").asInt());
      assertEquals(pos.column(), r.at("/locations/0/physicalLocation/region/startColumn").asInt());
      assertEquals(
          "../examples/plans/puglia-casarano-2022-2024.yaml",
          r.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
      assertEquals(f.legalBasis().act(), r.at("/properties/legalBasis/act").asText());
    }
  }

  @Test
  void everyRuleIsDescribedWithHelpAndLegalBasisAndResultsPointAtTheirRule() throws Exception {
    CheckedPlan casarano = Plans.checked(Plans.CASARANO);
    JsonNode run = sarif(List.of(casarano), Language.EN).at("/runs/0");
    JsonNode rules = run.at("/tool/driver/rules");
    assertEquals(Plans.PZ.rulesFor(casarano.evaluation().framework()).size(), rules.size());
    Set<String> ids = new HashSet<>();
    for (JsonNode rule : rules) {
      ids.add(rule.get("id").asText());
      assertFalse(rule.at("/shortDescription/text").asText().isBlank(), rule.toString());
      assertTrue(rule.at("/help/text").asText().contains("How to fix: "), rule.toString());
      assertTrue(rule.at("/help/text").asText().contains("Legal basis: "), rule.toString());
      assertTrue(rule.at("/properties/legalBasis/act").isTextual(), rule.toString());
    }
    assertTrue(ids.contains("NAT-LEPS-001") && ids.contains("PUG-V-AREA-001"), ids.toString());
    for (JsonNode r : run.get("results")) {
      assertEquals(
          r.get("ruleId").asText(), rules.get(r.get("ruleIndex").asInt()).get("id").asText());
    }
  }

  @Test
  void relativeAndAbsolutePathsBecomeUriReferences() {
    assertEquals("../examples/plans/a%20b.yaml", SarifReport.uri("../examples/plans/a b.yaml"));
    assertTrue(SarifReport.uri("/tmp/x.yaml").startsWith("file:///tmp/x.yaml"));
  }
}
