package it.pianozona.core.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.internal.Engine;
import it.pianozona.core.model.Agreement;
import it.pianozona.core.model.ApprovalAct;
import it.pianozona.core.model.Comune;
import it.pianozona.core.model.Euro;
import it.pianozona.core.model.Funding;
import it.pianozona.core.model.Governance;
import it.pianozona.core.model.GovernanceBody;
import it.pianozona.core.model.Intervention;
import it.pianozona.core.model.PartialDate;
import it.pianozona.core.model.ParticipationEvent;
import it.pianozona.core.model.Plan;
import it.pianozona.core.model.Staffing;
import it.pianozona.core.testing.Plans;
import it.pianozona.core.testing.TestFrameworks;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.Finding;
import it.pianozona.core.validation.Severity;
import it.pianozona.core.validation.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NationalRulesTest {

  static final PianoZona PZ =
      PianoZona.builder().frameworks(List.of(TestFrameworks.molise())).build();

  static ValidationReport validate(Plan plan) {
    return PZ.validate(plan);
  }

  @Test
  void theBaselinePlanHasNoFindingsSoEachCaseBelowBreaksExactlyOneThing() {
    assertEquals(List.of(), validate(Plans.validPlan()).findings());
  }

  /** A plan built to break one rule, and the one finding it must produce. */
  record Case(String name, Plan plan, String code, String pointer) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Plan withoutContent(String key) {
    Plan p = Plans.validPlan();
    Map<String, String> contents = new LinkedHashMap<>(p.contents());
    contents.remove(key);
    return p.toBuilder().withContents(contents).build();
  }

  static Plan withInterventions(List<Intervention> interventions) {
    return Plans.validPlan().toBuilder().withInterventions(interventions).build();
  }

  static Plan withFunding(List<Funding> funding) {
    return Plans.validPlan().toBuilder().withFunding(funding).build();
  }

  static Plan withoutMoney() {
    List<Intervention> bare =
        Plans.validPlan().interventions().stream()
            .map(i -> i.toBuilder().withAllocations(List.of()).build())
            .toList();
    return withInterventions(bare).toBuilder().withFunding(List.of()).build();
  }

  static Plan withExtraIntervention(Intervention extra) {
    List<Intervention> list = new ArrayList<>(Plans.validPlan().interventions());
    list.add(extra);
    return withInterventions(list);
  }

  static Plan withStaffing(String fte) {
    return Plans.valid().staffing(Staffing.ofSocialWorkers(fte)).build();
  }

  static final List<Funding> moreComuni2024 = moreComuni2024();

  private static List<Funding> moreComuni2024() {
    List<Funding> funding = new ArrayList<>(Plans.validPlan().funding());
    funding.set(5, Funding.of("comuni", 2024, Euro.ofEuros(120_000)));
    return funding;
  }

  /** 5,000 euro over 105,000: under the 5% share that is only noted. */
  static final List<Funding> slightlyMoreComuni2024 = slightlyMoreComuni2024();

  private static List<Funding> slightlyMoreComuni2024() {
    List<Funding> funding = new ArrayList<>(Plans.validPlan().funding());
    funding.set(5, Funding.of("comuni", 2024, Euro.ofEuros(105_000)));
    return funding;
  }

  static Stream<Case> cases() {
    Plan valid = Plans.validPlan();
    List<Funding> fundingPlusExtra = new ArrayList<>(valid.funding());
    fundingPlusExtra.add(Funding.of("fnps", 2022, Euro.ofEuros(1)));
    List<Funding> fundingWithOutsideYear = new ArrayList<>(valid.funding());
    fundingWithOutsideYear.add(Funding.of("fna", 2025, Euro.ofEuros(1)));
    List<Funding> fundingWithUnknownSource = new ArrayList<>(valid.funding());
    fundingWithUnknownSource.add(Funding.of("fondo-inventato", 2022, Euro.ofEuros(1)));
    List<Funding> lowFnps2022 = new ArrayList<>(valid.funding());
    lowFnps2022.set(0, Funding.of("fnps", 2022, Euro.ofEuros(250_000)));
    List<Intervention> duplicated = new ArrayList<>(valid.interventions());
    duplicated.set(
        2,
        Intervention.builder("I1", "Altro", "T3")
            .withAllocations(valid.interventions().get(2).allocations())
            .build());

    return Stream.of(
        new Case(
            "no objectives section",
            withoutContent("objectives"),
            "NAT-CNT-001",
            "/contents/objectives"),
        new Case("no interventions", withInterventions(List.of()), "NAT-CNT-002", "/interventions"),
        new Case(
            "no organisation section",
            withoutContent("organisation"),
            "NAT-CNT-003",
            "/contents/organisation"),
        new Case("no funding (and so no allocations)", withoutMoney(), "NAT-CNT-004", "/funding"),
        new Case(
            "no staffing", valid.toBuilder().withoutStaffing().build(), "NAT-CNT-005", "/staffing"),
        new Case(
            "no monitoring section",
            withoutContent("monitoring"),
            "NAT-CNT-006",
            "/contents/monitoring"),
        new Case(
            "no integration section",
            withoutContent("integration"),
            "NAT-CNT-007",
            "/contents/integration"),
        new Case(
            "no state coordination section",
            withoutContent("stateCoordination"),
            "NAT-CNT-008",
            "/contents/stateCoordination"),
        new Case(
            "no third sector section",
            withoutContent("thirdSector"),
            "NAT-CNT-009",
            "/contents/thirdSector"),
        new Case(
            "no health integration section",
            withoutContent("healthIntegration"),
            "NAT-CNT-010",
            "/contents/healthIntegration"),
        new Case(
            "a comune that does not exist",
            Plans.withComuni(
                "070006",
                Comune.of("070006", "Campobasso", 48747),
                Comune.of("070999", "Nessuno", 1000)),
            "NAT-TERR-001",
            "/ambito/comuni/1/istat"),
        new Case(
            "a comune of another region",
            Plans.withComuni(
                "070006",
                Comune.of("070006", "Campobasso", 48747),
                Comune.of("075016", "Casarano", 20630)),
            "NAT-TERR-002",
            "/ambito/comuni/1/istat"),
        new Case(
            "a comune's name that is not ISTAT's",
            Plans.withComuni(
                "070006",
                Comune.of("070006", "Campobasso", 48747),
                Comune.of("070078", "Termini", 32793)),
            "NAT-TERR-003",
            "/ambito/comuni/1/name"),
        new Case(
            "a lead outside the comuni",
            Plans.withComuni(
                "094023",
                Comune.of("070006", "Campobasso", 48747),
                Comune.of("070078", "Termoli", 32793)),
            "NAT-TERR-004",
            "/ambito/lead"),
        new Case(
            "a comune listed twice",
            Plans.withComuni(
                "070006",
                Comune.of("070006", "Campobasso", 48747),
                Comune.of("070078", "Termoli", 32793),
                Comune.of("070006", "Campobasso", 48747)),
            "NAT-TERR-005",
            "/ambito/comuni/2/istat"),
        new Case(
            "comuni with no residents",
            Plans.withComuni("070006", Comune.of("070006", "Campobasso", 0)),
            "NAT-TERR-007",
            "/ambito/comuni"),
        new Case(
            "allocations over the declared funding",
            withFunding(lowFnps2022),
            "NAT-FUND-001",
            "/funding/0/amount"),
        new Case(
            "an allocation from an undeclared source",
            withExtraIntervention(
                Intervention.builder("I4", "Altro", "T1")
                    .allocation("fna", 2023, Euro.ofEuros(5))
                    .build()),
            "NAT-FUND-002",
            "/interventions/3/allocations/0/source"),
        new Case(
            "an allocation outside the period",
            withExtraIntervention(
                Intervention.builder("I4", "Altro", "T1")
                    .allocation("fnps", 2023, Euro.ZERO)
                    .allocation("fnps", 2021, Euro.ZERO)
                    .build()),
            "NAT-FUND-003",
            "/interventions/3/allocations/1/year"),
        new Case(
            "funding outside the period",
            withFunding(fundingWithOutsideYear),
            "NAT-FUND-004",
            "/funding/6/year"),
        new Case(
            "the same source and year declared twice",
            withFunding(fundingPlusExtra),
            "NAT-FUND-005",
            "/funding/6"),
        new Case(
            "an unknown funding source",
            withExtraIntervention(
                    Intervention.builder("I4", "Altro", "T1")
                        .allocation("fondo-inventato", 2022, Euro.ofEuros(1))
                        .build())
                .toBuilder()
                .withFunding(fundingWithUnknownSource)
                .build(),
            "NAT-FUND-006",
            "/funding/6/source"),
        new Case(
            "two interventions with one id",
            withInterventions(duplicated),
            "NAT-INT-001",
            "/interventions/2/id"),
        new Case(
            "an area the framework lacks",
            withExtraIntervention(Intervention.builder("I4", "Altro", "T9").build()),
            "NAT-INT-002",
            "/interventions/3/area"),
        new Case(
            "an objective the complete catalogue lacks",
            withExtraIntervention(
                Intervention.builder("I4", "Altro", "T1").objective("T1-OB9").build()),
            "NAT-INT-003",
            "/interventions/3/objectives/0"),
        new Case(
            "an objective of another area",
            withExtraIntervention(
                Intervention.builder("I4", "Altro", "T3").objective("T1-OB1").build()),
            "NAT-INT-005",
            "/interventions/3/objectives/0"),
        new Case(
            "an unknown LEPS",
            withExtraIntervention(
                Intervention.builder("I4", "Altro", "T1").leps("leps-inventato").build()),
            "NAT-INT-006",
            "/interventions/3/leps/0"),
        new Case(
            "social workers below the LEPS",
            withStaffing("10.5"),
            "NAT-LEPS-001",
            "/staffing/socialWorkers"),
        new Case(
            "social workers between LEPS and target",
            withStaffing("21"),
            "NAT-LEPS-002",
            "/staffing/socialWorkers"),
        new Case(
            "a named framework that does not cover the period",
            Plans.valid()
                .period(2022, 2025)
                .framework(TestFrameworks.MOLISE_ID)
                .funding("comuni", 2025, Euro.ofEuros(1))
                .intervention(
                    Intervention.builder("I4", "Altro", "T1")
                        .allocation("comuni", 2025, Euro.ofEuros(1))
                        .build())
                .build(),
            "NAT-PER-001",
            "/period"),
        new Case(
            "a section marked illustrative",
            withContent("monitoring", "Illustrativo: le fonti non descrivono il monitoraggio."),
            "NAT-CNT-011",
            "/contents/monitoring"),
        new Case(
            "a section too short to describe anything",
            withContent("thirdSector", "n.d."),
            "NAT-CNT-011",
            "/contents/thirdSector"),
        new Case(
            "declared funding the interventions do not programme",
            withFunding(moreComuni2024),
            "NAT-FUND-007",
            "/funding/5"),
        new Case("a year with no funding declared", without2023(), "NAT-FUND-008", "/funding"),
        new Case(
            "a year whose only declaration is zero euro", zeroIn2023(), "NAT-FUND-008", "/funding"),
        new Case(
            "a small unprogrammed margin",
            withFunding(slightlyMoreComuni2024),
            "NAT-FUND-009",
            "/funding"),
        new Case(
            "a mistyped participation kind",
            withGovernance(
                new Governance(
                    List.of(),
                    List.of(
                        ParticipationEvent.of(
                            PartialDate.parse("2022-05"), "public-notise", "x")))),
            "NAT-VOC-001",
            "/governance/participation/0/kind"),
        new Case(
            "a mistyped approving body",
            withGovernance(
                new Governance(
                    List.of(ApprovalAct.of("consiglio-comunal", PartialDate.parse("2022-07"), "1")),
                    List.of())),
            "NAT-VOC-002",
            "/governance/approvals/0/body"),
        new Case(
            "a mistyped governance body",
            withGovernance(
                new Governance(
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(GovernanceBody.of("ufficio-di-pian")))),
            "NAT-VOC-003",
            "/governance/bodies/0/kind"),
        new Case(
            "a mistyped agreement kind",
            withGovernance(
                new Governance(
                    List.of(),
                    List.of(),
                    List.of(Agreement.of("accordo-di-programa", PartialDate.parse("2022-07"))),
                    List.of())),
            "NAT-VOC-004",
            "/governance/agreements/0/kind"),
        new Case(
            "a mistyped contents key",
            withContent("monitorng", "Capitolo sul monitoraggio"),
            "NAT-VOC-005",
            "/contents/monitorng"));
  }

  static Plan withContent(String key, String text) {
    Plan p = Plans.validPlan();
    Map<String, String> contents = new LinkedHashMap<>(p.contents());
    contents.put(key, text);
    return p.toBuilder().withContents(contents).build();
  }

  static Plan withGovernance(Governance governance) {
    return Plans.validPlan().toBuilder().governance(governance).build();
  }

  /** The valid plan without the money of 2023, declared or allocated. */
  static Plan without2023() {
    Plan p = Plans.validPlan();
    List<Intervention> interventions =
        p.interventions().stream()
            .map(
                i ->
                    i.toBuilder()
                        .withAllocations(
                            i.allocations().stream().filter(a -> a.year() != 2023).toList())
                        .build())
            .toList();
    return p.toBuilder()
        .withInterventions(interventions)
        .withFunding(p.funding().stream().filter(f -> f.year() != 2023).toList())
        .build();
  }

  /** 2023 is declared, but at zero euro: still a year without money. */
  static Plan zeroIn2023() {
    Plan p = without2023();
    List<Funding> funding = new ArrayList<>(p.funding());
    funding.add(Funding.of("fnps", 2023, Euro.ZERO));
    return p.toBuilder().withFunding(funding).build();
  }

  @Test
  void aMistypedCodeIsReportedWithTheClosestKnownOne() {
    Plan plan =
        withGovernance(
            new Governance(
                List.of(ApprovalAct.of("consiglio-comunal", PartialDate.parse("2022-07"), "1")),
                List.of(
                    ParticipationEvent.of(PartialDate.parse("2022-05"), "public-notise", "x"))));
    List<Finding> findings = validate(plan).findings();
    assertEquals(2, findings.size(), findings::toString);
    assertEquals(
        "The body \"consiglio-comunal\" approving the act is not in the plans' vocabulary, which is"
            + " national and applies to framework molise-test-2022-2024 too: the rules that look for"
            + " the approval do not see it. Did you mean"
            + " \"consiglio-comunale\"?",
        findings.get(0).message(Language.EN));
    assertTrue(
        findings.get(1).message(Language.IT).endsWith("Forse si intendeva «public-notice»?"),
        findings.get(1).message(Language.IT));
  }

  @Test
  void anUnknownLepsOrSourceIsSuggestedItsClosestKnownId() {
    Plan plan =
        withExtraIntervention(Intervention.builder("I4", "Altro", "T1").leps("pipi").build());
    String message = validate(plan).findings().get(0).message(Language.IT);
    assertTrue(message.endsWith("Forse si intendeva «pippi»?"), message);
    Plan far = withExtraIntervention(Intervention.builder("I4", "Altro", "T1").leps("xyz").build());
    String none = validate(far).findings().get(0).message(Language.EN);
    assertTrue(none.endsWith("national essential levels."), none);
  }

  @Test
  void aSmallMarginIsNotedWithItsTotalAndTheShare() {
    Finding f = validate(withFunding(slightlyMoreComuni2024)).findings().get(0);
    assertEquals(
        "One funding declaration leaves EUR 5,000.00 unprogrammed in all, each no more than 5.0% of"
            + " what it declares: a margin the plan may keep.",
        f.message(Language.EN));
  }

  @Test
  void unprogrammedMoneyIsStatedInTheReadersFormat() {
    Finding f = validate(withFunding(moreComuni2024)).findings().get(0);
    assertTrue(
        f.message(Language.IT).contains("20.000,00 non programmati"), f.message(Language.IT));
    assertEquals(it.pianozona.core.validation.Severity.WARNING, f.severity());
  }

  @Test
  void aPlaceholderSectionIsDeclaredForTheRulesButNotCountedInTheScore() {
    Plan plan = withContent("monitoring", "Illustrativo: le fonti non descrivono il monitoraggio.");
    var criterion = PZ.evaluate(plan).score().criterion("contents-completeness").orElseThrow();
    assertEquals(
        "9 of 10 required contents are present.", criterion.evidence().get(0).render(Language.EN));
    assertTrue(
        criterion.evidence().get(1).render(Language.EN).contains("(monitoring)"),
        criterion.evidence().toString());
    List<String> codes = validate(plan).findings().stream().map(Finding::code).toList();
    assertEquals(List.of("NAT-CNT-011"), codes);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachNationalRuleFiresOnAPlanBuiltToBreakItAtTheRightPointer(Case c) {
    ValidationReport report = validate(c.plan());
    List<Finding> findings = report.findings();
    assertEquals(1, findings.size(), () -> "expected exactly one finding, got " + findings);
    Finding f = findings.get(0);
    assertEquals(c.code(), f.code());
    assertEquals(c.pointer(), f.pointer().toString());
    for (Language language : Language.values()) {
      String message = f.message(language);
      assertTrue(
          !message.contains("{") && !message.startsWith(c.code()),
          () -> "message not rendered: " + message);
    }
  }

  @Test
  void everyNationalRuleIsCoveredByACase() {
    List<String> covered = cases().map(Case::code).toList();
    List<String> uncovered =
        NationalRules.all().stream()
            .map(Rule::descriptor)
            .map(d -> d.code())
            .filter(code -> !covered.contains(code))
            .toList();
    // No comuni, and the two rules of incomplete catalogues, need their own setups below.
    assertEquals(List.of("NAT-TERR-006", "NAT-INT-004", "NAT-INT-007"), uncovered);
  }

  /**
   * A source nobody knows, allocated but never declared, in two years: one NAT-FUND-006 finding, at
   * its first allocation, whatever the order of the years.
   */
  @Test
  void anUnknownAllocatedSourceIsReportedOnceAtItsFirstAllocation() {
    Plan plan =
        withExtraIntervention(
            Intervention.builder("I4", "Altro", "T1")
                .allocation("fnps", 2023, Euro.ZERO)
                .allocation("fondo-ignoto", 2024, Euro.ofEuros(5))
                .allocation("fondo-ignoto", 2023, Euro.ofEuros(5))
                .build());
    List<Finding> unknown =
        validate(plan).findings().stream().filter(f -> f.code().equals("NAT-FUND-006")).toList();
    assertEquals(1, unknown.size(), unknown::toString);
    assertEquals("/interventions/3/allocations/1/source", unknown.get(0).pointer().toString());
  }

  /** Every allocation outside the period is its own finding, not only the first of its year. */
  @Test
  void everyAllocationOutsideThePeriodIsReported() {
    Plan plan =
        withExtraIntervention(
            Intervention.builder("I4", "Altro", "T1")
                .allocation("fnps", 2021, Euro.ZERO)
                .allocation("fnps", 2023, Euro.ZERO)
                .allocation("fna", 2021, Euro.ZERO)
                .build());
    List<String> pointers =
        validate(plan).findings().stream()
            .filter(f -> f.code().equals("NAT-FUND-003"))
            .map(f -> f.pointer().toString())
            .toList();
    assertEquals(
        List.of("/interventions/3/allocations/0/year", "/interventions/3/allocations/2/year"),
        pointers);
  }

  @Test
  void comuniWithNoResidentsAreNamedAsTheCauseNotTheStatedSocialWorkers() {
    Plan plan = Plans.withComuni("070006", Comune.of("070006", "Campobasso", 0));
    var criterion =
        PZ.evaluate(plan).score().criteria().stream()
            .filter(c -> c.id().equals("social-work-leps"))
            .findFirst()
            .orElseThrow();
    String evidence = criterion.evidence().get(0).render(Language.EN);
    assertTrue(evidence.contains("states 40 full-time social workers"), evidence);
    assertTrue(evidence.contains("0 residents"), evidence);
    assertTrue(!evidence.contains("does not state its social workers"), evidence);
  }

  @Test
  void anAmbitoWithoutComuniIsReportedOnceAndItsLeadWithIt() {
    Plan plan = Plans.withComuni("070006");
    List<String> codes = validate(plan).findings().stream().map(Finding::code).toList();
    assertTrue(codes.contains("NAT-TERR-006"), codes::toString);
    assertTrue(codes.contains("NAT-TERR-004"), codes::toString);
  }

  @Test
  void anObjectiveThatAnIncompleteCatalogueCannotCheckIsOnlyNoted() {
    var c = TestFrameworks.catalogue();
    var incomplete =
        new it.pianozona.core.framework.Catalogue(
            c.origin(),
            c.reference(),
            c.status(),
            c.areas(),
            true,
            c.objectives(),
            java.util.OptionalInt.of(10),
            java.util.Optional.of(
                it.pianozona.core.text.Text.of("otto non sono citati", "eight are not cited")),
            c.fundingSources(),
            c.fundAreas());
    var framework = TestFrameworks.molise().withCatalogue(incomplete);
    Plan plan =
        withExtraIntervention(
            Intervention.builder("I4", "Altro", "T1").objective("T1-OB9").build());
    List<Finding> findings = PZ.evaluate(plan, framework).report().findings();
    assertEquals(1, findings.size(), findings::toString);
    assertEquals("NAT-INT-004", findings.get(0).code());
    assertEquals("/interventions/3/objectives/0", findings.get(0).pointer().toString());
  }

  /** The test catalogue, unverified: its reference says what to verify. */
  static it.pianozona.core.framework.Catalogue unverified() {
    var c = TestFrameworks.catalogue();
    var reference =
        it.pianozona.core.validation.LegalBasis.unverified(
            "Atto di prova",
            "aree",
            null,
            it.pianozona.core.text.Text.of(
                "Le aree sono da verificare sull'atto.", "The areas are to be verified."));
    var b =
        it.pianozona.core.framework.Catalogue.builder(c.origin(), reference)
            .status(it.pianozona.core.framework.CatalogueStatus.UNVERIFIED);
    c.areas().forEach(b::area);
    c.objectives().forEach(b::objective);
    c.fundingSources().forEach(b::fundingSource);
    return b.objectivesExpected(c.objectivesExpected().getAsInt()).build();
  }

  @Test
  void underAnUnverifiedCatalogueAnUnknownAreaIsOnlyNotedWithTheCatalogueCaveat() {
    var framework = TestFrameworks.molise().withCatalogue(unverified());
    Plan plan =
        withExtraIntervention(
            Intervention.builder("I4", "Altro", "T9").objective("T1-OB9").build());
    List<Finding> findings = PZ.evaluate(plan, framework).report().findings();
    assertEquals(
        List.of("NAT-INT-002", "NAT-INT-003"),
        findings.stream().map(Finding::code).sorted().toList(),
        findings::toString);
    for (Finding f : findings) {
      assertEquals(Severity.INFO, f.severity(), f::toString);
      assertTrue(
          f.message(Language.IT)
              .endsWith("Da verificare sull'atto: Le aree sono da verificare" + " sull'atto."),
          f.message(Language.IT));
      assertTrue(f.message(Language.EN).contains("catalogue is unverified"), f::toString);
    }
    Finding area = findings.stream().filter(f -> f.code().equals("NAT-INT-002")).findFirst().get();
    assertEquals("/interventions/3/area", area.pointer().toString());
    assertTrue(
        area.message(Language.EN).startsWith("Area \"T9\" of intervention I4"), area::toString);
    var rule =
        Engine.rulesFor(framework).stream()
            .filter(r -> r.descriptor().code().equals("NAT-INT-002"))
            .findFirst()
            .get();
    assertEquals(Severity.ERROR, rule.descriptor().severity(), "the rule keeps its own severity");
    assertEquals(Severity.INFO, framework.catalogue().severityOf(rule.descriptor()));
    assertEquals(
        Severity.ERROR, TestFrameworks.catalogue().severityOf(rule.descriptor()), "verified");
  }

  @Test
  void underAnUnverifiedCatalogueTheCriteriaOfItsListsAreNotApplicable() {
    var framework = TestFrameworks.molise().withCatalogue(unverified());
    var score = PZ.evaluate(Plans.validPlan(), framework).score();
    for (String id : List.of("area-coverage", "objective-coverage", "area-balance")) {
      var c = score.criteria().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
      assertFalse(c.applicable(), id);
      assertTrue(c.evidence().get(0).render(Language.EN).contains("supplied with --catalogue"), id);
    }
  }

  @Test
  void anAreaThatACatalogueWithIncompleteAreasCannotCheckIsOnlyNoted() {
    var c = TestFrameworks.catalogue();
    var incomplete =
        new it.pianozona.core.framework.Catalogue(
            c.origin(),
            c.reference(),
            c.status(),
            c.areas(),
            false,
            c.objectives(),
            c.objectivesExpected(),
            c.missing(),
            c.fundingSources(),
            c.fundAreas());
    var framework = TestFrameworks.molise().withCatalogue(incomplete);
    Plan plan = withExtraIntervention(Intervention.builder("I4", "Altro", "T9").build());
    List<Finding> findings = PZ.evaluate(plan, framework).report().findings();
    assertEquals(List.of("NAT-INT-007"), findings.stream().map(Finding::code).toList());
    assertEquals("/interventions/3/area", findings.get(0).pointer().toString());
  }

  @Test
  void theSocialWorkerLepsDoesNotApplyToPlansBeforeItExisted() {
    Plan plan = Plans.valid().period(2018, 2020).staffing(Staffing.ofSocialWorkers("1")).build();
    var framework = TestFrameworks.molise();
    List<String> codes =
        PZ.evaluate(plan, framework).report().findings().stream()
            .map(Finding::code)
            .filter(c -> c.startsWith("NAT-LEPS"))
            .toList();
    assertEquals(List.of(), codes);
  }

  @Test
  void theLepsMessageStatesTheFiguresAPlannerNeeds() {
    Finding f = validate(withStaffing("10.5")).findings().get(0);
    assertEquals(
        "With 10.5 full-time social workers for 103,565 residents the ambito has one"
            + " per 9,863: the LEPS (1 per 5,000) needs at least 20.72.",
        f.message(Language.EN));
    assertTrue(f.message(Language.IT).contains("103.565 abitanti"), f.message(Language.IT));
  }
}
