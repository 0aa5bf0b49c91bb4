package it.pianozona.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.validation.Pointer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void interventionIdsAndAreasAreComparedInOneNormalForm() {
    Plan plan = it.pianozona.core.testing.Plans.validPlan();
    Intervention first = plan.interventions().get(0);
    Intervention nfd = first.toBuilder().id("Caffe\u0300").area(first.area()).build();
    Intervention nfc = first.toBuilder().id("Caff\u00e8").build();
    assertEquals(nfc.id(), nfd.id());
    assertEquals(
        List.of("Caff\u00e8"),
        first.toBuilder().withObjectives(List.of("Caffe\u0300")).build().objectives());
  }

  @Test
  void aTitleOfInvisibleCharactersIsBlankInTheModelAsInTheReader() {
    Plan plan = it.pianozona.core.testing.Plans.validPlan();
    for (String blank : List.of("\u00a0", "\u200b\u202f", "\u00ad")) {
      assertThrows(IllegalArgumentException.class, () -> plan.toBuilder().title(blank).build());
      assertThrows(
          IllegalArgumentException.class,
          () -> plan.interventions().get(0).toBuilder().title(blank).build());
    }
    assertEquals("Caff\u00e8", plan.toBuilder().title("Caffe\u0300").build().title());
  }

  @Test
  void anAmountTooLargeForCentsIsRefusedWithoutExpandingItsDigits() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Euro.of(new BigDecimal("1e999999999")));
    assertEquals("amount too large: 1E+999999999", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Euro.of(new BigDecimal("1e-999999999")));
  }

  @Test
  void euroSumsAreExactWhereDoublesDrift() {
    assertEquals(Euro.parse("0.30"), Euro.parse("0.10").plus(Euro.parse("0.20")));
    assertEquals("1234.50", Euro.of(new BigDecimal("1234.5")).toString());
    assertEquals("€ 1.234,50", Euro.parse("1234.5").format(Locale.ITALIAN));
    assertThrows(IllegalArgumentException.class, () -> Euro.parse("1.001"));
    assertThrows(IllegalArgumentException.class, () -> Euro.parse("1e30"));
    assertThrows(IllegalArgumentException.class, () -> Euro.parse("1.000,50"));
  }

  @Test
  void partialDatesKeepOnlyWhatTheSourceSays() {
    assertEquals("--07-06", PartialDate.parse("--07-06").toString());
    assertTrue(PartialDate.parse("--07-06").knownYear().isEmpty());
    assertEquals("2022-07", PartialDate.parse("2022-07").toString());
    assertEquals("2022", PartialDate.parse("2022").toString());
    assertTrue(PartialDate.parse("2022-07-13").isComplete());
    assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2022-02-30"));
    assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("13/07/2022"));
    assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("1850-01-01"));
  }

  @Test
  void periodsAreOrderedYearsWithinPlausibleBounds() {
    assertEquals(3, Period.parse("2022-2024").lengthInYears());
    assertTrue(Period.of(2017, 2020).contains(Period.of(2018, 2020)));
    assertThrows(IllegalArgumentException.class, () -> Period.of(2024, 2022));
    assertThrows(IllegalArgumentException.class, () -> Period.of(1200, 2022));
  }

  @Test
  void pointersFollowRfc6901AndSortInDocumentOrder() {
    Pointer p = Pointer.of("contents", "a/b~c");
    assertEquals("/contents/a~1b~0c", p.toString());
    assertEquals(p, Pointer.parse(p.toString()));
    assertTrue(Pointer.parse("/interventions/2").compareTo(Pointer.parse("/interventions/10")) < 0);
    assertEquals("", Pointer.ROOT.toString());
  }

  @Test
  void istatCodesKeepTheirLeadingZero() {
    assertEquals("075016", IstatCode.of("075016").value());
    assertThrows(IllegalArgumentException.class, () -> IstatCode.of("75016"));
  }

  @Test
  void thePlanBuilderFailsFastNamingTheBadValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Plan.builder().id("not valid!"));
    assertTrue(e.getMessage().contains("'not valid!'"), e.getMessage());
    assertEquals(
        "a plan needs an id",
        assertThrows(IllegalStateException.class, () -> Plan.builder().build()).getMessage());
  }

  @Test
  void theInterventionBuilderFailsFastNamingTheBadValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Intervention.builder("I1", " ", "A1"));
    assertTrue(e.getMessage().contains("I1") && e.getMessage().contains("' '"), e.getMessage());
    Intervention.Builder b =
        Intervention.builder("I1", "Sportello", "A1").indicator("posti-nido", BigDecimal.ONE);
    e =
        assertThrows(
            IllegalArgumentException.class, () -> b.indicator("posti-nido", BigDecimal.TEN));
    assertTrue(e.getMessage().contains("posti-nido"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> b.indicator("utenti-sad", BigDecimal.valueOf(-1)));
    assertTrue(e.getMessage().contains("-1"), e.getMessage());
  }

  @Test
  void toBuilderChangesOnlyWhatItIsTold() {
    Intervention i =
        Intervention.builder("I1", "Sportello", "A1")
            .objective("A1-OB1")
            .leps("pua")
            .allocation("fnps", 2022, Euro.ofEuros(10))
            .tag("prevenzione")
            .indicator("posti-nido", new BigDecimal("40.00"))
            .description("Sportello unico")
            .illustrative(true)
            .build();
    assertEquals(i, i.toBuilder().build());
    Intervention untagged = i.toBuilder().withTags(List.of()).withoutDescription().build();
    assertEquals(List.of(), untagged.tags());
    assertTrue(untagged.description().isEmpty());
    assertEquals(i.allocations(), untagged.allocations());
    assertEquals(i.indicators(), untagged.indicators());

    Plan plan =
        Plan.builder()
            .id("p")
            .title("Piano")
            .period(2022, 2024)
            .ambito(
                new Ambito(
                    Optional.empty(),
                    "Ambito",
                    Region.MOLISE,
                    IstatCode.of("070006"),
                    List.of(Comune.of("070006", "Campobasso", 48747))))
            .content("monitoring", "Capitolo 5")
            .funding("fnps", 2022, Euro.ofEuros(10))
            .intervention(i)
            .staffing(Staffing.ofSocialWorkers("2"))
            .notes("Note")
            .build();
    assertEquals(plan, plan.toBuilder().build());
    Plan changed =
        plan.toBuilder()
            .withInterventions(List.of(untagged))
            .withContents(Map.of())
            .withFunding(List.of())
            .withoutStaffing()
            .withoutNotes()
            .build();
    assertEquals(List.of(untagged), changed.interventions());
    assertEquals(Map.of(), changed.contents());
    assertEquals(List.of(), changed.funding());
    assertTrue(changed.staffing().isEmpty() && changed.notes().isEmpty());
    assertEquals(plan.ambito(), changed.ambito());
    assertThrows(
        IllegalArgumentException.class, () -> plan.toBuilder().withContents(Map.of(" ", "testo")));
  }
}
