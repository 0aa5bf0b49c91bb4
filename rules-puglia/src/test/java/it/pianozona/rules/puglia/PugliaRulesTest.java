package it.pianozona.rules.puglia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.model.Agreement;
import it.pianozona.core.model.ApprovalAct;
import it.pianozona.core.model.Euro;
import it.pianozona.core.model.Funding;
import it.pianozona.core.model.Governance;
import it.pianozona.core.model.Intervention;
import it.pianozona.core.model.PartialDate;
import it.pianozona.core.model.Plan;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.Finding;
import it.pianozona.core.validation.Severity;
import it.pianozona.rules.puglia.PugliaPlans.Cycle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each Puglia rule, in both cycles, on a complete plan broken in exactly one way. */
class PugliaRulesTest {

  static final PianoZona PZ = PianoZona.create();

  record Case(Cycle cycle, String name, Plan plan, String code, String pointer) {
    @Override
    public String toString() {
      return cycle + ": " + name;
    }
  }

  static Plan withGovernance(Cycle c, Governance g) {
    return PugliaPlans.allAreas(c).toBuilder().governance(g).build();
  }

  static Plan withoutContent(Cycle c, String key) {
    Plan p = PugliaPlans.allAreas(c);
    Map<String, String> contents = new LinkedHashMap<>(p.contents());
    contents.remove(key);
    return p.toBuilder().withContents(contents).build();
  }

  /** FNA of 20.000 in the year, with 5.000 more of the comuni so that their share stays 20%. */
  static List<Funding> withFna(List<Funding> funding, int year) {
    List<Funding> out = new ArrayList<>();
    for (Funding f : funding) {
      boolean comuni = f.source().id().equals("comuni") && f.year() == year;
      out.add(comuni ? Funding.of("comuni", year, f.amount().plus(Euro.ofEuros(5_000))) : f);
    }
    out.add(Funding.of("fna", year, Euro.ofEuros(20_000)));
    return out;
  }

  static Stream<Case> cases(Cycle c) {
    Plan base = PugliaPlans.allAreas(c);
    Governance g = PugliaPlans.governance(c);
    int y = c.from();
    List<Intervention> withoutPua = new ArrayList<>(base.interventions());
    withoutPua.set(
        0,
        Intervention.builder(withoutPua.get(0).id(), "Sportello", withoutPua.get(0).area())
            .withAllocations(withoutPua.get(0).allocations())
            .build());
    Plan lowCofinancing = PugliaPlans.plan(c, c.areas(), 1_000).build();
    String notForFna = c.areas().get(1);
    Plan fnaElsewhere =
        base.toBuilder()
            .withFunding(withFna(base.funding(), y))
            .intervention(
                Intervention.builder("I-bis", "Educativa", notForFna)
                    .allocation("fna", y, Euro.ofEuros(20_000))
                    .allocation("comuni", y, Euro.ofEuros(5_000))
                    .build())
            .build();
    List<String> lessAreas = c.areas().subList(0, c.areas().size() - 1);
    return Stream.of(
        new Case(
            c,
            "an empty strategic area",
            PugliaPlans.plan(c, lessAreas).build(),
            c.code("AREA-001"),
            "/interventions"),
        new Case(
            c,
            "a two-year period",
            PugliaPlans.shortened(base, y + 1),
            c.code("PER-001"),
            "/period"),
        new Case(
            c,
            "no needs analysis",
            withoutContent(c, "needsAnalysis"),
            c.code("CNT-001"),
            "/contents/needsAnalysis"),
        new Case(
            c,
            "no socio-health cost split",
            withoutContent(c, "costSharing"),
            c.code("CNT-002"),
            "/contents/costSharing"),
        new Case(
            c,
            "no PUA",
            base.toBuilder().withInterventions(withoutPua).governance(g).build(),
            c.code("ACC-001"),
            "/interventions"),
        new Case(
            c,
            "no participation",
            withGovernance(c, new Governance(g.approvals(), List.of(), g.agreements(), g.bodies())),
            c.code("GOV-001"),
            "/governance/participation"),
        new Case(
            c,
            "no approval by the political body",
            withGovernance(
                c,
                new Governance(
                    List.of(g.approvals().get(1)), g.participation(), g.agreements(), g.bodies())),
            c.code("GOV-002"),
            "/governance/approvals"),
        new Case(
            c,
            "an agreement without the ASL and no Conferenza",
            withGovernance(
                c,
                new Governance(
                    List.of(g.approvals().get(0)),
                    g.participation(),
                    List.of(Agreement.of("accordo-di-programma", null, "comuni")),
                    g.bodies())),
            c.code("GOV-003"),
            "/governance/agreements"),
        new Case(
            c,
            "no third sector",
            withGovernance(
                c,
                new Governance(
                    g.approvals(),
                    List.of(
                        PugliaPlans.event(c.date("2022-07"), "public-notice", "cittadini"),
                        PugliaPlans.event(c.date("2022-09-20"), "union-meeting"),
                        PugliaPlans.event(c.date("2022-10"), "plenary")),
                    g.agreements(),
                    g.bodies())),
            c.code("GOV-004"),
            "/governance/participation"),
        new Case(
            c,
            "no unions",
            withGovernance(
                c,
                new Governance(
                    g.approvals(),
                    List.of(
                        PugliaPlans.event(c.date("2022-07"), "public-notice", "terzo-settore"),
                        PugliaPlans.event(c.date("2022-10"), "plenary")),
                    g.agreements(),
                    g.bodies())),
            c.code("GOV-005"),
            "/governance/participation"),
        new Case(
            c,
            "concertation after the approval",
            withGovernance(
                c,
                new Governance(
                    List.of(
                        ApprovalAct.of(
                            "coordinamento-istituzionale",
                            PartialDate.parse(c.date("2022-03-01")),
                            "1"),
                        ApprovalAct.of(
                            "conferenza-di-servizi",
                            PartialDate.parse(c.date("2022-06-15")),
                            null)),
                    g.participation(),
                    g.agreements(),
                    g.bodies())),
            c.code("GOV-006"),
            "/governance/approvals/1/date"),
        new Case(
            c,
            "no Ufficio di Piano",
            withGovernance(
                c, new Governance(g.approvals(), g.participation(), g.agreements(), List.of())),
            c.code("GOV-007"),
            "/governance/bodies"),
        new Case(
            c,
            "municipal co-financing under the reference share",
            lowCofinancing,
            c.code("FUND-001"),
            "/funding"),
        new Case(
            c,
            "the FNA financing an area it is not meant for",
            fnaElsewhere,
            c.code("FUND-002"),
            "/interventions/" + c.areas().size() + "/allocations/0/source"));
  }

