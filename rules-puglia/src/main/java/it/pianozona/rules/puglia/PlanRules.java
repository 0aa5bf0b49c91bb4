package it.pianozona.rules.puglia;

import it.pianozona.core.framework.AbstractRule;
import it.pianozona.core.framework.ContentsSection;
import it.pianozona.core.framework.Locations;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.framework.Sections;
import it.pianozona.core.model.Intervention;
import it.pianozona.core.model.Plan;
import it.pianozona.core.validation.Severity;

/** What a Piano Sociale di Zona is under L.R. 19/2006 art. 10 and R.R. 4/2007. */
final class PlanRules {

  private PlanRules() {}

  /** The Piano Sociale di Zona lasts three years. */
  static final class ThreeYears extends AbstractRule {
    ThreeYears(String code) {
      super(code, Severity.WARNING, PugliaActs.ART10_DURATION, PugliaActs.MESSAGES, "PUG-PER-001");
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

  /** A section the regional rule adds to those of L. 328/2000 art. 19, under contents. */
  static final class Section extends AbstractRule implements ContentsSection {
    private final String key;

    Section(String code, String keyBase, String key) {
      super(code, Severity.WARNING, PugliaActs.ART10_CONTENTS, PugliaActs.MESSAGES, keyBase);
      this.key = key;
    }

    @Override
    public String contentsKey() {
      return key;
    }

    @Override
    public void check(RuleContext context) {
      if (!Sections.declared(context.plan(), key)) {
        context.report(Locations.contents(key), key);
      }
    }
  }

  /**
   * The ambito runs single access points (PUA) with the health authority: an intervention declares
   * the integrated-care LEPS or is tagged {@code pua}.
   */
  static final class Pua extends AbstractRule {
    Pua(String code) {
      super(code, Severity.WARNING, PugliaActs.PUA, PugliaActs.MESSAGES, "PUG-ACC-001");
    }

    @Override
    public void check(RuleContext context) {
      boolean pua = context.plan().interventions().stream().anyMatch(Pua::isPua);
      if (!pua) {
        context.report(Locations.planKey(context.plan(), "interventions"));
      }
    }

    private static boolean isPua(Intervention i) {
      return i.tags().contains("pua") || i.leps().contains("percorso-assistenziale-integrato");
    }
  }
}
