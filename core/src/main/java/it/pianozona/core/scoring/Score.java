package it.pianozona.core.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * A plan's score under its framework: a total from 0 to 100 and the breakdown that produced it, so
 * that a planning officer can see why the plan scored what it did.
 *
 * <p>The total is the points earned over the sum of the weights of the criteria that could be
 * measured, scaled to 100 and rounded to one decimal. A criterion that could not be measured is
 * left out of both, so a report says which ones ({@link #notApplicable()}) and over how much of the
 * model's weight the total was rescaled ({@link #applicableWeight()} of {@link #totalWeight()}).
 *
 * @param frameworkId the framework whose scoring model was applied
 * @param total the total, 0 to 100
 * @param criteria the criteria, in the model's order
 * @since 0.1
 */
public record Score(String frameworkId, BigDecimal total, List<CriterionScore> criteria) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Score {
    requireNonNull(frameworkId, "frameworkId");
    checkArgument(
        total.signum() >= 0 && total.compareTo(HUNDRED) <= 0,
        "a total score lies between 0 and 100: %s",
        total);
    criteria = ImmutableList.copyOf(criteria);
  }

  /** Sums the criteria into a score. With nothing measurable the total is zero. */
  public static Score of(String frameworkId, List<CriterionScore> criteria) {
    Score unscored = new Score(frameworkId, BigDecimal.ZERO, criteria);
    BigDecimal weights = unscored.applicableWeight();
    BigDecimal total =
        weights.signum() == 0
            ? BigDecimal.ZERO.setScale(1)
            : unscored.points().multiply(HUNDRED).divide(weights, 1, RoundingMode.HALF_EVEN);
    return new Score(frameworkId, total, criteria);
  }

  /** The points earned, summed over the applicable criteria (each rounded to two decimals). */
  public BigDecimal points() {
    return criteria.stream()
        .filter(CriterionScore::applicable)
        .map(CriterionScore::points)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The weight of the criteria that could be measured: what the total is rescaled over. */
  public BigDecimal applicableWeight() {
    return criteria.stream()
        .filter(CriterionScore::applicable)
        .map(CriterionScore::weight)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The weight of every criterion of the model, measured or not. */
  public BigDecimal totalWeight() {
    return criteria.stream().map(CriterionScore::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The criteria that could not be measured, in the model's order. */
  public List<CriterionScore> notApplicable() {
    return criteria.stream().filter(c -> !c.applicable()).toList();
  }

  /** Whether every criterion of the model could be measured, so no rescaling took place. */
  public boolean allApplicable() {
    return criteria.stream().allMatch(CriterionScore::applicable);
  }

  public Optional<CriterionScore> criterion(String id) {
    return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