  static Stream<Case> cases() {
    return Stream.concat(cases(Cycle.V), cases(Cycle.IV));
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
  void theCompleteBasePlanOfEachCycleHasNoFindings() {
    assertEquals(List.of(), PZ.evaluate(PugliaPlans.allAreas(Cycle.IV)).report().findings());
    assertEquals(List.of(), PZ.evaluate(PugliaPlans.allAreas(Cycle.V)).report().findings());
  }

  @Test
  void everyRuleOfBothCyclesIsCoveredByACase() {
    List<String> covered = cases().map(Case::code).sorted().toList();
    List<String> codes =
        Stream.of(PugliaFrameworksTest.iv(), PugliaFrameworksTest.v())
            .flatMap(f -> f.rules().stream())
            .map(Rule::descriptor)
            .map(d -> d.code())
            .sorted()
            .toList();
    assertEquals(codes, covered);
  }

  @Test
  void theCofinancingFindingStatesTheBaseItDividesBy() {
    Plan plan =
        PugliaPlans.allAreas(Cycle.V).toBuilder()
            .withFunding(
                List.of(
                    Funding.of("fnps", 2022, Euro.ofEuros(900_000)),
                    Funding.of("comuni", 2022, Euro.ofEuros(100_000))))
            .build();
    // The base is every declared source (puglia-v-2022-2024.yaml, municipal-cofinancing-base).
    Finding f =
        PZ.evaluate(plan).report().findings().stream()
            .filter(x -> x.code().equals("PUG-V-FUND-001"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "Le risorse proprie dei Comuni (€ 100.000,00 su una base di € 1.000.000,00, tutte le"
            + " fonti dichiarate: fnps, comuni: 10,0%) sono sotto la quota di riferimento, pari a"
            + " 20,0% (L.R. Puglia 10 luglio 2006, n. 19; disposizioni finanziarie regionali del II"
            + " ciclo (2010-2012), cofinanziamento comunale minimo del 20%).",
        f.message(Language.IT));
    assertTrue(
        f.message(Language.EN).contains("of a base of EUR 1,000,000.00, every declared source:"),
        f.message(Language.EN));
  }

  @Test
  void anIvPlanInAnAreaTheFivePrioritiesDoNotHaveIsAnError() {
    List<String> areas = new ArrayList<>(Cycle.IV.areas());
    areas.add("IV6");
    Plan plan = PugliaPlans.plan(Cycle.IV, areas).build();
    List<Finding> findings = PZ.evaluate(plan).report().findings();
    assertEquals(
        List.of("NAT-INT-002"), findings.stream().map(Finding::code).toList(), findings::toString);
    assertEquals(Severity.ERROR, findings.get(0).severity());
    assertEquals("/interventions/5/area", findings.get(0).pointer().toString());
  }
}
