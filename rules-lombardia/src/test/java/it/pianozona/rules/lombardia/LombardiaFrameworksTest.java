package it.pianozona.rules.lombardia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Area;
import it.pianozona.core.framework.CatalogueStatus;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FrameworkRegistry;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.framework.WeightedCriterion;
import it.pianozona.core.model.Agreement;
import it.pianozona.core.model.ApprovalAct;
import it.pianozona.core.model.Governance;
import it.pianozona.core.model.PartialDate;
import it.pianozona.core.model.Plan;
import it.pianozona.core.scoring.CriterionScore;
import it.pianozona.core.text.Language;
import it.pianozona.core.text.Message;
import it.pianozona.core.validation.Finding;
import it.pianozona.core.validation.Severity;
import it.pianozona.tck.RegionArchitecture;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LombardiaFrameworksTest {

  static final FrameworkRegistry REGISTRY = FrameworkRegistry.discover();
  static final PianoZona PZ = PianoZona.builder().registry(REGISTRY).build();

  static Framework f2018() {
    return REGISTRY.byId(LombardiaFrameworks.Y2018_2020).orElseThrow();
  }

  static Framework f2021() {
    return REGISTRY.byId(LombardiaFrameworks.Y2021_2023).orElseThrow();
  }

  static List<Finding> findings(Plan plan) {
    return PZ.evaluate(plan).report().findings();
  }

  static Plan withGovernance(Plan plan, Governance governance) {
    return plan.toBuilder().governance(governance).build();
  }

  @Test
  void bothTrienniaAreDiscoveredEachWithItsOwnYears() {
    assertEquals(List.of(), REGISTRY.problems());
    assertEquals("2018-2020", f2018().validity().toString());
    assertEquals("2021-2023", f2021().validity().toString());
  }

  @Test
  void the2018CatalogueHasTheSixMacroAreasOfTheLeccoCommonArea() {
    List<Area> areas = f2018().catalogue().areas();
    assertEquals(6, areas.size());
    assertEquals("Azioni di sistema per contrastare le povertà", areas.get(0).title());
    assertEquals("Progettare comunità di relazioni", areas.get(5).title());
  }

  @Test
  void the2021CatalogueIsUnverifiedAndTheOthersAreVerified() {
    assertEquals(CatalogueStatus.UNVERIFIED, f2021().catalogue().status());
    assertEquals(CatalogueStatus.VERIFIED, f2018().catalogue().status());
    assertTrue(
        f2021()
            .catalogue()
            .reference()
            .caveat()
            .orElseThrow()
            .render(Language.EN)
            .contains("ten policy macro-areas are to be verified"));
  }

  @Test
  void anAreaOutsideThe2021ListIsOnlyNotedUnderTheUnverifiedCatalogue() {
    List<String> areas = new ArrayList<>(LombardiaPlans.POLICY_AREAS);
    areas.add("AP11");
    Plan plan = LombardiaPlans.plan(2021, areas, List.of()).build();
    Evaluation e = PZ.evaluate(plan);
    List<Finding> area = e.report().withCode("NAT-INT-002");
    assertEquals(1, area.size(), e.report().findings()::toString);
    assertEquals(Severity.INFO, area.get(0).severity());
    assertEquals("/interventions/10/area", area.get(0).pointer().toString());
    assertTrue(
        area.get(0)
            .message(Language.IT)
            .contains("Il catalogo del quadro regionale non è verificato"),
        area.get(0).message(Language.IT));
    assertTrue(
        area.get(0).message(Language.EN).contains("ten policy macro-areas are to be verified"),
        area.get(0).message(Language.EN));
    assertFalse(e.report().hasErrors(), e.report().findings()::toString);
    CriterionScore coverage = e.score().criterion("area-coverage").orElseThrow();
    assertFalse(coverage.applicable());
    assertTrue(
        coverage.evidence().get(0).render(Language.EN).contains("supplied with --catalogue"));
  }

  @Test
  void aVerifiedCatalogueSuppliedByAnOfficerRestoresTheError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("linee-2021-2023.yaml");
    Files.writeString(
        file,
        """
        formatVersion: 1
        framework: lombardia-2021-2023
        catalogue:
          reference: {act: "DGR Regione Lombardia XI/4563/2021, allegato"}
          status: verified
          areas:
            - {code: AP01, title: "Contrasto alla povertà", source: {act: "Allegato"}}
            - {code: AP02, title: "Politiche abitative", source: {act: "Allegato"}}
        """);
    PianoZona officer = PianoZona.builder().registry(REGISTRY).catalogue(file).build();
    Plan plan = LombardiaPlans.plan(2021, List.of("AP01", "AP02", "AP11"), List.of()).build();
    Evaluation e = officer.evaluate(plan);
    List<Finding> area = e.report().withCode("NAT-INT-002");
    assertEquals(Severity.ERROR, area.get(0).severity());
    assertEquals("/interventions/2/area", area.get(0).pointer().toString());
    assertTrue(e.score().criterion("area-coverage").orElseThrow().applicable());
  }

  @Test
  void the2021PolicyAreasAreFlaggedAsToBeVerified() {
    Framework f = f2021();
    assertTrue(
        f.catalogue().areas().stream()
            .allMatch(
                a ->
                    a.source()
                            .caveat()
                            .orElseThrow()
                            .render(Language.IT)
                            .startsWith("Titolo da verificare")
                        && a.source()
                            .caveat()
                            .orElseThrow()
                            .render(Language.EN)
                            .startsWith("Title to be verified")));
    assertTrue(f.adoptedBy().caveat().isPresent(), "the DGR number is to be verified");
  }

  @Test
  void aPlanFor2018To2020IsCheckedUnderThe2018FrameworkAndOneFor2021UnderItsOwn() {
    assertEquals(
        LombardiaFrameworks.Y2018_2020, PZ.evaluate(LombardiaPlans.of2018()).framework().id());
    assertEquals(
        LombardiaFrameworks.Y2021_2023, PZ.evaluate(LombardiaPlans.of2021()).framework().id());
  }

  @Test
  void completePlansOfBothTrienniaHaveNoFindings() {
    assertEquals(List.of(), findings(LombardiaPlans.of2018()));
    assertEquals(List.of(), findings(LombardiaPlans.of2021()));
  }

  @Test
  void aPlanNotApprovedByTheAssemblyOfMayorsIsAnErrorNamingTheBodiesThatDid() {
    Plan plan =
        withGovernance(
            LombardiaPlans.of2018(),
            new Governance(
                List.of(ApprovalAct.of("consiglio-comunale", PartialDate.parse("2018-07"), null)),
                LombardiaPlans.governance().participation(),
                LombardiaPlans.governance().agreements(),
                List.of()));
    List<Finding> found = findings(plan);
    assertEquals(List.of("LOM-1820-GOV-001"), found.stream().map(Finding::code).toList());
    assertEquals(Severity.ERROR, found.get(0).severity());
    assertEquals("/governance/approvals", found.get(0).pointer().toString());
    assertEquals(
        "The plan records no approval by the district Assemblea dei Sindaci (body"
            + " 'assemblea-dei-sindaci'), which l.r. 3/2008 art. 18 c. 4 requires; approvals"
            + " recorded: consiglio-comunale.",
        found.get(0).message(Language.EN));
  }

  @Test
  void the2021TrienniumReportsUnderItsOwnCodes() {
    Plan plan =
        withGovernance(
            LombardiaPlans.of2021(),
            new Governance(
                List.of(),
                LombardiaPlans.governance().participation(),
                LombardiaPlans.governance().agreements(),
                List.of()));
    assertEquals(List.of("LOM-2123-GOV-001"), findings(plan).stream().map(Finding::code).toList());
  }

  @Test
  void aPlanFor2021BreakingEveryArticle18RuleGetsEachFindingUnderThe2021CodeAtItsPointer() {
    Plan full =
        LombardiaPlans.shortened(
            LombardiaPlans.plan(2021, LombardiaPlans.POLICY_AREAS, List.of()).build(), 2022);
    Plan.Builder b =
        Plan.builder()
            .id(full.id())
            .title(full.title())
            .ambito(full.ambito())
            .period(2021, 2022)
            .staffing(full.staffing().orElseThrow())
            .governance(
                new Governance(
                    List.of(),
                    List.of(),
                    List.of(Agreement.of("accordo-di-programma", null, "comuni")),
                    List.of()));
    full.funding().forEach(b::funding);
    full.interventions().forEach(b::intervention);
    full.contents()
        .forEach(
            (k, v) -> {
              if (!k.equals("access") && !k.equals("socialSecretariat")) {
                b.content(k, v);
              }
            });
    Map<String, String> found = new TreeMap<>();
    findings(b.build()).forEach(f -> found.put(f.code(), f.pointer().toString()));
    assertEquals(
        Map.of(
            "LOM-2123-GOV-001", "/governance/approvals",
            "LOM-2123-GOV-003", "/governance/agreements/0/parties",
            "LOM-2123-GOV-004", "/governance/participation",
            "LOM-2123-CNT-001", "/contents/access",
            "LOM-2123-CNT-002", "/contents/socialSecretariat",
            "LOM-2123-CNT-003", "/contents/educationIntegration",
            "LOM-2123-CNT-004", "/contents/labourIntegration",
            "LOM-2123-CNT-005", "/contents/housingIntegration",
            "LOM-2123-PER-001", "/period"),
        found);
    Plan noAccordo =
        LombardiaPlans.of2021().toBuilder()
            .governance(
                new Governance(
                    LombardiaPlans.governance().approvals(),
                        LombardiaPlans.governance().participation(),
                    List.of(), List.of()))
            .build();
    assertEquals(
        List.of("LOM-2123-GOV-002"), findings(noAccordo).stream().map(Finding::code).toList());
    assertEquals("/governance/agreements", findings(noAccordo).get(0).pointer().toString());
  }

  @Test
  void aPlanWithoutAnAccordoDiProgrammaIsAnError() {
    Governance g = LombardiaPlans.governance();
    Plan plan =
        withGovernance(
            LombardiaPlans.of2018(),
            new Governance(
                g.approvals(),
                g.participation(),
                List.of(Agreement.of("convenzione", null, "comuni")),
                g.bodies()));
    List<Finding> found = findings(plan);
    assertEquals(List.of("LOM-1820-GOV-002"), found.stream().map(Finding::code).toList());
    assertEquals("/governance/agreements", found.get(0).pointer().toString());
  }

  @Test
  void anAccordoWithoutTheAsstIsAWarningAtItsPartiesWithTheCaveatOnTheAmendedWording() {
    Governance g = LombardiaPlans.governance();
    Plan plan =
        withGovernance(
            LombardiaPlans.of2018(),
            new Governance(
                g.approvals(),
                g.participation(),
                List.of(
                    Agreement.of("convenzione", null, "comuni"),
                    Agreement.of("accordo-di-programma", null, "comuni", "ats")),
                g.bodies()));
    List<Finding> found = findings(plan);
    assertEquals(List.of("LOM-1820-GOV-003"), found.stream().map(Finding::code).toList());
    Finding f = found.get(0);
    assertEquals(Severity.WARNING, f.severity());
    assertEquals("/governance/agreements/1/parties", f.pointer().toString());
    assertTrue(f.message(Language.EN).contains("does not list asst"), f.message(Language.EN));
    assertTrue(f.legalBasis().caveat().isPresent());
  }

  @Test
  void aPlanWhoseParticipationNeverNamesTheThirdSectorIsWarned() {
    Governance g = LombardiaPlans.governance();
    Plan plan =
        withGovernance(
            LombardiaPlans.of2018(),
            new Governance(g.approvals(), List.of(), g.agreements(), g.bodies()));
    List<Finding> found = findings(plan);
    assertEquals(List.of("LOM-1820-GOV-004"), found.stream().map(Finding::code).toList());
    assertEquals("/governance/participation", found.get(0).pointer().toString());
  }

  @Test
  void aThirdSectorThatAdheredToTheAccordoCountsAsTakingPart() {
    Governance g = LombardiaPlans.governance();
    Plan plan =
        withGovernance(
            LombardiaPlans.of2018(),
            new Governance(
                g.approvals(),
                List.of(),
                List.of(
                    Agreement.of(
                        "accordo-di-programma", null, "comuni", "ats", "asst", "terzo-settore")),
                g.bodies()));
    assertEquals(List.of(), findings(plan));
  }

  /** The 2018 plan without one contents section, rebuilt from scratch. */
  static Plan without(String contentsKey, List<List<String>> tags) {
    Plan full = LombardiaPlans.plan(2018, LombardiaPlans.MACRO_AREAS, tags).build();
    Plan.Builder b =
        Plan.builder()
            .id(full.id())
            .title(full.title())
            .ambito(full.ambito())
            .period(full.period())
            .staffing(full.staffing().orElseThrow())
            .governance(full.governance());
    full.funding().forEach(b::funding);
    full.interventions().forEach(b::intervention);
    full.contents()
        .forEach(
            (k, v) -> {
              if (!k.equals(contentsKey)) {
                b.content(k, v);
              }
            });
    return b.build();
  }

  @Test
  void aPlanThatDoesNotDefineAccessToTheNetworkIsAnError() {
    List<Finding> found = findings(without("access", LombardiaPlans.FULL_TAGS));
    assertEquals(List.of("LOM-1820-CNT-001"), found.stream().map(Finding::code).toList());
    assertEquals(Severity.ERROR, found.get(0).severity());
    assertEquals("/contents/access", found.get(0).pointer().toString());
  }

  @Test
  void theSegretariatoSocialeMayBeASectionOrATaggedIntervention() {
    List<Finding> found = findings(without("socialSecretariat", LombardiaPlans.FULL_TAGS));
    assertEquals(List.of("LOM-1820-CNT-002"), found.stream().map(Finding::code).toList());
    assertEquals("/contents/socialSecretariat", found.get(0).pointer().toString());

    List<List<String>> tags =
        List.of(
            List.of("lavoro", "casa"),
            List.of("integrazione-sociosanitaria"),
            List.of("sovrazonale"),
            List.of("prevenzione"),
            List.of("istruzione"),
            List.of("segretariato-sociale"));
    assertEquals(List.of(), findings(without("socialSecretariat", tags)));
  }

  @Test
  void eachMissingLinkWithEducationLabourOrHousingIsAWarningAtItsSection() {
    List<List<String>> none = List.of();
    List<Finding> found = findings(without("nothing", none));
    // Reports order findings by pointer: education, housing, labour.
    assertEquals(
        List.of("LOM-1820-CNT-003", "LOM-1820-CNT-005", "LOM-1820-CNT-004"),
        found.stream().map(Finding::code).toList());
    assertEquals(
        List.of(
            "/contents/educationIntegration",
            "/contents/housingIntegration",
            "/contents/labourIntegration"),
        found.stream().map(f -> f.pointer().toString()).toList());
    assertTrue(found.stream().allMatch(f -> f.severity() == Severity.WARNING));
    assertEquals(
        "The plan shows no link with housing policy: no contents section"
            + " 'housingIntegration' and no intervention tagged casa (l.r. 3/2008 art. 18 c. 2).",
        found.get(1).message(Language.EN));
  }

  @Test
  void aLinkCanAlsoBeDeclaredAsAContentsSection() {
    Plan plan =
        without("nothing", List.of()).toBuilder()
            .content("educationIntegration", "Protocollo con gli istituti comprensivi")
            .content("labourIntegration", "Tirocini con il Centro per l'impiego")
            .content("housingIntegration", "Piano annuale dell'offerta abitativa")
            .build();
    assertEquals(List.of(), findings(plan));
  }

  @Test
  void aPlanThatIsNotTriennialIsAnErrorAtItsPeriod() {
    Plan plan = LombardiaPlans.shortened(LombardiaPlans.of2018(), 2019);
    List<Finding> found = findings(plan);
    assertEquals(List.of("LOM-1820-PER-001"), found.stream().map(Finding::code).toList());
    assertEquals("/period", found.get(0).pointer().toString());
    assertEquals(
        "Il piano copre 2018-2019 (2 anni), ma l'art. 18 c. 5 della l.r. 3/2008 dà"
            + " alla programmazione dei piani di zona valenza triennale.",
        found.get(0).message(Language.IT));
  }

  @Test
  void aPlanThatShowsEverythingTheGuidelinesRewardEarnsEveryLombardCriterion() {
    Evaluation e = PZ.evaluate(LombardiaPlans.of2018());
    for (String id :
        List.of("cross-ambito", "socio-health", "uniform-access", "prevention", "housing-labour")) {
      CriterionScore c = e.score().criterion(id).orElseThrow();
      assertTrue(c.applicable());
      assertEquals(0, c.points().compareTo(c.weight()), id + " " + c.points());
    }
  }

  @Test
  void theScoreBreakdownSaysHowEachCriterionGivesPointsAndWhatItCounted() {
    Plan plan =
        LombardiaPlans.plan(2018, LombardiaPlans.MACRO_AREAS, List.of(List.of("casa"))).build();
    Evaluation e = PZ.evaluate(plan);
    CriterionScore housing = e.score().criterion("housing-labour").orElseThrow();
    assertEquals(0, housing.points().compareTo(new BigDecimal("5.00")), housing.toString());
    assertEquals(
        List.of(
            "Half for at least one intervention linked with housing (tag casa), half for at"
                + " least one linked with labour (tag lavoro).",
            "Interventions tagged casa: 1 (I-MA1).",
            "No intervention is tagged lavoro."),
        housing.evidence().stream().map(m -> m.render(Language.EN)).toList());
    CriterionScore cross = e.score().criterion("cross-ambito").orElseThrow();
    assertEquals(0, cross.points().signum());
    assertTrue(
        cross.basis().caveat().orElseThrow().render(Language.EN).contains("weight is pianozona's"));
  }

  @Test
  void socioHealthIntegrationGivesHalfForTheAccordoAndHalfForATaggedIntervention() {
    Governance g = LombardiaPlans.governance();
    Plan plan =
        withGovernance(
            LombardiaPlans.plan(
                    2018,
                    LombardiaPlans.MACRO_AREAS,
                    List.of(List.of("integrazione-sociosanitaria")))
                .build(),
            new Governance(
                g.approvals(),
                g.participation(),
                List.of(Agreement.of("accordo-di-programma", null, "comuni", "ats")),
                g.bodies()));
    CriterionScore c = PZ.evaluate(plan).score().criterion("socio-health").orElseThrow();
    assertEquals(0, c.points().compareTo(c.weight().divide(BigDecimal.valueOf(2))));
    assertEquals(
        "The Accordo di Programma does not list both the ATS and the ASST (parties:"
            + " comuni, ats).",
        c.evidence().get(1).render(Language.EN));
  }

  @Test
  void the2018ScoringLeavesOutTheLepsThatPostdateItAndThe2021ScoringWeighsThem() {
    List<String> y2018 =
        f2018().scoring().criteria().stream().map(w -> w.criterion().id()).toList();
    List<String> y2021 =
        f2021().scoring().criteria().stream().map(w -> w.criterion().id()).toList();
    assertFalse(y2018.contains("leps-coverage"));
    assertFalse(y2018.contains("social-work-leps"));
    assertTrue(y2021.contains("leps-coverage"));
    for (Framework f : List.of(f2018(), f2021())) {
      assertEquals(
          0,
          BigDecimal.valueOf(100)
              .compareTo(
                  f.scoring().criteria().stream()
                      .map(WeightedCriterion::weight)
                      .reduce(BigDecimal.ZERO, BigDecimal::add)));
    }
  }

  @Test
  void the2021CriteriaCarryTheCaveatThatTheirRewardIsToBeVerified() {
    WeightedCriterion cross =
        f2021().scoring().criteria().stream()
            .filter(w -> w.criterion().id().equals("cross-ambito"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        cross
            .criterion()
            .basis()
            .caveat()
            .orElseThrow()
            .render(Language.EN)
            .contains("is to be verified against the deliberation"));
  }

  @Test
  void everyRuleHasItsMessagesInBothLanguagesCitesArticle18AndHasACodeOfItsTriennium() {
    Set<String> codes = new HashSet<>();
    for (Framework f : List.of(f2018(), f2021())) {
      String cycle = f == f2018() ? "LOM-1820-" : "LOM-2123-";
      assertEquals(10, f.rules().size());
      for (Rule rule : f.rules()) {
        for (String key : rule.descriptor().requiredKeys()) {
          assertTrue(rule.descriptor().bundle().has(key), "missing " + key);
        }
        assertTrue(rule.descriptor().code().startsWith(cycle), rule.descriptor().code());
        assertTrue(codes.add(rule.descriptor().code()), "duplicate " + rule.descriptor().code());
        assertEquals("L.R. Lombardia 12 marzo 2008, n. 3", rule.descriptor().legalBasis().act());
        assertTrue(rule.descriptor().legalBasis().article().startsWith("art. 18, c. "));
      }
    }
  }

  @Test
  void everyLombardCriterionHasItsNameAndEvidenceInBothLanguages() {
    Evaluation e = PZ.evaluate(LombardiaPlans.of2021());
    for (CriterionScore c : e.score().criteria()) {
      for (Language language : Language.values()) {
        assertFalse(c.name(language).startsWith("criterion."), c.id());
        for (Message m : c.evidence()) {
          assertFalse(m.render(language).startsWith("criterion."), m.key());
        }
      }
    }
  }

  @Test
  void theModuleUsesOnlyCorePublicApi() {
    RegionArchitecture.check("it.pianozona.rules.lombardia");
  }
}
