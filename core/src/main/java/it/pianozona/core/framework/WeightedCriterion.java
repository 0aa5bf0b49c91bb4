package it.pianozona.core.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A criterion with the weight a scoring model gives it.
 *
 * @param criterion the criterion
 * @param weight the most points it gives, positive
 * @since 0.1
 */
public record WeightedCriterion(Criterion criterion, BigDecimal weight) {

  public WeightedCriterion {
    requireNonNull(criterion, "criterion");
    checkArgument(weight.signum() > 0, "weight of %s must be positive: %s", criterion.id(),
        weight);
  }
}
