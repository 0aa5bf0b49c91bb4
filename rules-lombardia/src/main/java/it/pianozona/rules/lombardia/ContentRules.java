package it.pianozona.rules.lombardia;

import it.pianozona.core.framework.AbstractRule;
import it.pianozona.core.framework.ContentsSection;
import it.pianozona.core.framework.Locations;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.framework.Sections;
import it.pianozona.core.model.Plan;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.Severity;
import java.util.List;

/**
 * What art. 18 requires the plan to cover beyond L. 328/2000 art. 19: access to the network (c. 1),
 * the segretariato sociale (c. 8), and the links with education, labour and housing (c. 2). A plan
 * shows each by a contents section or, where an intervention can carry it, by an intervention
 * tagged for it.
 */
final class ContentRules {

  private ContentRules() {}

  /** The contents key of access to the network (c. 1). */
  static final String ACCESS = "access";

  /** The contents key of the segretariato sociale (c. 8). */
  static final String SECRETARIAT = "socialSecretariat";

  /** The tag of an intervention that is the segretariato sociale or an access point. */
  static final String SECRETARIAT_TAG = "segretariato-sociale";

  /**
   * A section the plan must define, found under a contents key or, when tags are given, shown by an
   * intervention carrying one of them.
   */
  static final class Section extends AbstractRule implements ContentsSection {
    private final String key;
    private final List<String> tags;

    Section(
        String cycle,
        String topic,
        Severity severity,
        LegalBasis basis,
        String key,
        List<String> tags) {
      super(LombardiaActs.rule(cycle, topic, severity, basis));
      this.key = key;
      this.tags = List.copyOf(tags);
    }

    @Override
    public String contentsKey() {
      return key;
    }

    @Override
    public void check(RuleContext context) {
      Plan plan = context.plan();
      if (Sections.declared(plan, key)) {
        return;
      }
      boolean tagged =
          plan.interventions().stream().anyMatch(i -> i.tags().stream().anyMatch(tags::contains));
      if (!tagged) {
        context.report(
            Locations.contents(key), key, tags.isEmpty() ? "-" : String.join(", ", tags));
      }
    }
  }

  /** C. 1: how people access the network. A section of its own: no tag stands for it. */
  static Section access(String cycle) {
    return new Section(cycle, "CNT-001", Severity.ERROR, LombardiaActs.ACCESS, ACCESS, List.of());
  }

  /** C. 8: the segretariato sociale, as a section or as an intervention tagged for it. */
  static Section secretariat(String cycle) {
    return new Section(
        cycle,
        "CNT-002",
        Severity.ERROR,
        LombardiaActs.SECRETARIAT,
        SECRETARIAT,
        List.of(SECRETARIAT_TAG));
  }

  /**
   * C. 2: the link with education and training. A warning: the comma asks for integration "also in
   * relation to" these policies, and a section or tag is only evidence of it.
   */
  static Section education(String cycle) {
    return new Section(
        cycle,
        "CNT-003",
        Severity.WARNING,
        LombardiaActs.INTEGRATION,
        "educationIntegration",
        List.of(Tags.EDUCATION, Tags.TRAINING));
  }

  /** C. 2: the link with labour policy. */
  static Section labour(String cycle) {
    return new Section(
        cycle,
        "CNT-004",
        Severity.WARNING,
        LombardiaActs.INTEGRATION,
        "labourIntegration",
        List.of(Tags.LABOUR));
  }

  /** C. 2: the link with housing policy. */
  static Section housing(String cycle) {
    return new Section(
        cycle,
        "CNT-005",
        Severity.WARNING,
        LombardiaActs.INTEGRATION,
        "housingIntegration",
        List.of(Tags.HOUSING));
  }

  /** C. 5: the plan's programming is triennial (an annual update keeps the triennium). */
  static final class Triennial extends AbstractRule {
    Triennial(String cycle) {
      super(LombardiaActs.rule(cycle, "PER-001", Severity.ERROR, LombardiaActs.TRIENNIAL));
    }

    @Override
    public void check(RuleContext context) {
      Plan plan = context.plan();
      if (plan.period().lengthInYears() != 3) {
        context.report(
            Locations.period(plan), plan.period().toString(), plan.period().lengthInYears());
      }
    }
  }
}
