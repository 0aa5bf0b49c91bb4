package it.pianozona.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The professional resources a plan counts on. Social workers are counted in full-time equivalents,
 * as L. 178/2020 art. 1 c. 797 counts them for the professional social-work LEPS.
 *
 * @param socialWorkers social workers in full-time equivalents, zero or more
 * @param illustrative whether the figure is a placeholder rather than taken from a source
 * @since 0.1
 */
public record Staffing(BigDecimal socialWorkers, boolean illustrative) {

  public Staffing {
    requireNonNull(socialWorkers, "socialWorkers");
    checkArgument(
        socialWorkers.signum() >= 0, "social workers cannot be negative: %s", socialWorkers);
    checkArgument(
        socialWorkers.stripTrailingZeros().scale() <= 2,
        "social workers are counted to two decimals of a full-time equivalent: %s",
        socialWorkers);
    socialWorkers = Decimals.canonical(socialWorkers);
  }

  public static Staffing ofSocialWorkers(String fte) {
    return new Staffing(new BigDecimal(fte), false);
  }
}
