package it.pianozona.core.framework;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import it.pianozona.core.text.Message;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What a criterion measured: a share from 0 to 1 and the facts behind it, or that the plan or the
 * catalogue gives nothing to measure, in which case the criterion's weight is left out of the total
 * rather than counted as zero.
 *
 * @param share the share achieved, 0 to 1 (zero when not applicable)
 * @param applicable whether the criterion could be measured at all
 * @param evidence the facts counted, or why nothing could be, one message each
 * @since 0.1
 */
public record CriterionResult(BigDecimal share, boolean applicable, List<Message> evidence) {

  public CriterionResult {
    checkArgument(
        share.signum() >= 0 && share.compareTo(BigDecimal.ONE) <= 0,
        "a criterion share lies between 0 and 1: %s",
        share);
    evidence = ImmutableList.copyOf(evidence);
  }

  /** The share {@code part / whole}, or zero when the whole is zero. */
  public static CriterionResult ofRatio(long part, long whole, List<Message> evidence) {
    BigDecimal share =
        whole <= 0
            ? BigDecimal.ZERO
            : BigDecimal.valueOf(Math.min(part, whole))
                .divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
    return new CriterionResult(share, true, evidence);
  }

  public static CriterionResult of(BigDecimal share, List<Message> evidence) {
    return new CriterionResult(share, true, evidence);
  }

  /** Nothing to measure: the criterion is shown, explained, and left out of the total. */
  public static CriterionResult notApplicable(List<Message> evidence) {
    return new CriterionResult(BigDecimal.ZERO, false, evidence);
  }
}
