package it.pianozona.rules.puglia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.model.Agreement;
import it.pianozona.core.model.ApprovalAct;
import it.pianozona.core.model.Euro;
import it.pianozona.core.model.Governance;
import it.pianozona.core.model.Intervention;
import it.pianozona.core.model.PartialDate;
import it.pianozona.core.model.Plan;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each Puglia rule on a complete V plan broken in exactly one way. */
class PugliaRulesTest {

  static final PianoZona PZ = PianoZona.create();

  record Case(String name, Plan plan, String code, String pointer) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Plan.Builder base() {
    return PugliaPlans.allAreas().toBuilder();
  }

  static Plan withGovernance(Governance g) {
    return base().governance(g).build();
  }

  static Plan withoutContent(String key) {
    Plan p = PugliaPlans.allAreas();
    Map<String, String> contents = new LinkedHashMap<>(p.contents());
    contents.remove(key);
    return new Plan(p.schemaVersion(), p.id(), p.title(), p.ambito(), p.period(), p.framework(),
        contents, p.funding(), p.staffing(), p.interventions(), p.governance(), p.sources(),
        p.notes());
  }

  static Stream<Case> cases() {
    Governance g = PugliaPlans.governance();
    List<Intervention> noPua = PugliaPlans.v("A2", "A3", "A4", "A5", "A6", "A7").build()
        .interventions();
    List<Intervention> withoutPua = new ArrayList<>(noPua);
    withoutPua.add(0, Intervention.builder("I-A1", "Sportello", "A1")
        .allocation("fnps", 2022, Euro.ofEuros(10_000)).build());
    Plan lowCofinancing = base().build();
    lowCofinancing = new Plan(lowCofinancing.schemaVersion(), lowCofinancing.id(),
        lowCofinancing.title(), lowCofinancing.ambito(), lowCofinancing.period(),
        lowCofinancing.framework(), lowCofinancing.contents(),
        List.of(it.pianozona.core.model.Funding.of("fnps", 2022, Euro.ofEuros(900_000)),
            it.pianozona.core.model.Funding.of("comuni", 2022, Euro.ofEuros(100_000))),
        lowCofinancing.staffing(), lowCofinancing.interventions(), lowCofinancing.governance(),
        lowCofinancing.sources(), lowCofinancing.notes());
    Plan fnaInA2 = base().funding("fna", 2022, Euro.ofEuros(20_000))
        .funding("comuni", 2023, Euro.ofEuros(10_000))
        .intervention(Intervention.builder("I-A2-bis", "Educativa", "A2")
            .allocation("fna", 2022, Euro.ofEuros(20_000)).build())
        .build();
    return Stream.of(
        new Case("an empty strategic area", PugliaPlans.v("A1", "A2", "A3", "A4", "A5", "A6")
            .build(), "PUG-V-AREA-001", "/interventions"),
        new Case("a two-year period", base().period(2022, 2023).build(), "PUG-V-PER-001",
            "/period"),
        new Case("no needs analysis", withoutContent("needsAnalysis"), "PUG-V-CNT-001",
            "/contents/needsAnalysis"),
        new Case("no socio-health cost split", withoutContent("costSharing"), "PUG-V-CNT-002",
            "/contents/costSharing"),
        new Case("no PUA", new Plan(1, "puglia-test", "Piano", PugliaPlans.casarano(),
                it.pianozona.core.model.Period.of(2022, 2024), java.util.Optional.empty(),
                PugliaPlans.allAreas().contents(), PugliaPlans.allAreas().funding(),
                PugliaPlans.allAreas().staffing(), withoutPua, g, List.of(),
                java.util.Optional.empty()), "PUG-V-ACC-001", "/interventions"),
        new Case("no participation", withGovernance(new Governance(g.approvals(), List.of(),
            g.agreements(), g.bodies())), "PUG-V-GOV-001", "/governance/participation"),
        new Case("no approval by the political body", withGovernance(new Governance(
            List.of(g.approvals().get(1)), g.participation(), g.agreements(), g.bodies())),
            "PUG-V-GOV-002", "/governance/approvals"),
        new Case("an agreement without the ASL and no Conferenza", withGovernance(
            new Governance(List.of(g.approvals().get(0)), g.participation(),
                List.of(Agreement.of("accordo-di-programma", null, "comuni")), g.bodies())),
            "PUG-V-GOV-003", "/governance/agreements"),
        new Case("no third sector", withGovernance(new Governance(g.approvals(), List.of(
            PugliaPlans.event("2022-07", "public-notice", "cittadini"),
            PugliaPlans.event("2022-09", "thematic-table"),
            PugliaPlans.event("2022-09-20", "union-meeting"),
            PugliaPlans.event("2022-10", "plenary")), g.agreements(), g.bodies())),
            "PUG-V-GOV-004", "/governance/participation"),
        new Case("no unions", withGovernance(new Governance(g.approvals(), List.of(
            PugliaPlans.event("2022-07", "public-notice", "terzo-settore"),
            PugliaPlans.event("2022-09", "thematic-table"),
            PugliaPlans.event("2022-10", "plenary")), g.agreements(), g.bodies())),
            "PUG-V-GOV-005", "/governance/participation"),
        new Case("concertation after the approval", withGovernance(new Governance(
            List.of(ApprovalAct.of("coordinamento-istituzionale", PartialDate.parse("2022-03-01"),
                "1"), ApprovalAct.of("conferenza-di-servizi", PartialDate.parse("2022-06-15"),
                null)), g.participation(), g.agreements(), g.bodies())),
            "PUG-V-GOV-006", "/governance/approvals/1/date"),
        new Case("no Ufficio di Piano", withGovernance(new Governance(g.approvals(),
            g.participation(), g.agreements(), List.of())), "PUG-V-GOV-007",
            "/governance/bodies"),
        new Case("municipal co-financing under the reference share", lowCofinancing,
            "PUG-V-FUND-001", "/funding"),
        new Case("the FNA financing an area it is not meant for", fnaInA2, "PUG-V-FUND-002",
            "/interventions/7/allocations/0/source"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachPugliaRuleFiresOnAPlanBuiltToBreakItAtTheRightPointer(Case c) {
    List<Finding> findings = PZ.evaluate(c.plan()).report().findings();
    assertEquals(1, findings.size(), () -> "expected exactly one finding, got " + findings);
    assertEquals(c.code(), findings.get(0).code());
    assertEquals(c.pointer(), findings.get(0).pointer().toString());
    for (Language l : Language.values()) {
      assertTrue(!findings.get(0).message(l).contains("{"), findings.get(0).message(l));
    }
  }

  @Test
  void everyVRuleIsCoveredByACase() {
    List<String> covered = cases().map(Case::code).toList();
    List<String> codes = PugliaFrameworksTest.v().rules().stream().map(Rule::descriptor)
        .map(d -> d.code()).toList();
    assertEquals(codes.stream().sorted().toList(), covered.stream().sorted().toList());
  }

  @Test
  void anIvPlanInAnAreaTheIncompleteCatalogueLacksIsOnlyNoted() {
    Plan plan = PugliaPlans.v("IV1", "IV2", "IV3", "IV4", "IV5", "IV6", "IV7").build()
        .toBuilder().period(2018, 2020).build();
    plan = new Plan(plan.schemaVersion(), plan.id(), plan.title(), plan.ambito(), plan.period(),
        plan.framework(), plan.contents(),
        List.of(it.pianozona.core.model.Funding.of("fnps", 2018, Euro.ofEuros(800_000)),
            it.pianozona.core.model.Funding.of("comuni", 2018, Euro.ofEuros(200_000))),
        plan.staffing(), plan.interventions().stream().map(i -> new Intervention(i.id(),
            i.title(), i.area(), i.objectives(), List.of("percorso-assistenziale-integrato"),
            List.of(), i.tags(), i.indicators(), i.description(), false)).toList(),
        plan.governance(), plan.sources(), plan.notes());
    List<Finding> findings = PZ.evaluate(plan).report().findings();
    assertEquals(List.of("NAT-INT-007"), findings.stream().map(Finding::code).toList(),
        findings::toString);
    assertEquals("/interventions/6/area", findings.get(0).pointer().toString());
  }
}
