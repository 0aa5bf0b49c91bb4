package it.pianozona.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.Lists;
import it.pianozona.core.CheckedPlan;
import it.pianozona.core.io.PlanDocument;
import it.pianozona.core.io.TextPosition;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.Finding;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RuleReportTest {

  private static final Pattern NUMBERED = Pattern.compile("\\{\\d+[,}]");
  private static final String FASANO = "../examples/plans/puglia-fasano-ciisaf-2022-2024.yaml";

  private static RuleReport.RuleExplanation rule(String code) {
    return RuleReport.find(Plans.PZ, code).orElseThrow();
  }

  private static List<PlanDocument> plans(String... files) {
    return Arrays.stream(files).map(f -> Plans.checked(f).document()).toList();
  }

  @Test
  void theTemplateReadsWithTheNamesOfItsArgumentsInEachLanguage() {
    RuleReport.RuleExplanation leps = rule("NAT-LEPS-002");
    String it = RuleReport.render(leps, ReportFormat.TEXT, Language.IT);
    assertTrue(
        it.contains(
            "Il rilievo dice: Il LEPS è raggiunto, ma con {assistenti} assistenti sociali per"
                + " {abitanti} abitanti l'obiettivo di servizio (1 ogni {rapporto}) ne richiede"
                + " {richiesti}."),
        it);
    String en = RuleReport.render(leps, ReportFormat.TEXT, Language.EN);
    assertTrue(en.contains("with {social-workers} social workers for {residents} residents"), en);
    assertFalse(it.contains("Esempio"), "no example unless plans were given");
  }

  @Test
  void noRuleShowsANumberedPlaceholderInEitherLanguage() {
    for (RuleReport.RuleExplanation rule : RuleReport.all(Plans.PZ)) {
      for (Language l : Language.values()) {
        String text = RuleReport.render(rule, ReportFormat.TEXT, l);
        assertFalse(NUMBERED.matcher(text).find(), text);
      }
    }
  }

  @Test
  void theExampleIsTheFindingValidateReportsOnThePlan() {
    CheckedPlan fasano = Plans.checked(FASANO);
    for (String code : List.of("NAT-LEPS-002", "PUG-V-GOV-005")) {
      Optional<RuleReport.Example> example =
          RuleReport.example(Plans.PZ, rule(code), List.of(fasano.document()));
      assertTrue(example.isPresent(), code);
      Finding expected = fasano.evaluation().report().withCode(code).get(0);
      assertEquals(expected, example.get().finding());
      assertEquals(fasano.evaluation().framework().id(), example.get().framework().id());
      TextPosition at = fasano.document().position(expected.pointer()).orElseThrow();
      String where = FASANO + ":" + at.line() + ":" + at.column() + " " + expected.pointer();
      for (Language l : Language.values()) {
        String text = RuleReport.render(rule(code), example, ReportFormat.TEXT, l);
        assertTrue(text.contains(where), text);
        assertTrue(text.contains("\n    " + expected.message(l) + "\n"), text);
      }
    }
  }

  @Test
  void aRuleNoPlanTriggersSaysSo() {
    RuleReport.RuleExplanation terr = rule("NAT-TERR-001");
    Optional<RuleReport.Example> none =
        RuleReport.example(Plans.PZ, terr, plans(FASANO, Plans.CASARANO));
    assertEquals(Optional.empty(), none);
    assertTrue(
        RuleReport.render(terr, none, ReportFormat.TEXT, Language.IT)
            .contains("Esempio: nessuno dei piani di esempio riceve questo rilievo."));
    assertTrue(
        RuleReport.render(terr, none, ReportFormat.TEXT, Language.EN)
            .contains("Example: none of the example plans gets this finding."));
  }

  @Test
  void aRegionalRuleIsNotLookedForOnPlansOfOtherFrameworks() {
    // The Putignano plan is checked under Puglia IV: a rule of Puglia V never runs on it.
    assertEquals(
        Optional.empty(),
        RuleReport.example(Plans.PZ, rule("PUG-V-GOV-005"), plans(Plans.PUTIGNANO)));
  }

  @Test
  void jsonKeepsItsFieldsAndAddsTheSlotsAndTheExample() throws Exception {
    ObjectMapper json = new ObjectMapper();
    RuleReport.RuleExplanation leps = rule("NAT-LEPS-002");
    JsonNode plain = json.readTree(RuleReport.render(leps, ReportFormat.JSON, Language.IT));
    assertEquals(
        List.of(
            "code",
            "severity",
            "language",
            "title",
            "message",
            "namedMessage",
            "slots",
            "fix",
            "legalBasis",
            "national",
            "local",
            "frameworks",
            "checksCatalogue",
            "cappedUnder"),
        List.copyOf(Lists.newArrayList(plain.fieldNames())));
    assertEquals(
        leps.descriptor().bundle().template("NAT-LEPS-002.message", Language.IT),
        plain.get("message").asText());
    assertTrue(plain.get("message").asText().contains("con {0,choice,"));
    assertTrue(plain.get("namedMessage").asText().contains("con {assistenti} assistenti"));
    assertEquals(
        "[\"assistenti\",\"abitanti\",\"rapporto\",\"richiesti\"]", plain.get("slots").toString());

    CheckedPlan fasano = Plans.checked(FASANO);
    Optional<RuleReport.Example> example =
        RuleReport.example(Plans.PZ, leps, List.of(fasano.document()));
    JsonNode n = json.readTree(RuleReport.render(leps, example, ReportFormat.JSON, Language.EN));
    Finding expected = fasano.evaluation().report().withCode("NAT-LEPS-002").get(0);
    JsonNode e = n.get("example");
    assertEquals(FASANO, e.get("file").asText());
    assertEquals("puglia-v-2022-2024", e.get("framework").asText());
    assertEquals(expected.pointer().toString(), e.get("pointer").asText());
    assertEquals(
        fasano.document().position(expected.pointer()).orElseThrow().line(), e.get("line").asInt());
    assertEquals(expected.message(Language.EN), e.get("message").asText());
    assertEquals(
        List.of("social-workers", "residents", "ratio", "needed"),
        List.copyOf(Lists.newArrayList(e.get("arguments").fieldNames())));
    assertTrue(
        json.readTree(
                RuleReport.render(
                    rule("NAT-TERR-001"), Optional.empty(), ReportFormat.JSON, Language.IT))
            .get("example")
            .isNull());
  }
}
