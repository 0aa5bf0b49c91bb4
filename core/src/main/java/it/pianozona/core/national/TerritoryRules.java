package it.pianozona.core.national;

import it.pianozona.core.framework.AbstractRule;
import it.pianozona.core.framework.Locations;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.model.Ambito;
import it.pianozona.core.model.Comune;
import it.pianozona.core.model.IstatCode;
import it.pianozona.core.reference.ComuniRegistry;
import it.pianozona.core.reference.IstatComune;
import it.pianozona.core.validation.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The ambito's territory against the ISTAT list: its comuni exist, are in its region, once. */
final class TerritoryRules {

  private TerritoryRules() {}

  /** A comune whose ISTAT code is not in the list. */
  static final class UnknownComune extends AbstractRule {
    UnknownComune() {
      super("NAT-TERR-001", Severity.ERROR, Acts.AMBITO, NationalRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      List<Comune> comuni = context.plan().ambito().comuni();
      for (int i = 0; i < comuni.size(); i++) {
        Comune c = comuni.get(i);
        if (context.comuni().find(c.istat()).isEmpty()) {
          context.report(
              Locations.comune(i, c, "istat"), c.istat().value(), c.name(), ComuniRegistry.AS_OF);
        }
      }
    }
  }

  /** A comune that ISTAT places in another region than the plan's. */
  static final class ComuneOutsideRegion extends AbstractRule {
    ComuneOutsideRegion() {
      super("NAT-TERR-002", Severity.ERROR, Acts.AMBITO, NationalRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      Ambito ambito = context.plan().ambito();
      List<Comune> comuni = ambito.comuni();
      for (int i = 0; i < comuni.size(); i++) {
        Comune c = comuni.get(i);
        Optional<IstatComune> known = context.comuni().find(c.istat());
        if (known.isPresent() && known.get().region() != ambito.region()) {
          context.report(
              Locations.comune(i, c, "istat"),
              known.get().name(),
              c.istat().value(),
              known.get().region().displayName(),
              ambito.region().displayName());
        }
      }
    }
  }

  /** A comune whose name in the plan is not ISTAT's name for its code: a typo or a wrong code. */
  static final class ComuneName extends AbstractRule {
    ComuneName() {
      super("NAT-TERR-003", Severity.WARNING, Acts.AMBITO, NationalRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      List<Comune> comuni = context.plan().ambito().comuni();
      for (int i = 0; i < comuni.size(); i++) {
        Comune c = comuni.get(i);
        Optional<IstatComune> known = context.comuni().find(c.istat());
        if (known.isPresent() && !ComuniRegistry.sameName(known.get().name(), c.name())) {
          context.report(
              Locations.comune(i, c, "name"), c.name(), c.istat().value(), known.get().name());
        }
      }
    }
  }

  /** The lead comune must be one of the ambito's comuni. */
  static final class LeadComune extends AbstractRule {
    LeadComune() {
      super("NAT-TERR-004", Severity.ERROR, Acts.AMBITO, NationalRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      Ambito ambito = context.plan().ambito();
      IstatCode lead = ambito.lead();
      if (ambito.comune(lead).isEmpty()) {
        String name = context.comuni().find(lead).map(IstatComune::name).orElse("?");
        context.report(Locations.ambito(context.plan(), "lead"), lead.value(), name);
      }
    }
  }

  /** A comune listed twice would count its residents twice. */
  static final class DuplicateComune extends AbstractRule {
    DuplicateComune() {
      super("NAT-TERR-005", Severity.ERROR, Acts.AMBITO, NationalRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      List<Comune> comuni = context.plan().ambito().comuni();
      Set<IstatCode> seen = new HashSet<>();
      for (int i = 0; i < comuni.size(); i++) {
        Comune c = comuni.get(i);
        if (!seen.add(c.istat())) {
          context.report(Locations.comune(i, c, "istat"), c.istat().value(), c.name());
        }
      }
    }
  }

  /** An ambito is a group of comuni: it cannot have none. */
  static final class NoComuni extends AbstractRule {
    NoComuni() {
      super("NAT-TERR-006", Severity.ERROR, Acts.AMBITO, NationalRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      if (context.plan().ambito().comuni().isEmpty()) {
        context.report(Locations.ambito(context.plan(), "comuni"));
      }
    }
  }

  /**
   * Comuni that together have no residents: every ratio to the population (the social-work LEPS of
   * 1 per 5,000 residents) is then meaningless, so the plan is told why, instead of each rule and
   * criterion that needs the population staying silent or blaming something else.
   */
  static final class NoResidents extends AbstractRule {
    NoResidents() {
      super("NAT-TERR-007", Severity.WARNING, Acts.SOCIAL_WORK_LEPS, NationalRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      Ambito ambito = context.plan().ambito();
      if (!ambito.comuni().isEmpty() && ambito.population() == 0) {
        context.report(Locations.ambito(context.plan(), "comuni"));
      }
    }
  }
}
