package it.pianozona.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.pianozona.core.model.Euro;
import it.pianozona.core.model.PartialDate;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Numbers, money, shares, ratios, years and dates as each language writes them. */
class FormatsTest {

  @Test
  void italianUsesTheDecimalCommaAndTheThousandsDot() {
    assertEquals("15,5%", Formats.percent(new BigDecimal("15.5"), Language.IT));
    assertEquals("13,0%", Formats.percent(new BigDecimal("13"), Language.IT));
    assertEquals("€ 1.234,50", Formats.money(Euro.ofCents(123_450), Language.IT));
    assertEquals("1 ogni 4.000", Formats.oneIn(BigDecimal.valueOf(4000), Language.IT));
    assertEquals("4.000", Formats.integer(4000, Language.IT));
    assertEquals("20,78", Formats.number(new BigDecimal("20.78"), Language.IT));
    assertEquals("03/05/2022", Formats.date(PartialDate.parse("2022-05-03"), Language.IT));
    assertEquals("05/2022", Formats.date(PartialDate.parse("2022-05"), Language.IT));
  }

  @Test
  void englishUsesTheDecimalPointAndTheThousandsComma() {
    assertEquals("15.5%", Formats.percent(new BigDecimal("15.5"), Language.EN));
    assertEquals("EUR 1,234.50", Formats.money(Euro.ofCents(123_450), Language.EN));
    assertEquals("1 in 4,000", Formats.oneIn(BigDecimal.valueOf(4000), Language.EN));
    assertEquals("2022-05-03", Formats.date(PartialDate.parse("2022-05-03"), Language.EN));
  }

  @Test
  void yearsAreNeverGrouped() {
    MessageBundle b =
        MessageBundle.of(
            "t", Map.of(Language.IT, Map.of("k", "nel {0}"), Language.EN, Map.of("k", "in {0}")));
    assertEquals("nel 2023", b.render("k", List.of(Year.of(2023)), Language.IT));
    assertEquals("in 2023", b.render("k", List.of(Year.of(2023)), Language.EN));
  }

  @Test
  void pluralsComeFromTheTemplateNotFromConcatenation() {
    MessageBundle b =
        MessageBundle.of(
            "t",
            Map.of(
                Language.IT,
                Map.of("k", "{0,choice,0#nessun errore|1#un errore nell'area {1}|1<{0} errori}"),
                Language.EN,
                Map.of("k", "{0,choice,0#no errors|1#one error in area {1}|1<{0} errors}")));
    assertEquals("nessun errore", b.render("k", List.of(0, "A1"), Language.IT));
    assertEquals("un errore nell'area A1", b.render("k", List.of(1, "A1"), Language.IT));
    assertEquals("2 errori", b.render("k", List.of(2, "A1"), Language.IT));
    assertEquals("1.500 errori", b.render("k", List.of(1500, "A1"), Language.IT));
    assertEquals("one error in area A1", b.render("k", List.of(1L, "A1"), Language.EN));
    assertEquals("no errors", b.render("k", List.of(0L, "A1"), Language.EN));
  }

  @Test
  void aDecimalBetweenLimitsTakesTheLowerBranch() {
    MessageBundle b =
        MessageBundle.of(
            "t",
            Map.of(
                Language.IT,
                Map.of("k", "{0,choice,0#{0} assistenti|1#{0} assistente|1<{0} assistenti}"),
                Language.EN,
                Map.of("k", "{0}")));
    assertEquals("1 assistente", b.render("k", List.of(BigDecimal.ONE), Language.IT));
    assertEquals("1,5 assistenti", b.render("k", List.of(new BigDecimal("1.5")), Language.IT));
    assertEquals("0,5 assistenti", b.render("k", List.of(new BigDecimal("0.5")), Language.IT));
  }

  @Test
  void aMalformedChoiceIsCaughtByTheBundlesCheck() {
    assertThrows(
        IllegalArgumentException.class, () -> MessageBundle.checkChoices("{0,choice,uno|due}"));
    MessageBundle.checkChoices("{0,choice,1#uno|1<{0} due}");
  }
}
