package it.pianozona.core.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import it.pianozona.core.text.Text;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A criterion with the weight a scoring model gives it, and why it weighs that much.
 *
 * @param criterion the criterion
 * @param weight the most points it gives, positive
 * @param rationale why the framework gives it this weight, shown with the score in the report's
 *     language
 * @since 0.1
 */
public record WeightedCriterion(Criterion criterion, BigDecimal weight, Optional<Text> rationale) {

  public WeightedCriterion {
    requireNonNull(criterion, "criterion");
    checkArgument(weight.signum() > 0, "weight of %s must be positive: %s", criterion.id(), weight);
    requireNonNull(rationale, "rationale");
  }

  /** A weight given without a stated reason. */
  public WeightedCriterion(Criterion criterion, BigDecimal weight) {
    this(criterion, weight, Optional.empty());
  }
}
