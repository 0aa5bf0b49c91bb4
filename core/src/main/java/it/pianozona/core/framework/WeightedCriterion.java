package it.pianozona.core.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import it.pianozona.core.text.Text;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A criterion with the weight a scoring model gives it, why it weighs that much, and whether an act
 * or this library set that weight.
 *
 * @param criterion the criterion
 * @param weight the most points it gives, positive
 * @param rationale why the framework gives it this weight, shown with the score in the report's
 *     language
 * @param weightBasis whether an act fixes the weight (and which) or pianozona chose it
 * @since 0.1
 */
public record WeightedCriterion(
    Criterion criterion, BigDecimal weight, Optional<Text> rationale, WeightBasis weightBasis) {

  public WeightedCriterion {
    requireNonNull(criterion, "criterion");
    checkArgument(weight.signum() > 0, "weight of %s must be positive: %s", criterion.id(), weight);
    requireNonNull(rationale, "rationale");
    requireNonNull(weightBasis, "weightBasis");
  }

  /**
   * A weight with its reason, set in code rather than by an act: no act fixes a weight unless its
   * basis says so.
   */
  public WeightedCriterion(Criterion criterion, BigDecimal weight, Optional<Text> rationale) {
    this(criterion, weight, rationale, WeightBasis.PIANOZONA);
  }

  /** A weight given in code without a stated reason, and not fixed by an act. */
  public WeightedCriterion(Criterion criterion, BigDecimal weight) {
    this(criterion, weight, Optional.empty(), WeightBasis.PIANOZONA);
  }
}
