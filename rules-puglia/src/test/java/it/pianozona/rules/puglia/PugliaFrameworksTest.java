package it.pianozona.rules.puglia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Area;
import it.pianozona.core.framework.Catalogue;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.text.Language;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PugliaFrameworksTest {

  static final PianoZona PZ = PianoZona.create();

  static Framework v() {
    return PZ.frameworks().byId(PugliaFrameworks.V_2022_2024).orElseThrow();
  }

  static Framework iv() {
    return PZ.frameworks().byId(PugliaFrameworks.IV_2017_2020).orElseThrow();
  }

  @Test
  void bothCyclesAreDiscoveredThroughServiceLoaderWithTheirYearsAndActs() {
    assertEquals(List.of(), PZ.frameworks().problems());
    assertEquals("2022-2024", v().validity().toString());
    assertTrue(v().adoptedBy().act().startsWith("DGR Regione Puglia 14 marzo 2022, n. 353"));
    assertEquals("2017-2020", iv().validity().toString());
    assertTrue(iv().adoptedBy().act().startsWith("DGR Regione Puglia 28 dicembre 2017, n. 2324"));
  }

  @Test
  void aPlanIsCheckedUnderTheCycleOfItsPeriod() {
    assertEquals(PugliaFrameworks.V_2022_2024, PZ.frameworkFor(PugliaPlans.allAreas()).id());
    assertEquals(
        PugliaFrameworks.IV_2017_2020,
        PZ.frameworkFor(PugliaPlans.allAreas().toBuilder().period(2018, 2020).build()).id());
  }

  @Test
  void theVPlanHasItsSevenStrategicAreasInTheirOrder() {
    Catalogue c = v().catalogue();
    assertEquals(List.of("A1", "A2", "A3", "A4", "A5", "A6", "A7"), c.areaCodes());
    assertEquals(
        List.of(
            "Welfare d'accesso",
            "Politiche familiari e tutela dei minori",
            "Invecchiamento attivo",
            "Disabilità e non autosufficienza",
            "Inclusione sociale e contrasto alle povertà",
            "Prevenzione e contrasto della violenza su donne e minori",
            "Pari opportunità e conciliazione vita-lavoro"),
        c.areas().stream().map(Area::label).toList());
    assertTrue(c.areasComplete());
    assertTrue(
        c.areas().stream().allMatch(a -> a.source().caveat().isPresent()),
        "the area titles are not checked against the annex: each says so");
  }

  @Test
  void theVCatalogueSaysItKnowsNoneOfTheThirtyFourObjectivesAndWhy() {
    Catalogue c = v().catalogue();
    assertEquals(34, c.objectivesExpected().getAsInt());
    assertEquals(List.of(), c.objectives());
    assertTrue(c.missing().orElseThrow().render(Language.EN).contains("annex of DGR 353/2022"));
    assertTrue(
        c.missing().orElseThrow().render(Language.IT).contains("allegato della DGR 353/2022"));
  }

  @Test
  void theIvCatalogueHasTheFivePrioritiesOfTheActAndNoAddictionArea() {
    Catalogue c = iv().catalogue();
    assertEquals(List.of("IV1", "IV2", "IV3", "IV4", "IV5"), c.areaCodes());
    assertTrue(c.areasComplete());
    assertEquals(
        List.of(
            "Promuovere e sostenere la prima infanzia, i minori e le famiglie",
            "Contrastare le povertà con percorsi di inclusione attiva",
            "Promuovere la cultura dell'accoglienza e potenziare il welfare d'accesso",
            "Promuovere e assicurare la presa in carico integrata delle disabilità e non"
                + " autosufficienze",
            "Prevenire e contrastare il maltrattamento e la violenza"),
        c.areas().stream().map(Area::title).toList());
    for (int i = 0; i < 5; i++) {
      Area a = c.areas().get(i);
      assertTrue(a.source().isVerified(), a.code() + " is read in the act's index");
      assertTrue(a.source().act().contains("n. 2324"), a.code());
      assertTrue(a.source().article().startsWith("par. 2.2." + (i + 1)), a.code());
    }
    assertTrue(
        c.areas().stream()
            .noneMatch(a -> a.title().toLowerCase(Locale.ROOT).contains("dipendenz")));
    assertTrue(
        c.missing().orElseThrow().render(Language.EN).contains("service objectives"),
        "says the IV plan's service objectives are missing");
  }

  @Test
  void theMunicipalCofinancingShareIsADatedUnverifiedParameter() {
    var p = v().parameters().inYear(ResourceRules.COFINANCING, 2022).orElseThrow();
    assertEquals(0, new java.math.BigDecimal("0.20").compareTo(p.value()));
    assertTrue(
        p.reference().caveat().orElseThrow().render(Language.IT).contains("II ciclo (2010-2012)"));
    assertTrue(
        p.reference().caveat().orElseThrow().render(Language.EN).contains("is to be verified"));
    assertTrue(v().parameters().inYear(ResourceRules.COFINANCING, 2021).isEmpty());
  }

  @Test
  void aCompletePlanHasNoFindings() {
    Evaluation e = PZ.evaluate(PugliaPlans.allAreas());
    assertEquals(PugliaFrameworks.V_2022_2024, e.framework().id());
    assertEquals(List.of(), e.report().findings());
  }

  @Test
  void everyRuleHasItsMessagesInBothLanguagesAndCitesAnAct() {
    for (Framework f : List.of(iv(), v())) {
      for (Rule rule : f.rules()) {
        for (String key : rule.descriptor().requiredKeys()) {
          assertTrue(rule.descriptor().bundle().has(key), "missing " + key);
          for (Language l : Language.values()) {
            assertTrue(!rule.descriptor().bundle().template(key, l).isBlank());
          }
        }
        assertTrue(!rule.descriptor().legalBasis().act().isBlank());
      }
    }
  }
}
