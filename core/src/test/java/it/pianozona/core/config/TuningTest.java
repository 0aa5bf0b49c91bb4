package it.pianozona.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.DatedParameter;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.Locations;
import it.pianozona.core.framework.Parameters;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.model.Plan;
import it.pianozona.core.model.Suppression;
import it.pianozona.core.national.NationalRules;
import it.pianozona.core.testing.Plans;
import it.pianozona.core.testing.TestFrameworks;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.ElementRef;
import it.pianozona.core.validation.Finding;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.Location;
import it.pianozona.core.validation.Pointer;
import it.pianozona.core.validation.RuleDescriptor;
import it.pianozona.core.validation.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a configuration does to one evaluation, through the public API. */
class TuningTest {

  /** A rule that always finds the same thing, so that only the tuning changes what is reported. */
  static final class AlwaysRule implements Rule {
    @Override
    public RuleDescriptor descriptor() {
      // The message of CORE-ENG-001 takes two arguments, like this rule's findings.
      return RuleDescriptor.of(
          "TEST-CNT-001",
          Severity.WARNING,
          TestFrameworks.TEST_ACT,
          NationalRules.BUNDLE,
          "CORE-ENG-001");
    }

    @Override
    public void check(RuleContext context) {
      context.report(Locations.contents("monitoring"), "TEST-CNT-001", "prova");
    }
  }

  static final Framework FRAMEWORK = TestFrameworks.molise(List.of(new AlwaysRule()));

  static Evaluation evaluate(Configuration configuration, Plan plan) {
    return PianoZona.builder()
        .frameworks(List.of(FRAMEWORK))
        .configuration(configuration)
        .build()
        .evaluate(plan, FRAMEWORK);
  }

  static Plan plan() {
    return Plans.valid().build();
  }

  static List<Finding> of(Evaluation e, String code) {
    return e.report().withCode(code);
  }

  @Test
  void untunedTheRuleReportsAtItsOwnSeverity() {
    Evaluation e = evaluate(Configuration.NONE, plan());
    Finding f = of(e, "TEST-CNT-001").get(0);
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(Optional.empty(), f.declaredSeverity());
    assertTrue(e.tuning().isEmpty());
  }

  @Test
  void aRuleTurnedOffByCodeDoesNotRunAndTheTuningSaysSo() {
    Configuration c =
        Configuration.builder().off(RuleSelector.code("TEST-CNT-001"), "noto").build();
    Evaluation e = evaluate(c, plan());
    assertEquals(List.of(), of(e, "TEST-CNT-001"));
    Tuning.RuleChange change = e.tuning().rules().get(0);
    assertEquals("TEST-CNT-001", change.code());
    assertTrue(change.off());
    assertEquals(Severity.WARNING, change.declared());
  }

  @Test
  void aTagReGradesEveryRuleWithItAndRemembersTheDeclaredSeverity() {
    assertEquals(Set.of("test", "contents"), new AlwaysRule().descriptor().tags());
    Configuration c =
        Configuration.builder().rule(RuleSelector.tag("contents"), Severity.INFO, "bozza").build();
    Finding f = of(evaluate(c, plan()), "TEST-CNT-001").get(0);
    assertEquals(Severity.INFO, f.severity());
    assertEquals(Optional.of(Severity.WARNING), f.declaredSeverity());
  }

  @Test
  void aSettingByCodeWinsOverOneByTagWhateverTheOrder() {
    Configuration c =
        Configuration.builder()
            .rule(RuleSelector.code("TEST-CNT-001"), Severity.ERROR, null)
            .off(RuleSelector.tag("contents"), "bozza")
            .build();
    assertEquals(Severity.ERROR, of(evaluate(c, plan()), "TEST-CNT-001").get(0).severity());
  }

  @Test
  void aSuppressionInThePlanMarksTheFindingAndAStaleOneIsReported() {
    Plan plan =
        Plans.valid()
            .suppression(Suppression.of("TEST-CNT-001", "/contents/monitoring", "accettato"))
            .suppression(Suppression.of("TEST-CNT-001", "/contents/other", "vecchio"))
            .build();
    Evaluation e = evaluate(Configuration.NONE, plan);
    Finding f = of(e, "TEST-CNT-001").get(0);
    assertTrue(f.suppressed());
    assertEquals("accettato", f.suppression().orElseThrow().reason());
    Finding stale = of(e, "CORE-SUP-001").get(0);
    assertEquals(Severity.WARNING, stale.severity());
    assertEquals("/suppressions/1", stale.pointer().toString());
    assertTrue(stale.message(Language.IT).contains("/contents/other"), stale.message(Language.IT));
    assertFalse(stale.suppressed());
  }

  @Test
  void aConfiguredSuppressionAppliesOnlyToThePlanItNames() {
    Suppression s = Suppression.of("TEST-CNT-001", "/contents/monitoring", "accettato");
    Configuration forOther =
        Configuration.builder()
            .suppression(new ConfiguredSuppression("altro-piano", s, Pointer.of("suppressions", 0)))
            .build();
    Evaluation e = evaluate(forOther, plan());
    assertFalse(of(e, "TEST-CNT-001").get(0).suppressed());
    assertEquals(List.of(), of(e, "CORE-SUP-001"));

    Configuration forThis =
        Configuration.builder()
            .suppression(new ConfiguredSuppression("molise-test", s, Pointer.of("suppressions", 0)))
            .build();
    assertTrue(of(evaluate(forThis, plan()), "TEST-CNT-001").get(0).suppressed());
  }

