package it.pianozona.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.framework.WeightBasis;
import it.pianozona.core.scoring.CriterionScore;
import it.pianozona.core.scoring.Score;
import it.pianozona.core.text.Language;
import java.math.RoundingMode;
import java.util.List;

/**
 * The sentences every score format shares, worked out once so that text, Markdown, HTML and JSON
 * say the same thing: over how much of the model's weight the total was rescaled ({@code 55,8 su 70
 * applicabili, pari a 79,7 / 100}), which criteria were left out, and where each weight comes from.
 */
final class ScoreText {

  private ScoreText() {}

  /**
   * The rescaling line: the points over the applicable weight and the total they make, or that
   * every criterion applied, or that nothing could be measured.
   */
  static String rescaling(Score score, Language language) {
    if (score.applicableWeight().signum() == 0) {
      return ReportModel.label(language, "score.noneApplicable");
    }
    Object points = score.points().setScale(1, RoundingMode.HALF_EVEN);
    if (score.allApplicable()) {
      return ReportModel.label(
          language, "score.allApplicable", points, score.totalWeight(), score.total());
    }
    return ReportModel.label(
        language,
        "score.rescaled",
        points,
        score.applicableWeight(),
        score.total(),
        score.totalWeight());
  }

  /** The criteria left out of the total with their weights; empty when every one applied. */
  static String notApplicable(Score score, Language language) {
    List<CriterionScore> left = score.notApplicable();
    if (left.isEmpty()) {
      return "";
    }
    List<String> items =
        left.stream()
            .map(c -> ReportModel.label(language, "score.notApplicableItem", c.id(), c.weight()))
            .toList();
    return ReportModel.label(language, "score.notApplicableList", String.join(", ", items));
  }

  /** Where the criterion's weight comes from, in a sentence. */
  static String weightBasis(CriterionScore c, Language language) {
    return weightBasis(c.weightBasis(), language);
  }

  static String weightBasis(WeightBasis basis, Language language) {
    return basis
        .act()
        .map(a -> ReportModel.label(language, "weightBasis.act", a.citation()))
        .orElseGet(() -> ReportModel.label(language, "weightBasis.pianozona"));
  }

  /** The weight's basis as JSON: {@code {"origin": "pianozona", "text": ...}} or with the act. */
  static ObjectNode weightBasisJson(WeightBasis basis, Language language) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("origin", basis.origin().id());
    basis.act().ifPresent(a -> n.set("act", JsonReport.legalBasis(a, language)));
    n.put("text", weightBasis(basis, language));
    return n;
  }
}
