package it.pianozona.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.pianozona.core.CheckedPlan;
import it.pianozona.core.national.NationalRules;
import it.pianozona.core.scoring.CriterionScore;
import it.pianozona.core.scoring.Score;
import it.pianozona.core.text.Language;
import it.pianozona.core.text.Message;
import it.pianozona.core.validation.LegalBasis;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every score format says over how much of the weight the total was rescaled, which criteria were
 * left out, and where each weight comes from, in the reader's language.
 */
class ScoreTextTest {

  /** Putignano's IV plan: service-objectives (weight 15) cannot be measured. */
  static final CheckedPlan PUTIGNANO = Plans.checked(Plans.PUTIGNANO);

  static final String IT_RESCALED_START = "su 85 applicabili, pari a ";
  static final String IT_LEFT_OUT =
      "Non applicabili, esclusi dal totale: service-objectives (peso 15)";
  static final String EN_LEFT_OUT =
      "Not applicable, left out of the total: service-objectives (weight 15)";

  static String rescaled(Language language) {
    return ScoreText.rescaling(PUTIGNANO.evaluation().score(), language);
  }

  @Test
  void theRescalingLineGivesPointsApplicableWeightAndTotalWithTheLanguagesSeparators() {
    Score score = PUTIGNANO.evaluation().score();
    assertEquals(0, new BigDecimal("85").compareTo(score.applicableWeight()));
    assertEquals(0, new BigDecimal("100").compareTo(score.totalWeight()));
    // Formats writes one decimal at most and no trailing zero: 71.0 reads "71".
    String points =
        score
            .points()
            .setScale(1, java.math.RoundingMode.HALF_EVEN)
            .stripTrailingZeros()
            .toPlainString();
    String total = score.total().stripTrailingZeros().toPlainString();
    assertEquals(
        points.replace('.', ',')
            + " su 85 applicabili, pari a "
            + total.replace('.', ',')
            + " / 100 (peso complessivo dei criteri: 100)",
        rescaled(Language.IT));
    assertEquals(
        points
            + " of 85 applicable, equal to "
            + total
            + " / 100 (total weight of the criteria: 100)",
        rescaled(Language.EN));
  }

  @Test
  void theTextReportShowsTheRescalingAndTheCriteriaLeftOutInBothLanguages() {
    String it = Reports.render(ReportFormat.TEXT, List.of(PUTIGNANO), Language.IT);
    assertTrue(it.contains("\n  " + rescaled(Language.IT) + "\n"), it);
    assertTrue(it.contains("\n  " + IT_LEFT_OUT + "\n"), it);
    assertTrue(it.contains("Origine del peso: scelta di pianozona (nessun atto lo fissa)"), it);
    String en = Reports.renderScore(ReportFormat.TEXT, List.of(PUTIGNANO), Language.EN);
    assertTrue(en.contains("\n  " + rescaled(Language.EN) + "\n"), en);
    assertTrue(en.contains("\n  " + EN_LEFT_OUT + "\n"), en);
    assertTrue(en.contains("Origin of the weight: pianozona's choice (no act sets it)"), en);
  }

  @Test
  void markdownAndHtmlShowTheSameLines() {
    for (Language language : Language.values()) {
      String left = language == Language.IT ? IT_LEFT_OUT : EN_LEFT_OUT;
      String md = Reports.render(ReportFormat.MARKDOWN, List.of(PUTIGNANO), language);
      assertTrue(md.contains("\n" + rescaled(language) + "\n"), md);
      assertTrue(md.contains("\n" + left + "\n"), md);
      String html = Reports.render(ReportFormat.HTML, List.of(PUTIGNANO), language);
      assertTrue(html.contains("<p class=\"rescaling\">" + rescaled(language) + "</p>"), html);
      assertTrue(html.contains("<p class=\"rescaling\">" + left + "</p>"), left);
    }
    String html = Reports.render(ReportFormat.HTML, List.of(PUTIGNANO), Language.EN);
    assertTrue(
        html.contains("<div class=\"basis\">Origin of the weight: pianozona"),
        "weight basis in HTML");
  }

  @Test
  void theJsonReportCarriesTheRescalingAsStableFields() throws Exception {
    Score score = PUTIGNANO.evaluation().score();
    for (Language language : Language.values()) {
      JsonNode s =
          new ObjectMapper()
              .readTree(Reports.render(ReportFormat.JSON, List.of(PUTIGNANO), language))
              .get("score");
      assertEquals(0, score.points().compareTo(s.get("points").decimalValue()));
      assertEquals(85, s.get("applicableWeight").intValue());
      assertEquals(100, s.get("totalWeight").intValue());
      assertEquals("[\"service-objectives\"]", s.get("notApplicable").toString());
      assertEquals(rescaled(language), s.get("summary").textValue());
      for (JsonNode c : s.get("criteria")) {
        assertEquals("pianozona", c.get("weightBasis").get("origin").textValue());
        assertFalse(c.get("weightBasis").has("act"));
      }
    }
  }

  static CriterionScore criterion(String id, boolean applicable, String points) {
    return new CriterionScore(
        id,
        Message.of(NationalRules.BUNDLE, "criterion.participation.name"),
        BigDecimal.TEN,
        new BigDecimal(points),
        applicable,
        List.of(),
        LegalBasis.of("Atto", "", null),
        Optional.empty());
  }

  @Test
  void whenEveryCriterionAppliesOrNoneDoesTheLineSaysSoSimply() {
    Score all = Score.of("f", List.of(criterion("a", true, "7.5"), criterion("b", true, "10")));
    assertEquals(
        "17,5 su 20, pari a 87,5 / 100: tutti i criteri sono applicabili",
        ScoreText.rescaling(all, Language.IT));
    assertEquals(
        "17.5 of 20, equal to 87.5 / 100: every criterion applies",
        ScoreText.rescaling(all, Language.EN));
    assertEquals("", ScoreText.notApplicable(all, Language.IT));
    Score none = Score.of("f", List.of(criterion("a", false, "0")));
    assertEquals(
        "Nessun criterio è applicabile: punteggio 0, niente di misurabile",
        ScoreText.rescaling(none, Language.IT));
    assertEquals(
        "No criterion applies: score 0, nothing measurable",
        ScoreText.rescaling(none, Language.EN));
    assertEquals(
        "Not applicable, left out of the total: a (weight 10)",
        ScoreText.notApplicable(none, Language.EN));
  }
}
