package it.pianozona.core.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import it.pianozona.core.framework.WeightBasis;
import it.pianozona.core.text.Language;
import it.pianozona.core.text.Message;
import it.pianozona.core.text.Text;
import it.pianozona.core.validation.LegalBasis;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How a plan did on one scoring criterion: the points it earned out of the criterion's weight, and
 * the evidence that explains them.
 *
 * @param id the criterion's stable identifier, such as {@code area-coverage}
 * @param name what the criterion measures
 * @param weight the most points it can give
 * @param points the points earned, between zero and the weight (zero when not applicable)
 * @param applicable whether the criterion could be measured; if not, its weight is left out of the
 *     total
 * @param evidence what was counted, one message per fact
 * @param basis the act or guideline that motivates the criterion
 * @param rationale why the framework gives the criterion its weight, if it says
 * @param weightBasis whether an act fixes the weight or pianozona chose it
 * @since 0.1
 */
public record CriterionScore(
    String id,
    Message name,
    BigDecimal weight,
    BigDecimal points,
    boolean applicable,
    List<Message> evidence,
    LegalBasis basis,
    Optional<Text> rationale,
    WeightBasis weightBasis) {

  public CriterionScore {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    checkArgument(weight.signum() > 0, "a criterion weight is positive: %s", weight);
    checkArgument(
        points.signum() >= 0 && points.compareTo(weight) <= 0,
        "points %s outside 0..%s for criterion %s",
        points,
        weight,
        id);
    evidence = ImmutableList.copyOf(evidence);
    requireNonNull(basis, "basis");
    requireNonNull(rationale, "rationale");
    requireNonNull(weightBasis, "weightBasis");
  }

  /** A criterion score whose weight no act fixes. */
  public CriterionScore(
      String id,
      Message name,
      BigDecimal weight,
      BigDecimal points,
      boolean applicable,
      List<Message> evidence,
      LegalBasis basis,
      Optional<Text> rationale) {
    this(id, name, weight, points, applicable, evidence, basis, rationale, WeightBasis.PIANOZONA);
  }

  public String name(Language language) {
    return name.render(language);
  }
}
