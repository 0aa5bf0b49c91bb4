package it.pianozona.rules.basilicata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FrameworkRegistry;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.model.Ambito;
import it.pianozona.core.model.ApprovalAct;
import it.pianozona.core.model.Comune;
import it.pianozona.core.model.Governance;
import it.pianozona.core.model.PartialDate;
import it.pianozona.core.model.Plan;
import it.pianozona.core.reference.ComuniRegistry;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.Finding;
import it.pianozona.core.validation.Severity;
import it.pianozona.tck.FrameworkSources;
import it.pianozona.tck.RegionArchitecture;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BasilicataFrameworksTest {

  static final FrameworkRegistry REGISTRY = FrameworkRegistry.discover();
  static final PianoZona PZ = PianoZona.builder().registry(REGISTRY).build();

  static Framework framework() {
    return REGISTRY.byId(BasilicataFrameworks.PLANS_2016).orElseThrow();
  }

  static List<Finding> findings(Plan plan) {
    return PZ.evaluate(plan).report().findings();
  }

  static List<String> codes(Plan plan) {
    return findings(plan).stream().map(Finding::code).toList();
  }

  static Plan withComuni(List<Comune> comuni) {
    return BasilicataPlans.plan(
            BasilicataPlans.ambito(
                Optional.of("7"), "Ambito n. 7 Bradanica Medio Basento", "077013", comuni))
        .build();
  }

  @Test
  void theIntercommunalPlanFrameworkHasTheNineAreasOfTheBradanicaPlan() {
    assertEquals(List.of(), REGISTRY.problems());
    Framework f = framework();
    assertEquals(9, f.catalogue().areas().size());
    assertEquals(
        "Accoglienza/integrazione di migranti e senza fissa dimora",
        f.catalogue().areas().get(8).title());
  }

  @Test
  void aCompleteBradanicaPlanHasNoFindings() {
    assertEquals(List.of(), findings(BasilicataPlans.bradanicaPlan()));
  }

  @Test
  void aPlanNotApprovedByTheConferenzaDeiSindaciIsWarnedWithTheCaveatOnTheArticle() {
    Governance g = BasilicataPlans.governance();
    Plan plan =
        BasilicataPlans.bradanicaPlan().toBuilder()
            .governance(
                new Governance(
                    List.of(
                        ApprovalAct.of("consiglio-comunale", PartialDate.parse("2021-07"), null)),
                    g.participation(),
                    g.agreements(),
                    g.bodies()))
            .build();
    List<Finding> found = findings(plan);
    assertEquals(List.of("BAS-2016-GOV-001"), found.stream().map(Finding::code).toList());
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertEquals("/governance/approvals", found.get(0).pointer().toString());
    assertTrue(found.get(0).legalBasis().caveat().isPresent());
    assertEquals(
        "Il piano non registra l'approvazione della Conferenza dei Sindaci"
            + " dell'ambito (organo 'conferenza-dei-sindaci'); approvazioni registrate:"
            + " consiglio-comunale.",
        found.get(0).message(Language.IT));
  }

  @Test
  void missingConventionPartnershipAndUfficioDiPianoAreEachWarnedAtTheirList() {
    Plan plan =
        BasilicataPlans.bradanicaPlan().toBuilder()
            .governance(
                new Governance(
                    BasilicataPlans.governance().approvals(),
                        BasilicataPlans.governance().participation(),
                    List.of(), List.of()))
            .build();
    List<Finding> found = findings(plan);
    assertEquals(
        List.of("BAS-2016-GOV-002", "BAS-2016-GOV-003", "BAS-2016-GOV-004"),
        found.stream().map(Finding::code).sorted().toList());
    assertEquals(
        Set.of("/governance/agreements", "/governance/bodies"),
        Set.copyOf(found.stream().map(f -> f.pointer().toString()).toList()));
    assertTrue(
        findings(plan).stream()
            .filter(f -> f.code().equals("BAS-2016-GOV-003"))
            .allMatch(f -> f.message(Language.EN).contains("'partnership-istituzionale'")));
  }

  @Test
  void eachOfTheSixContentsOfThePianoIntercomunaleIsWarnedAtItsSection() {
    Plan full = BasilicataPlans.bradanicaPlan();
    for (int i = 0; i < ContentRules.KEYS.size(); i++) {
      String key = ContentRules.KEYS.get(i);
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
                if (!k.equals(key)) {
                  b.content(k, v);
                }
              });
      List<Finding> found = findings(b.build());
      assertEquals(
          List.of(String.format("BAS-2016-CNT-%03d", i + 1)),
          found.stream().map(Finding::code).toList(),
          key);
      assertEquals("/contents/" + key, found.get(0).pointer().toString());
    }
  }

  @Test
  void anAmbitoThatIsNoneOfTheNineIsWarnedAtItsName() {
    Plan plan =
        BasilicataPlans.plan(
                BasilicataPlans.ambito(
                    Optional.empty(), "Ambito della Collina", "077013", BasilicataPlans.BRADANICA))
            .build();
    List<Finding> found = findings(plan);
    assertEquals(List.of("BAS-2016-TERR-001"), found.stream().map(Finding::code).toList());
    assertEquals("/ambito/name", found.get(0).pointer().toString());
    assertTrue(
        found
            .get(0)
            .message(Language.EN)
            .endsWith("as far as the reference knows:" + " Bradanica Medio Basento."),
        found.get(0).message(Language.EN));
  }

  @Test
  void theAmbitoIsFoundByItsNumberItsIdOrTheWordsOfItsName() {
    AmbitiReference ref = AmbitiReference.bundled();
    List<Comune> none = List.of();
    assertEquals(
        "bradanica-medio-basento",
        ref.match(BasilicataPlans.ambito(Optional.of("Ambito n. 7"), "x", "077013", none))
            .orElseThrow()
            .id());
    assertEquals(
        "alto-basento",
        ref.match(BasilicataPlans.ambito(Optional.of("alto-basento"), "x", "076060", none))
            .orElseThrow()
            .id());
    assertEquals(
        "metapontino-collina-materana",
        ref.match(
                BasilicataPlans.ambito(
                    Optional.empty(), "Ambito Metapontino – Collina Materana", "077021", none))
            .orElseThrow()
            .id());
    assertEquals(
        "val-d-agri",
        ref.match(
                BasilicataPlans.ambito(
                    Optional.empty(), "Ambito socio-territoriale Val d'Agri", "076046", none))
            .orElseThrow()
            .id());
    assertEquals(
        "matera",
        ref.match(BasilicataPlans.ambito(Optional.empty(), "Ambito di Matera", "077014", none))
            .orElseThrow()
            .id());
  }

  @Test
  void aComuneOfAnotherAmbitoIsAnErrorNamingThatAmbito() {
    List<Comune> comuni = new ArrayList<>(BasilicataPlans.BRADANICA);
    comuni.add(Comune.of("077021", "Policoro", 15976));
    List<Finding> found = findings(withComuni(comuni));
    assertEquals(List.of("BAS-2016-TERR-002"), found.stream().map(Finding::code).toList());
    assertEquals(Severity.ERROR, found.get(0).severity());
    assertEquals("/ambito/comuni/13/istat", found.get(0).pointer().toString());
    assertTrue(
        found
            .get(0)
            .message(Language.EN)
            .startsWith(
                "Policoro (ISTAT 077021) belongs"
                    + " to the ambito Metapontino Collina Materana, not to the plan's"),
        found.get(0).message(Language.EN));
  }

  @Test
  void aComuneOutsideTheConfirmedListIsAnErrorAtItsCode() {
    List<Comune> comuni = new ArrayList<>(BasilicataPlans.BRADANICA);
    comuni.add(2, Comune.of("077002", "Aliano", 1082));
    List<Finding> found = findings(withComuni(comuni));
    assertEquals(List.of("BAS-2016-TERR-003"), found.stream().map(Finding::code).toList());
    assertEquals("/ambito/comuni/2/istat", found.get(0).pointer().toString());
    assertTrue(
        found
            .get(0)
            .message(Language.EN)
            .startsWith(
                "Aliano (ISTAT 077002) is not one"
                    + " of the 13 comuni of the ambito Bradanica Medio Basento"));
  }

  @Test
  void aComuneOfTheAmbitoLeftOutIsWarned() {
    List<Comune> comuni =
        BasilicataPlans.BRADANICA.stream().filter(c -> !c.name().equals("Garaguso")).toList();
    List<Finding> found = findings(withComuni(comuni));
    assertEquals(List.of("BAS-2016-TERR-004"), found.stream().map(Finding::code).toList());
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertEquals("/ambito/comuni", found.get(0).pointer().toString());
    assertTrue(
        found
            .get(0)
            .message(Language.EN)
            .startsWith("The plan does not list Garaguso" + " (ISTAT 077009)"));
  }

  @Test
  void aLeadOtherThanTheCapofilaIsWarnedAtTheLead() {
    Plan plan =
        BasilicataPlans.plan(
                BasilicataPlans.ambito(
                    Optional.of("7"),
                    "Ambito n. 7 Bradanica Medio Basento",
                    "077003",
                    BasilicataPlans.BRADANICA))
            .build();
    List<Finding> found = findings(plan);
    assertEquals(List.of("BAS-2016-TERR-005"), found.stream().map(Finding::code).toList());
    assertEquals("/ambito/lead", found.get(0).pointer().toString());
    assertEquals(
        "The plan gives 077003 as lead comune, but the capofila of the ambito"
            + " Bradanica Medio Basento is Irsina (ISTAT 077013, as of 2017-08-08).",
        found.get(0).message(Language.EN));
  }

  @Test
  void aComuneOutsideAnInferredListIsOnlyAWarningWithTheReasonTheListIsUncertain() {
    List<Comune> altoBasento = new ArrayList<>();
    AmbitiReference.bundled()
        .byId("alto-basento")
        .orElseThrow()
        .comuni()
        .forEach(
            code ->
                altoBasento.add(
                    new Comune(
                        code, ComuniRegistry.bundled().find(code).orElseThrow().name(), 1000)));
    assertEquals(
        List.of(),
        codes(
            BasilicataPlans.plan(
                    BasilicataPlans.ambito(
                        Optional.empty(), "Ambito Alto Basento", "076060", altoBasento))
                .build()));

    altoBasento.add(Comune.of("076013", "Brienza", 4082));
    List<Finding> found =
        findings(
            BasilicataPlans.plan(
                    BasilicataPlans.ambito(
                        Optional.empty(), "Ambito Alto Basento", "076060", altoBasento))
                .build());
    assertEquals(List.of("BAS-2016-TERR-006"), found.stream().map(Finding::code).toList());
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertEquals("/ambito/comuni/20/istat", found.get(0).pointer().toString());
  }

  @Test
  void anAmbitoWhoseComuniAreUnknownIsCheckedOnlyAgainstOtherAmbitiAndItsCapofila() {
    Ambito valDAgri =
        BasilicataPlans.ambito(
            Optional.empty(),
            "Ambito Val d'Agri",
            "076046",
            List.of(
                Comune.of("076046", "Marsicovetere", 5341),
                Comune.of("076098", "Viggiano", 3122),
                Comune.of("077013", "Irsina", 5100)));
    List<Finding> found = findings(BasilicataPlans.plan(valDAgri).build());
    assertEquals(List.of("BAS-2016-TERR-002"), found.stream().map(Finding::code).toList());
    assertEquals("/ambito/comuni/2/istat", found.get(0).pointer().toString());
  }

  @Test
  void theReferenceKnowsNineAmbitiWithTheirCapofilaAndOnlyBradanicaIsConfirmed() {
    AmbitiReference ref = AmbitiReference.bundled();
    assertEquals(9, ref.all().size());
    assertEquals(
        List.of("bradanica-medio-basento"),
        ref.all().stream()
            .filter(a -> a.composition() == AmbitoReference.Composition.CONFIRMED)
            .map(AmbitoReference::id)
            .toList());
    assertEquals(13, ref.byId("bradanica-medio-basento").orElseThrow().comuni().size());
    assertEquals(20, ref.byId("alto-basento").orElseThrow().comuni().size());
    for (AmbitoReference a : ref.all()) {
      assertTrue(ComuniRegistry.bundled().find(a.lead()).isPresent(), a.id());
      a.comuni()
          .forEach(c -> assertTrue(ComuniRegistry.bundled().find(c).isPresent(), a.id() + " " + c));
      assertTrue(
          a.composition() == AmbitoReference.Composition.CONFIRMED
              || a.source().caveat().isPresent(),
          a.id() + " must say why it is uncertain");
      a.source()
          .caveat()
          .ifPresent(t -> assertTrue(t.has(Language.EN), a.id() + ": the caveat has no English"));
      a.source()
          .url()
          .ifPresent(
              u ->
                  assertTrue(
                      FrameworkSources.isOfficial(u), a.id() + ": not the act's site: " + u));
    }
  }

  @Test
  void anAmbitosCaveatIsReadInItalianAndEnglishAndItalianAloneIsAccepted() throws Exception {
    String text =
        "ambiti=x,y\n"
            + "x.name=X\nx.lead=076063\nx.composition=unknown\nx.asOf=2025\nx.source.act=A\n"
            + "x.source.caveat.it=I comuni sono da verificare.\n"
            + "x.source.caveat.en=The comuni are to be verified.\n"
            + "y.name=Y\ny.lead=077014\ny.composition=unknown\ny.asOf=2025\ny.source.act=A\n"
            + "y.source.caveat.it=I comuni sono da verificare.\n";
    AmbitiReference ref =
        AmbitiReference.read(
            "prova.properties",
            new java.io.ByteArrayInputStream(
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(
        "The comuni are to be verified.",
        ref.byId("x").orElseThrow().source().caveat().orElseThrow().render(Language.EN));
    assertEquals(
        "(in Italian) I comuni sono da verificare.",
        ref.byId("y").orElseThrow().source().caveat().orElseThrow().render(Language.EN));
  }

  @Test
  void aBrokenReferenceFileFailsNamingTheFileAndTheKey() {
    String text =
        "ambiti=x\nx.name=X\nx.lead=12345\nx.composition=unknown\nx.asOf=2025\n"
            + "x.source.act=A\n";
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AmbitiReference.read(
                    "test.properties",
                    new ByteArrayInputStream(
                        text.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    assertTrue(
        e.getMessage().startsWith("test.properties: ambito 'x': an ISTAT comune code"),
        e.getMessage());
  }

  @Test
  void everyRuleHasItsMessagesInBothLanguagesAUniqueCodeAndCitesAnAct() {
    Set<String> codes = new HashSet<>();
    assertEquals(16, framework().rules().size());
    for (Rule rule : framework().rules()) {
      for (String key : rule.descriptor().requiredKeys()) {
        assertTrue(rule.descriptor().bundle().has(key), "missing " + key);
      }
      assertTrue(rule.descriptor().code().startsWith("BAS-2016-"));
      assertTrue(codes.add(rule.descriptor().code()));
      assertTrue(!rule.descriptor().legalBasis().act().isBlank());
    }
  }

  @Test
  void theModuleUsesOnlyCorePublicApi() {
    RegionArchitecture.check("it.pianozona.rules.basilicata");
  }
}
