package it.pianozona.rules.puglia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Area;
import it.pianozona.core.framework.Catalogue;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.model.Governance;
import it.pianozona.core.model.Plan;
import it.pianozona.core.testing.RegionArchitecture;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class PugliaFrameworksTest {

  static final PianoZona PZ = PianoZona.create();

  static Framework v() {
    return PZ.frameworks().byId(PugliaFrameworks.V_2022_2024).orElseThrow();
  }

  @Test
  void theVPlanIsDiscoveredThroughServiceLoaderWithItsYearsAndAct() {
    assertEquals(List.of(), PZ.frameworks().problems());
    Framework v = v();
    assertEquals(2022, v.validity().from());
    assertEquals(2024, v.validity().to());
    assertTrue(v.adoptedBy().act().startsWith("DGR Regione Puglia 14 marzo 2022, n. 353"));
  }

  @Test
  void theVPlanHasItsSevenStrategicAreasInTheirOrder() {
    Catalogue c = v().catalogue();
    assertEquals(List.of("A1", "A2", "A3", "A4", "A5", "A6", "A7"), c.areaCodes());
    assertEquals(List.of("Welfare d'accesso", "Politiche familiari e tutela dei minori",
            "Invecchiamento attivo", "Disabilità e non autosufficienza",
            "Inclusione sociale e contrasto alle povertà",
            "Prevenzione e contrasto della violenza su donne e minori",
            "Pari opportunità e conciliazione vita-lavoro"),
        c.areas().stream().map(Area::label).toList());
    assertTrue(c.areas().stream().allMatch(a -> a.source().caveat().isPresent()),
        "the area titles come from an ambito's plan, not the annex: each says so");
  }

  @Test
  void theCatalogueSaysItKnowsNoneOfTheThirtyFourObjectivesAndWhy() {
    Catalogue c = v().catalogue();
    assertEquals(34, c.objectivesExpected().getAsInt());
    assertEquals(List.of(), c.objectives());
    assertTrue(c.missing().orElseThrow().contains("annex of DGR 353/2022"));
  }

  @Test
  void aCompletePlanHasNoFindings() {
    Evaluation e = PZ.evaluate(PugliaPlans.allAreas());
    assertEquals(PugliaFrameworks.V_2022_2024, e.framework().id());
    assertEquals(List.of(), e.report().findings());
  }

  @Test
  void eachStrategicAreaLeftEmptyIsAnError() {
    List<Finding> findings = PZ.evaluate(PugliaPlans.v("A1", "A2", "A3", "A4", "A5").build())
        .report().findings();
    assertEquals(List.of("PUG-V-AREA-001", "PUG-V-AREA-001"),
        findings.stream().map(Finding::code).toList());
    assertEquals("/interventions", findings.get(0).pointer().toString());
    assertEquals("No intervention is programmed in strategic area A6 (Prevenzione e contrasto"
        + " della violenza su donne e minori) of the V Piano Regionale delle Politiche Sociali"
        + " 2022-2024.", findings.get(0).message(Language.EN));
  }

  @Test
  void aPlanThatRecordsNoParticipationIsWarned() {
    Plan plan = PugliaPlans.allAreas().toBuilder().governance(Governance.EMPTY).build();
    List<Finding> findings = PZ.evaluate(plan).report().findings();
    assertEquals(1, findings.size(), findings::toString);
    assertEquals("PUG-V-GOV-001", findings.get(0).code());
    assertEquals("/governance/participation", findings.get(0).pointer().toString());
  }

  @Test
  void everyRuleHasItsMessagesInBothLanguagesAndCitesAnAct() {
    for (Rule rule : v().rules()) {
      for (String key : rule.descriptor().requiredKeys()) {
        assertTrue(rule.descriptor().bundle().has(key), "missing " + key);
      }
      assertTrue(!rule.descriptor().legalBasis().act().isBlank());
    }
  }

  @Test
  void theModuleUsesOnlyCorePublicApi() {
    RegionArchitecture.check("it.pianozona.rules.puglia");
  }
}
