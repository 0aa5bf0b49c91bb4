package it.pianozona.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.criteria.BuiltInCriteria;
import it.pianozona.core.framework.AbstractRule;
import it.pianozona.core.framework.Criterion;
import it.pianozona.core.framework.CriterionContext;
import it.pianozona.core.framework.CriterionResult;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.Locations;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.framework.WeightBasis;
import it.pianozona.core.framework.WeightedCriterion;
import it.pianozona.core.national.NationalRules;
import it.pianozona.core.testing.Plans;
import it.pianozona.core.testing.TestFrameworks;
import it.pianozona.core.text.Language;
import it.pianozona.core.text.Message;
import it.pianozona.core.text.MessageBundle;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rules and criteria an application adds to an installed framework from its own code. */
class LocalRulesTest {

  static final LegalBasis DECISION =
      LegalBasis.of("Ufficio di Piano di prova: decisione locale n. 1/2024", "punto 1", null);

  static final MessageBundle BUNDLE =
      MessageBundle.of(
          "local",
          Map.of(
              Language.IT,
              Map.of(
                  "LOC-TEST-001.title",
                  "Il piano ha almeno quattro interventi",
                  "LOC-TEST-001.message",
                  "{0,choice,0#Il piano non ha interventi|1#Il piano ha un solo intervento|1<Il piano ha solo {0} interventi}",
                  "LOC-TEST-001.message.slots",
                  "interventi",
                  "LOC-TEST-001.fix",
                  "Aggiungere un intervento",
                  "criterion.local.name",
                  "Criterio locale"),
              Language.EN,
              Map.of(
                  "LOC-TEST-001.title",
                  "The plan has at least four interventions",
                  "LOC-TEST-001.message",
                  "{0,choice,0#The plan has no intervention|1#The plan has only one intervention|1<The plan has only {0} interventions}",
                  "LOC-TEST-001.message.slots",
                  "interventions",
                  "LOC-TEST-001.fix",
                  "Add an intervention",
                  "criterion.local.name",
                  "Local criterion")));

  static final class AtLeastFour extends AbstractRule {
    AtLeastFour(String code) {
      super(code, Severity.WARNING, DECISION, BUNDLE, "LOC-TEST-001");
    }

    @Override
    public void check(RuleContext context) {
      int n = context.plan().interventions().size();
      if (n < 4) {
        context.report(Locations.plan(context.plan()), n);
      }
    }
  }

  static final class Always implements Criterion {
    private final String id;

    Always(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Message name() {
      return Message.of(BUNDLE, "criterion.local.name");
    }

    @Override
    public LegalBasis basis() {
      return DECISION;
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
      return CriterionResult.of(BigDecimal.ONE, List.of());
    }
  }

  static PianoZona.Builder molise() {
    return PianoZona.builder().frameworks(List.of(TestFrameworks.molise()));
  }

  @Test
  void aLocalRuleRunsAfterTheFrameworksOwnAndIsMarkedLocal() {
    PianoZona pz = molise().rule(TestFrameworks.MOLISE_ID, new AtLeastFour("LOC-TEST-001")).build();
    Evaluation e = pz.evaluate(Plans.validPlan());
    assertEquals(1, e.report().withCode("LOC-TEST-001").size(), e.report().toString());
    assertEquals(
        "The plan has only 3 interventions",
        e.report().withCode("LOC-TEST-001").get(0).message(Language.EN));
    Framework f = pz.frameworks().byId(TestFrameworks.MOLISE_ID).orElseThrow();
    assertTrue(f.isLocal("LOC-TEST-001"));
    assertEquals(1, f.localRules().size());
    assertTrue(PianoZona.rulesOf(f).contains(f.localRules().get(0)));
    assertTrue(f.localRules().get(0).descriptor().tags().contains("local"));
  }

  @Test
  void aLocalCriterionAddsItsWeightToTheModel() {
    Framework plain = TestFrameworks.molise();
    PianoZona pz =
        molise()
            .criterion(
                TestFrameworks.MOLISE_ID,
                new WeightedCriterion(
                    new Always("local-always"),
                    BigDecimal.valueOf(5),
                    Optional.empty(),
                    WeightBasis.act(DECISION)))
            .build();
    Evaluation e = pz.evaluate(Plans.validPlan());
    BigDecimal before =
        plain.scoring().criteria().stream()
            .map(WeightedCriterion::weight)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, before.add(BigDecimal.valueOf(5)).compareTo(e.score().totalWeight()));
    assertEquals(
        0, BigDecimal.valueOf(5).compareTo(e.score().criterion("local-always").get().points()));
    assertEquals(1, e.framework().localCriteria().size());
  }

  @Test
  void anUnknownFrameworkIsRefusedAtBuildWithTheClosestId() {
    PianoZona.Builder b = molise().rule("molise-test-2022-2025", new AtLeastFour("LOC-TEST-001"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertTrue(e.getMessage().contains("did you mean molise-test-2022-2024?"), e.getMessage());
  }

  @Test
  void aCodeOfANationalRuleOfTheEngineOrOfAnotherLocalRuleIsRefused() {
    String national = NationalRules.all().get(0).descriptor().code();
    for (String code : List.of(national, "CORE-ENG-001", "CORE-SUP-001")) {
      PianoZona.Builder b = molise().rule(TestFrameworks.MOLISE_ID, new AtLeastFour(code));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
      assertTrue(e.getMessage().contains(code), e.getMessage());
    }
    PianoZona.Builder twice =
        molise()
            .rule(TestFrameworks.MOLISE_ID, new AtLeastFour("LOC-TEST-001"))
            .rule(TestFrameworks.MOLISE_ID, new AtLeastFour("LOC-TEST-001"));
    assertThrows(IllegalArgumentException.class, twice::build);
  }

  @Test
  void aCriterionIdTheModelAlreadyWeighsIsRefused() {
    String taken = BuiltInCriteria.all().keySet().iterator().next();
    PianoZona.Builder b =
        molise()
            .criterion(
                TestFrameworks.MOLISE_ID, new WeightedCriterion(new Always(taken), BigDecimal.ONE));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
    assertTrue(e.getMessage().contains(taken), e.getMessage());
  }
}
