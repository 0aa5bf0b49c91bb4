package it.pianozona.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.validation.Pointer;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValuesTest {

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
    assertTrue(Pointer.parse("/interventions/2").compareTo(Pointer.parse("/interventions/10"))
        < 0);
    assertEquals("", Pointer.ROOT.toString());
  }

  @Test
  void istatCodesKeepTheirLeadingZero() {
    assertEquals("075016", IstatCode.of("075016").value());
    assertThrows(IllegalArgumentException.class, () -> IstatCode.of("75016"));
  }

  @Test
  void thePlanBuilderFailsFastNamingTheBadValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Plan.builder().id("not valid!"));
    assertTrue(e.getMessage().contains("'not valid!'"), e.getMessage());
    assertEquals("a plan needs an id",
        assertThrows(IllegalStateException.class, () -> Plan.builder().build()).getMessage());
  }
}