  @Test
  void aSuppressionNamingAnotherElementAcceptsNothingAndIsStale() {
    Suppression other =
        new Suppression(
            "TEST-CNT-001",
            "/contents/monitoring",
            "accettato",
            Optional.empty(),
            Optional.empty(),
            Optional.of("contents:other"));
    Evaluation e = evaluate(Configuration.NONE, Plans.valid().suppression(other).build());
    assertFalse(of(e, "TEST-CNT-001").get(0).suppressed());
    assertEquals("/suppressions/0", of(e, "CORE-SUP-001").get(0).pointer().toString());
    Suppression same =
        new Suppression(
            "TEST-CNT-001",
            "/contents/monitoring",
            "accettato",
            Optional.empty(),
            Optional.empty(),
            Optional.of("contents:monitoring"));
    Evaluation ok = evaluate(Configuration.NONE, Plans.valid().suppression(same).build());
    assertTrue(of(ok, "TEST-CNT-001").get(0).suppressed());
  }

  @Test
  void eachStaleSuppressionHasAFingerprintOfItsOwn() {
    Plan plan =
        Plans.valid()
            .suppression(Suppression.of("TEST-CNT-001", "/contents/a", "vecchio"))
            .suppression(Suppression.of("TEST-CNT-001", "/contents/b", "vecchio"))
            .build();
    List<Finding> stale = of(evaluate(Configuration.NONE, plan), "CORE-SUP-001");
    assertEquals(2, stale.size());
    assertNotEquals(stale.get(0).fingerprint(), stale.get(1).fingerprint());
    assertEquals(
        "suppression:TEST-CNT-001 /contents/a", stale.get(0).location().element().toString());
  }

  @Test
  void aSecondSuppressionOfTheSameFindingIsNotStale() {
    Suppression s = Suppression.of("TEST-CNT-001", "/contents/monitoring", "nel piano");
    Configuration also =
        Configuration.builder()
            .suppression(new ConfiguredSuppression("molise-test", s, Pointer.of("suppressions", 0)))
            .build();
    Evaluation e = evaluate(also, Plans.valid().suppression(s).build());
    assertTrue(of(e, "TEST-CNT-001").get(0).suppressed());
    assertEquals(List.of(), of(e, "CORE-SUP-001"));
  }

  @Test
  void aSuppressionOfARuleTurnedOffIsNotStale() {
    Configuration off =
        Configuration.builder().off(RuleSelector.code("TEST-CNT-001"), "non usata").build();
    Plan plan =
        Plans.valid()
            .suppression(Suppression.of("TEST-CNT-001", "/contents/monitoring", "accettato"))
            .build();
    assertEquals(List.of(), of(evaluate(off, plan), "CORE-SUP-001"));
  }

  @Test
  void anOverrideTakesThePlaceOfTheFrameworksValueOnlyOnTheDaysItCovers() {
    LegalBasis act = TestFrameworks.TEST_ACT;
    Parameters base =
        Parameters.of(
            List.of(
                new DatedParameter(
                    "share",
                    BigDecimal.valueOf(20),
                    LocalDate.of(2021, 1, 1),
                    Optional.empty(),
                    act)));
    Parameters tuned =
        base.overriddenBy(
            Parameters.of(
                List.of(
                    new DatedParameter(
                        "share",
                        BigDecimal.valueOf(25),
                        LocalDate.of(2022, 1, 1),
                        Optional.of(LocalDate.of(2024, 12, 31)),
                        act))));
    assertEquals(BigDecimal.valueOf(20), tuned.inYear("share", 2021).orElseThrow().value());
    assertEquals(BigDecimal.valueOf(25), tuned.inYear("share", 2023).orElseThrow().value());
    assertEquals(BigDecimal.valueOf(20), tuned.inYear("share", 2025).orElseThrow().value());
    assertEquals(3, tuned.all().size());
  }

  @Test
  void anOverrideOutsideThePlansPeriodIsNotNamedAsAChange() {
    ParameterOverride later =
        ParameterOverride.of(
            new DatedParameter(
                "contents-min-length",
                BigDecimal.valueOf(20),
                LocalDate.of(2030, 1, 1),
                Optional.empty(),
                TestFrameworks.TEST_ACT),
            "dal prossimo ciclo");
    ParameterOverride now =
        ParameterOverride.of(
            new DatedParameter(
                "contents-min-length",
                BigDecimal.valueOf(20),
                LocalDate.of(2023, 1, 1),
                Optional.of(LocalDate.of(2029, 12, 31)),
                TestFrameworks.TEST_ACT),
            "da subito");
    assertEquals(
        List.of(),
        evaluate(Configuration.builder().parameter(later).build(), plan()).tuning().parameters());
    assertEquals(
        List.of(now),
        evaluate(Configuration.builder().parameter(now).build(), plan()).tuning().parameters());
  }

  @Test
  void theFingerprintIgnoresArrayIndexesButNotTheElement() {
    RuleDescriptor rule = new AlwaysRule().descriptor();
    Finding third =
        Finding.of(
            rule,
            Location.of(Pointer.of("interventions", 3, "title"), ElementRef.Kind.INTERVENTION, "A"),
            "x",
            "y");
    Finding moved =
        Finding.of(
            rule,
            Location.of(Pointer.of("interventions", 5, "title"), ElementRef.Kind.INTERVENTION, "A"),
            "x",
            "other message");
    Finding other =
        Finding.of(
            rule,
            Location.of(Pointer.of("interventions", 3, "title"), ElementRef.Kind.INTERVENTION, "B"),
            "x",
            "y");
    assertEquals(third.fingerprint(), moved.fingerprint());
    assertNotEquals(third.fingerprint(), other.fingerprint());
    assertEquals("TEST-CNT-001|intervention:A|/interventions/*/title", third.fingerprintKey());
    assertEquals(16, third.fingerprint().length());
  }
}
