package it.pianozona.core.national;

import it.pianozona.core.framework.AbstractRule;
import it.pianozona.core.framework.DatedParameter;
import it.pianozona.core.framework.Locations;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.model.Plan;
import it.pianozona.core.model.Staffing;
import it.pianozona.core.validation.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The LEPS of professional social work (L. 178/2020 art. 1 c. 797): one social worker, in full-time
 * equivalents, per 5,000 residents of the ambito, and a further service objective of one per 4,000.
 * Both ratios are dated parameters of the national reference.
 */
final class SocialWorkRules {

  /** Parameter: residents per social worker at the LEPS. */
  static final String LEPS_RATIO = "social-worker-leps-ratio";

  /** Parameter: residents per social worker at the further service objective. */
  static final String TARGET_RATIO = "social-worker-target-ratio";

  private SocialWorkRules() {}

  /** Social workers needed for a population at a ratio, to two decimals. */
  static BigDecimal needed(long population, BigDecimal ratio) {
    return BigDecimal.valueOf(population).divide(ratio, 2, RoundingMode.CEILING);
  }

  /** Residents per social worker, rounded; empty with no social workers. */
  static Optional<Long> residentsPerWorker(long population, BigDecimal fte) {
    if (fte.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(population).divide(fte, 0, RoundingMode.HALF_EVEN).longValueExact());
  }

  private abstract static class RatioRule extends AbstractRule {
    private final String parameter;

    RatioRule(String code, Severity severity, String parameter) {
      super(code, severity, Acts.SOCIAL_WORK_LEPS, NationalRules.BUNDLE);
      this.parameter = parameter;
    }

    @Override
    public final void check(RuleContext context) {
      Plan plan = context.plan();
      long population = plan.ambito().population();
      Optional<DatedParameter> ratio = context.parameters().inYear(parameter, plan.period().from());
      if (plan.staffing().isEmpty() || population == 0 || ratio.isEmpty()) {
        return; // no staffing is NAT-CNT-005; a plan before 2021 predates the LEPS
      }
      check(context, plan.staffing().get(), population, ratio.get().value());
    }

    abstract void check(RuleContext context, Staffing staffing, long population, BigDecimal ratio);
  }

  /** Fewer social workers than the LEPS requires. */
  static final class BelowLeps extends RatioRule {
    BelowLeps() {
      super("NAT-LEPS-001", Severity.WARNING, LEPS_RATIO);
    }

    @Override
    void check(RuleContext context, Staffing staffing, long population, BigDecimal ratio) {
      BigDecimal needed = needed(population, ratio);
      if (staffing.socialWorkers().compareTo(needed) < 0) {
        context.report(
            Locations.staffing("socialWorkers"),
            staffing.socialWorkers(),
            population,
            residentsPerWorker(population, staffing.socialWorkers()).orElse(0L),
            ratio.longValue(),
            needed);
      }
    }
  }

  /** The LEPS is met but not yet the further service objective. */
  static final class BelowTarget extends RatioRule {
    BelowTarget() {
      super("NAT-LEPS-002", Severity.INFO, TARGET_RATIO);
    }

    @Override
    void check(RuleContext context, Staffing staffing, long population, BigDecimal ratio) {
      BigDecimal needed = needed(population, ratio);
      Optional<DatedParameter> leps =
          context.parameters().inYear(LEPS_RATIO, context.plan().period().from());
      boolean meetsLeps =
          leps.isPresent()
              && staffing.socialWorkers().compareTo(needed(population, leps.get().value())) >= 0;
      if (meetsLeps && staffing.socialWorkers().compareTo(needed) < 0) {
        context.report(
            Locations.staffing("socialWorkers"),
            staffing.socialWorkers(),
            population,
            ratio.longValue(),
            needed);
      }
    }
  }
}
