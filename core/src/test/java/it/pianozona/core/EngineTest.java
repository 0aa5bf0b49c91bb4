package it.pianozona.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.framework.Criterion;
import it.pianozona.core.framework.CriterionContext;
import it.pianozona.core.framework.CriterionResult;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.PlanIndex;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.framework.ScoringModel;
import it.pianozona.core.framework.WeightedCriterion;
import it.pianozona.core.national.NationalRules;
import it.pianozona.core.scoring.CriterionScore;
import it.pianozona.core.testing.Plans;
import it.pianozona.core.testing.TestFrameworks;
import it.pianozona.core.text.Language;
import it.pianozona.core.text.Message;
import it.pianozona.core.validation.Finding;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.RuleDescriptor;
import it.pianozona.core.validation.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EngineTest {

  static final PianoZona PZ =
      PianoZona.builder().frameworks(List.of(TestFrameworks.molise())).build();

  static final class ThrowingRule implements Rule {
    @Override
    public RuleDescriptor descriptor() {
      return RuleDescriptor.of(
          "TEST-BUG-001", Severity.ERROR, TestFrameworks.TEST_ACT, NationalRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      throw new IllegalStateException("bug");
    }
  }

  static final class ThrowingCriterion implements Criterion {
    @Override
    public String id() {
      return "broken";
    }

    @Override
    public Message name() {
      return Message.of(NationalRules.BUNDLE, "criterion.area-coverage.name");
    }

    @Override
    public LegalBasis basis() {
      return TestFrameworks.TEST_ACT;
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
      throw new ArithmeticException("bug");
    }
  }

  /** A rule that asks for the shared index and records the value it was given. */
  static final class IndexReader implements Rule {
    private final String code;
    private final PlanIndex<Object> index;
    final List<Object> seen = new ArrayList<>();

    IndexReader(String code, PlanIndex<Object> index) {
      this.code = code;
      this.index = index;
    }

    @Override
    public RuleDescriptor descriptor() {
      return RuleDescriptor.of(code, Severity.INFO, TestFrameworks.TEST_ACT, NationalRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      seen.add(context.shared(index));
      seen.add(context.shared(index));
    }
  }

  @Test
  void aPlanIndexIsComputedOncePerEvaluationAndSharedByEveryRuleThatAsks() {
    AtomicInteger computed = new AtomicInteger();
    PlanIndex<Object> index =
        PlanIndex.of("counted", c -> c.plan().id() + "#" + computed.incrementAndGet());
    IndexReader first = new IndexReader("TEST-IDX-001", index);
    IndexReader second = new IndexReader("TEST-IDX-002", index);
    Framework framework = TestFrameworks.molise(List.of(first, second));
    var plan = Plans.valid().build();

    PZ.evaluate(plan, framework);
    assertEquals(1, computed.get(), "one computation for two rules asking twice each");
    assertEquals(List.of(plan.id() + "#1"), first.seen.stream().distinct().toList());
    assertEquals(first.seen, second.seen);

    // A new evaluation computes afresh: nothing is kept between plans.
    PZ.evaluate(plan, framework);
    assertEquals(2, computed.get());
    assertEquals(plan.id() + "#2", second.seen.get(3));
  }

  @Test
  void aRuleContextWithoutMemoryComputesTheIndexOnEachCall() {
    AtomicInteger computed = new AtomicInteger();
    PlanIndex<Integer> index = PlanIndex.of("counted", c -> computed.incrementAndGet());
    RuleContext bare =
        new RuleContext() {
          @Override
          public it.pianozona.core.model.Plan plan() {
            return Plans.valid().build();
          }

          @Override
          public Framework framework() {
            return TestFrameworks.molise();
          }

          @Override
          public it.pianozona.core.framework.Parameters parameters() {
            throw new UnsupportedOperationException();
          }

          @Override
          public it.pianozona.core.framework.NationalReference national() {
            throw new UnsupportedOperationException();
          }

          @Override
          public it.pianozona.core.reference.ComuniRegistry comuni() {
            throw new UnsupportedOperationException();
          }

          @Override
          public void report(it.pianozona.core.validation.Location location, Object... args) {}
        };
    assertEquals(1, bare.shared(index));
    assertEquals(2, bare.shared(index));
  }

  @Test
  void aRuleThatThrowsBecomesAFindingAndTheOtherRulesStillRun() {
    Framework framework = TestFrameworks.molise(List.of(new ThrowingRule()));
    var plan =
        Plans.valid().staffing(it.pianozona.core.model.Staffing.ofSocialWorkers("1")).build();
    List<Finding> findings = PZ.evaluate(plan, framework).report().findings();
    assertEquals(
        List.of("CORE-ENG-001", "NAT-LEPS-001"), findings.stream().map(Finding::code).toList());
    assertTrue(
        findings
            .get(0)
            .message(Language.EN)
            .startsWith("Rule TEST-BUG-001 could not evaluate the plan (IllegalStateException)"));
  }

  @Test
  void aCriterionThatThrowsIsLeftOutOfTheTotalWithItsReason() {
    Framework framework =
        Framework.builder("molise-broken")
            .region(it.pianozona.core.model.Region.MOLISE)
            .validity(it.pianozona.core.model.Period.of(2022, 2024))
            .title("x")
            .adoptedBy(TestFrameworks.TEST_ACT)
            .catalogue(TestFrameworks.catalogue())
            .scoring(
                new ScoringModel(
                    List.of(
                        new WeightedCriterion(new ThrowingCriterion(), BigDecimal.TEN),
                        new WeightedCriterion(
                            it.pianozona.core.criteria.BuiltInCriteria.all().get("area-coverage"),
                            BigDecimal.TEN))))
            .build();
    var score = PZ.evaluate(Plans.validPlan(), framework).score();
    CriterionScore broken = score.criterion("broken").orElseThrow();
    assertFalse(broken.applicable());
    assertEquals(0, new BigDecimal("100.0").compareTo(score.total()));
  }

  @Test
  void theBaselinePlanScoresFullMarksOnEveryMeasurableBuiltInCriterion() {
    var score = PZ.evaluate(Plans.validPlan()).score();
    for (CriterionScore c : score.criteria()) {
      if (c.applicable() && !c.id().equals("leps-coverage")) {
        assertEquals(0, c.weight().compareTo(c.points()), c.id() + ": " + c.evidence());
      }
    }
    CriterionScore leps = score.criterion("leps-coverage").orElseThrow();
    assertEquals(
        "3 of 10 national LEPS are declared by at least one intervention.",
        leps.evidence().get(0).render(Language.EN));
    assertEquals(new BigDecimal("3.00"), leps.points());
  }
}
