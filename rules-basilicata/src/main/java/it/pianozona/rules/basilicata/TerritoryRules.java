package it.pianozona.rules.basilicata;

import it.pianozona.core.framework.AbstractRule;
import it.pianozona.core.framework.Locations;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.model.Ambito;
import it.pianozona.core.model.Comune;
import it.pianozona.core.model.IstatCode;
import it.pianozona.core.reference.IstatComune;
import it.pianozona.core.validation.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The plan's ambito against the nine ambiti socio-territoriali: it is one of them, its comuni are
 * that ambito's and not another's, and its lead is the ambito's capofila. Only what the reference
 * data confirms is an error; what it infers is a warning.
 */
final class TerritoryRules {

  private TerritoryRules() {}

  /** Where a comune of the plan sits in the document. */
  private static void forEachComune(RuleContext context, ComuneVisitor visitor) {
    List<Comune> comuni = context.plan().ambito().comuni();
    for (int i = 0; i < comuni.size(); i++) {
      visitor.visit(i, comuni.get(i));
    }
  }

  private interface ComuneVisitor {
    void visit(int index, Comune comune);
  }

  private abstract static class Base extends AbstractRule {
    final AmbitiReference reference;

    Base(String cycle, String topic, Severity severity, AmbitiReference reference) {
      super(BasilicataActs.rule(cycle, topic, severity, BasilicataActs.AMBITI));
      this.reference = reference;
    }

    Optional<AmbitoReference> matched(RuleContext context) {
      return reference.match(context.plan().ambito());
    }

    /** The plan's ambito, only when the sources confirm its whole list of comuni. */
    Optional<AmbitoReference> confirmed(RuleContext context) {
      return matched(context).filter(a -> a.composition() == AmbitoReference.Composition.CONFIRMED);
    }
  }

  /** The plan's ambito is one of the nine, by its id or its name. */
  static final class KnownAmbito extends Base {
    KnownAmbito(String cycle, AmbitiReference reference) {
      super(cycle, "TERR-001", Severity.WARNING, reference);
    }

    @Override
    public void check(RuleContext context) {
      if (matched(context).isPresent()) {
        return;
      }
      Ambito ambito = context.plan().ambito();
      String names =
          reference.all().stream().map(AmbitoReference::name).collect(Collectors.joining(", "));
      String owners =
          ambito.comuni().stream()
              .map(c -> reference.owner(c.istat()).map(AmbitoReference::name))
              .flatMap(Optional::stream)
              .distinct()
              .collect(Collectors.joining(", "));
      context.report(
          Locations.ambito(context.plan(), "name"),
          ambito.name(),
          ambito.id().orElse("-"),
          names,
          owners.isEmpty() ? "-" : owners);
    }
  }

  /**
   * A comune that belongs, for certain, to another ambito than the plan's. Silent while the plan's
   * ambito is not recognised: TERR-001 says so, and names the ambiti its comuni point to.
   */
  static final class ComuneOfAnotherAmbito extends Base {
    ComuneOfAnotherAmbito(String cycle, AmbitiReference reference) {
      super(cycle, "TERR-002", Severity.ERROR, reference);
    }

    @Override
    public void check(RuleContext context) {
      Optional<AmbitoReference> own = matched(context);
      if (own.isEmpty()) {
        return;
      }
      forEachComune(
          context,
          (i, c) -> {
            Optional<AmbitoReference> owner = reference.owner(c.istat());
            if (owner.isPresent() && !owner.equals(own)) {
              context.report(
                  Locations.comune(i, c, "istat"),
                  c.name(),
                  c.istat().value(),
                  owner.get().name(),
                  owner.get().source().act());
            }
          });
    }
  }

  /**
   * A comune outside the confirmed list of the plan's ambito (and not already reported as another
   * ambito's).
   */
  static final class ComuneOutsideAmbito extends Base {
    ComuneOutsideAmbito(String cycle, AmbitiReference reference) {
      super(cycle, "TERR-003", Severity.ERROR, reference);
    }

    @Override
    public void check(RuleContext context) {
      Optional<AmbitoReference> own = confirmed(context);
      if (own.isEmpty()) {
        return;
      }
      forEachComune(
          context,
          (i, c) -> {
            if (!own.get().lists(c.istat()) && reference.owner(c.istat()).isEmpty()) {
              context.report(
                  Locations.comune(i, c, "istat"),
                  c.name(),
                  c.istat().value(),
                  own.get().name(),
                  own.get().comuni().size(),
                  own.get().source().act());
            }
          });
    }
  }

  /** A comune of the ambito's confirmed list that the plan leaves out. */
  static final class ComuneMissing extends Base {
    ComuneMissing(String cycle, AmbitiReference reference) {
      super(cycle, "TERR-004", Severity.WARNING, reference);
    }

    @Override
    public void check(RuleContext context) {
      Optional<AmbitoReference> own = confirmed(context);
      if (own.isEmpty()) {
        return;
      }
      Set<IstatCode> listed =
          context.plan().ambito().comuni().stream().map(Comune::istat).collect(Collectors.toSet());
      for (IstatCode code : own.get().comuni()) {
        if (!listed.contains(code)) {
          String name = context.comuni().find(code).map(IstatComune::name).orElse("?");
          context.report(
              Locations.ambito(context.plan(), "comuni"),
              name,
              code.value(),
              own.get().name(),
              own.get().source().act());
        }
      }
    }
  }

  /** The plan's lead comune is not the capofila the sources give for its ambito. */
  static final class LeadIsCapofila extends Base {
    LeadIsCapofila(String cycle, AmbitiReference reference) {
      super(cycle, "TERR-005", Severity.WARNING, reference);
    }

    @Override
    public void check(RuleContext context) {
      Optional<AmbitoReference> own = matched(context);
      IstatCode lead = context.plan().ambito().lead();
      if (own.isPresent() && !own.get().lead().equals(lead)) {
        String expected =
            context.comuni().find(own.get().lead()).map(IstatComune::name).orElse("?");
        context.report(
            Locations.ambito(context.plan(), "lead"),
            lead.value(),
            own.get().name(),
            expected,
            own.get().lead().value(),
            own.get().asOf().toString());
      }
    }
  }

  /**
   * A comune outside a list the sources only suggest: worth a look, not an error, and not reported
   * when it is certainly another ambito's (TERR-002 says so).
   */
  static final class ComuneOutsideInferredAmbito extends Base {
    ComuneOutsideInferredAmbito(String cycle, AmbitiReference reference) {
      super(cycle, "TERR-006", Severity.WARNING, reference);
    }

    @Override
    public void check(RuleContext context) {
      Optional<AmbitoReference> own =
          matched(context).filter(a -> a.composition() == AmbitoReference.Composition.INFERRED);
      if (own.isEmpty()) {
        return;
      }
      forEachComune(
          context,
          (i, c) -> {
            if (!own.get().lists(c.istat()) && reference.owner(c.istat()).isEmpty()) {
              context.report(
                  Locations.comune(i, c, "istat"),
                  c.name(),
                  c.istat().value(),
                  own.get().name(),
                  own.get().source().caveat().<Object>map(t -> t).orElse("-"));
            }
          });
    }
  }

  /** The territory rules under the framework's codes. */
  static List<AbstractRule> all(String cycle, AmbitiReference reference) {
    return List.of(
        new KnownAmbito(cycle, reference),
        new ComuneOfAnotherAmbito(cycle, reference),
        new ComuneOutsideAmbito(cycle, reference),
        new ComuneMissing(cycle, reference),
        new LeadIsCapofila(cycle, reference),
        new ComuneOutsideInferredAmbito(cycle, reference));
  }
}
