package it.pianozona.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.AbstractRule;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.national.NationalRules;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Local rules in the explanation and the framework list; the scenario report's XML escaping. */
class LocalAndScenarioReportTest {

  /** A local rule borrowing a national rule's texts, enough for the reports. */
  static final class Local extends AbstractRule {
    Local() {
      super(
          "LOC-TEST-001",
          Severity.INFO,
          LegalBasis.of("Decisione locale di prova", "", null),
          NationalRules.BUNDLE,
          "NAT-TERR-001");
    }

    @Override
    public void check(RuleContext context) {}
  }

  static final PianoZona LOCAL =
      PianoZona.builder().rule("puglia-v-2022-2024", new Local()).build();

  @Test
  void aLocalRuleIsExplainedAsLocalAndListedAsLocal() throws Exception {
    RuleReport.RuleExplanation r = RuleReport.find(LOCAL, "loc-test-001").orElseThrow();
    assertTrue(r.local());
    assertFalse(RuleReport.find(LOCAL, "NAT-TERR-001").orElseThrow().local());
    String it = RuleReport.render(r, ReportFormat.TEXT, Language.IT);
    assertTrue(it.contains("Regola locale, aggiunta dall'applicazione"), it);
    String en = RuleReport.render(r, ReportFormat.TEXT, Language.EN);
    assertTrue(en.contains("Local rule, added by the application"), en);
    JsonNode json =
        new ObjectMapper().readTree(RuleReport.render(r, ReportFormat.JSON, Language.EN));
    assertTrue(json.get("local").asBoolean());
    JsonNode frameworks =
        new ObjectMapper()
            .readTree(FrameworksReport.json(LOCAL.frameworks().frameworks(), Language.EN));
    boolean listed = false;
    for (JsonNode f : frameworks.get("frameworks")) {
      for (JsonNode rule : f.get("rules")) {
        if (rule.get("code").asText().equals("LOC-TEST-001")) {
          listed = rule.path("local").asBoolean();
        } else {
          assertTrue(rule.path("local").isMissingNode(), rule.toString());
        }
      }
    }
    assertTrue(listed, frameworks.toString());
  }

  @Test
  void xmlEscapingKeepsMarkupOutAndDropsWhatXmlCannotHold() {
    assertEquals(
        "a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;",
        ScenarioReport.escape("a <b> & \"c\" 'd'"));
    assertEquals("x\uFFFDy\n\t", ScenarioReport.escape("x\u0001y\n\t"));
    assertEquals("\uFFFD", ScenarioReport.escape("\uD800"));
    assertEquals("\uD83D\uDE00", ScenarioReport.escape("\uD83D\uDE00"));
  }

  @Test
  void anEmptyRunSaysSoInBothLanguages() {
    assertTrue(ScenarioReport.text(List.of(), Language.EN).contains("No scenario: 0 passed"));
    assertTrue(
        ScenarioReport.text(List.of(), Language.IT).contains("Nessuno scenario: nessuno superato"));
  }
}
