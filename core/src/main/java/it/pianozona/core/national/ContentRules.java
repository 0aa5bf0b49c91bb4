package it.pianozona.core.national;

import it.pianozona.core.framework.AbstractRule;
import it.pianozona.core.framework.Locations;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.validation.Severity;

/** The art. 19 contents a plan shows by its data rather than by a written section. */
final class ContentRules {

  private ContentRules() {}

  /** Lett. a): the plan names the services and interventions that carry out its objectives. */
  static final class Services extends AbstractRule {
    Services() {
      super("NAT-CNT-002", Severity.ERROR, Acts.art19("a"), NationalRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      if (context.plan().interventions().isEmpty()) {
        context.report(Locations.planKey(context.plan(), "interventions"));
      }
    }
  }

  /** Lett. b): the plan declares its financial resources. */
  static final class FinancialResources extends AbstractRule {
    FinancialResources() {
      super("NAT-CNT-004", Severity.ERROR, Acts.art19("b"), NationalRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      if (context.plan().funding().isEmpty()) {
        context.report(Locations.planKey(context.plan(), "funding"));
      }
    }
  }

  /** Lett. b): the plan declares its professional resources. */
  static final class ProfessionalResources extends AbstractRule {
    ProfessionalResources() {
      super("NAT-CNT-005", Severity.ERROR, Acts.art19("b"), NationalRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      if (context.plan().staffing().isEmpty()) {
        context.report(Locations.planKey(context.plan(), "staffing"));
      }
    }
  }
}
