package it.pianozona.tck;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.io.DocumentException;
import it.pianozona.core.io.DocumentFormat;
import it.pianozona.core.io.PlanReader;
import it.pianozona.core.io.PlanWriter;
import it.pianozona.core.io.WorkbookWriter;
import it.pianozona.core.model.Plan;
import it.pianozona.core.testing.TestFrameworks;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PlanProperties {

  static final Framework FRAMEWORK = TestFrameworks.molise();
  static final PianoZona PZ = PianoZona.builder().frameworks(List.of(FRAMEWORK)).build();

  @Provide
  Arbitrary<Plan> plans() {
    return PlanGenerators.of(FRAMEWORK).plans();
  }

  @Property(tries = 500)
  void validationNeverThrowsAndEveryRuleRuns(@ForAll("plans") Plan plan) {
    Evaluation e = PZ.evaluate(plan);
    assertTrue(e.report().withCode("CORE-ENG-001").isEmpty(), e.report()::toString);
    assertTrue(
        e.score().total().compareTo(BigDecimal.ZERO) >= 0
            && e.score().total().compareTo(BigDecimal.valueOf(100)) <= 0);
  }

  @Property(tries = 300)
  void writingThenReadingGivesAnEqualPlan(@ForAll("plans") Plan plan) {
    for (DocumentFormat format : List.of(DocumentFormat.YAML, DocumentFormat.JSON)) {
      String text = PlanWriter.write(plan, format);
      Plan back = PlanReader.create().read("generated", text.getBytes(UTF_8), format).plan();
      assertEquals(plan, back, () -> format + ":\n" + text);
    }
  }

  /**
   * A workbook loses nothing either: every generated plan (texts with tabs, quotes, YAML-looking
   * words, numbers as titles) comes back equal, except one a workbook cannot hold, which is refused
   * when written (a list item with the ';' that separates items in a cell, or spaces around it; two
   * interventions with one id, which the rows of Ripartizioni could not tell apart).
   */
  @Property(tries = 300)
  void writingAWorkbookThenReadingItGivesAnEqualPlan(@ForAll("plans") Plan plan) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      WorkbookWriter.write(plan, out);
    } catch (DocumentException e) {
      assertTrue(
          e.problems().stream()
              .allMatch(p -> (p.code().equals("PZ-DOC-136") || p.code().equals("PZ-DOC-155"))),
          () -> e.message(it.pianozona.core.text.Language.EN));
      return;
    }
    Plan back =
        PlanReader.create().read("generated.xlsx", out.toByteArray(), DocumentFormat.XLSX).plan();
    assertEquals(plan, back);
  }

  @Property(tries = 200)
  void theSamePlanAlwaysGivesTheSameReportAndScore(@ForAll("plans") Plan plan) {
    Evaluation first = PZ.evaluate(plan);
    Evaluation second = PZ.evaluate(plan);
    Plan copy =
        PlanReader.create()
            .read(
                "copy.json",
                PlanWriter.write(plan, DocumentFormat.JSON).getBytes(UTF_8),
                DocumentFormat.JSON)
            .plan();
    Evaluation third = PZ.evaluate(copy);
    assertEquals(first.report(), second.report());
    assertEquals(first.report(), third.report());
    assertEquals(first.score(), third.score());
  }

  @Property(tries = 200)
  void rebuildingAPlanOrAnInterventionFromItsBuilderChangesNothing(@ForAll("plans") Plan plan) {
    assertEquals(plan, plan.toBuilder().build());
    plan.interventions().forEach(i -> assertEquals(i, i.toBuilder().build()));
  }
}
