package it.pianozona.core.national;

import it.pianozona.core.framework.AbstractRule;
import it.pianozona.core.framework.Locations;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.model.Plan;
import it.pianozona.core.validation.Severity;

/** The plan's period and its framework's years. */
final class PeriodRules {

  private PeriodRules() {}

  /**
   * A plan that names a framework whose years do not cover its period is checked under rules that
   * were not in force for it.
   */
  static final class OutsideFramework extends AbstractRule {
    OutsideFramework() {
      super("NAT-PER-001", Severity.ERROR, Acts.REGIONAL_PLAN, NationalRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      Plan plan = context.plan();
      if (!context.framework().validity().contains(plan.period())) {
        context.report(
            Locations.period(plan),
            plan.period().toString(),
            context.framework().id(),
            context.framework().validity().toString());
      }
    }
  }
}
