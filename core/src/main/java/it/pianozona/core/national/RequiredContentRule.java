package it.pianozona.core.national;

import it.pianozona.core.framework.AbstractRule;
import it.pianozona.core.framework.ContentsSection;
import it.pianozona.core.framework.Locations;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.framework.Sections;
import it.pianozona.core.model.Plan;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.Severity;

/**
 * A section L. 328/2000 art. 19 c. 1 requires a plan to define, declared under {@code contents}
 * with a summary or a pointer to the plan's chapter. A section declared but without substance is
 * NAT-CNT-011's finding, not this rule's.
 */
final class RequiredContentRule extends AbstractRule implements ContentsSection {

  private final String key;

  RequiredContentRule(String code, Severity severity, LegalBasis basis, String key) {
    super(code, severity, basis, NationalRules.BUNDLE);
    this.key = key;
  }

  @Override
  public String contentsKey() {
    return key;
  }

  @Override
  public void check(RuleContext context) {
    Plan plan = context.plan();
    if (!Sections.declared(plan, key)) {
      context.report(Locations.contents(key), key);
    }
  }
}
