package it.pianozona.core.national;

import it.pianozona.core.framework.AbstractRule;
import it.pianozona.core.framework.Locations;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.framework.Sections;
import it.pianozona.core.model.Plan;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.Severity;
import java.util.Map;

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

  /**
   * A contents section declared but empty of substance: marked illustrative or to be written, or
   * too short to describe anything ({@link Sections}). The presence rules see it as declared; this
   * rule says that it describes nothing, and the contents score does not count it. A warning, not
   * an error: the section may exist in the plan's text and only its summary here be missing.
   */
  static final class Substance extends AbstractRule {
    static final LegalBasis BASIS =
        LegalBasis.of(
            Acts.L328, "art. 19, c. 1 (\"il piano di zona individua\")", Acts.L328_ART19_URL);

    Substance() {
      super("NAT-CNT-011", Severity.WARNING, BASIS, NationalRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      Plan plan = context.plan();
      int min = Sections.minLength(plan, context.parameters());
      for (Map.Entry<String, String> e : plan.contents().entrySet()) {
        Sections.State state = Sections.state(e.getValue(), min);
        if (state == Sections.State.PLACEHOLDER || state == Sections.State.TOO_SHORT) {
          context.report(
              Locations.contents(e.getKey()),
              Vocabulary.withCode(Vocabulary.Kind.CONTENTS, e.getKey()),
              state == Sections.State.PLACEHOLDER ? 0 : 1,
              min);
        }
      }
    }
  }
}
