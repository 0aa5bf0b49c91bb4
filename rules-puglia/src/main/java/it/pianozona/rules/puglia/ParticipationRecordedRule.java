package it.pianozona.rules.puglia;

import it.pianozona.core.framework.Locations;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.validation.RuleDescriptor;
import it.pianozona.core.validation.Severity;

/**
 * The plan records its participatory process: L.R. 19/2006 wants citizens, the third sector,
 * unions and the other actors of art. 4 c. 2 lett. c to take part in drafting it.
 */
final class ParticipationRecordedRule implements Rule {

  private final RuleDescriptor descriptor;

  ParticipationRecordedRule(String code) {
    this.descriptor = RuleDescriptor.of(code, Severity.WARNING, PugliaActs.PARTICIPATION,
        PugliaActs.MESSAGES, "PUG-GOV-001");
  }

  @Override
  public RuleDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public void check(RuleContext context) {
    if (context.plan().governance().participation().isEmpty()) {
      context.report(Locations.governance(context.plan(), "participation"));
    }
  }
}
