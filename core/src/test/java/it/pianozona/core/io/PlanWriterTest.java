package it.pianozona.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.model.Plan;
import it.pianozona.core.testing.Plans;
import org.junit.jupiter.api.Test;

class PlanWriterTest {

  @Test
  void writingThenReadingGivesAnEqualPlanInBothFormats() {
    Plan plan = Plans.validPlan();
    for (DocumentFormat format : java.util.List.of(DocumentFormat.YAML, DocumentFormat.JSON)) {
      String text = PlanWriter.write(plan, format);
      Plan back = PlanReader.create().read("p", text.getBytes(UTF_8), format).plan();
      assertEquals(plan, back, format + ":\n" + text);
    }
  }

  @Test
  void istatCodesStayQuotedInYamlSoTheirLeadingZeroSurvives() {
    String yaml = PlanWriter.write(Plans.validPlan(), DocumentFormat.YAML);
    assertTrue(yaml.contains("lead: \"070006\""), yaml);
  }
}
