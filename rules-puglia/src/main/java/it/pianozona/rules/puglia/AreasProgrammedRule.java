package it.pianozona.rules.puglia;

import it.pianozona.core.framework.AbstractRule;
import it.pianozona.core.framework.Area;
import it.pianozona.core.framework.Locations;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.model.Intervention;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.RuleDescriptor;
import it.pianozona.core.validation.Severity;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every strategic area of the regional plan is programmed: a Piano Sociale di Zona sets at least
 * one intervention in each. One finding per area left empty.
 */
final class AreasProgrammedRule extends AbstractRule {

  AreasProgrammedRule(String code, Severity severity, LegalBasis basis) {
    super(
        RuleDescriptor.of(code, severity, basis, PugliaActs.MESSAGES, "PUG-AREA-001")
            .checkingCatalogue());
  }

  @Override
  public void check(RuleContext context) {
    Set<String> programmed =
        context.plan().interventions().stream().map(Intervention::area).collect(Collectors.toSet());
    for (Area area : context.catalogue().areas()) {
      if (!programmed.contains(area.code())) {
        context.report(
            Locations.planKey(context.plan(), "interventions"),
            area.code(),
            area.label(),
            context.framework().title());
      }
    }
  }
}
