package it.pianozona.rules.puglia;

import it.pianozona.core.framework.AbstractRule;
import it.pianozona.core.framework.Locations;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.model.ApprovalAct;
import it.pianozona.core.model.Governance;
import it.pianozona.core.model.PartialDate;
import it.pianozona.core.model.ParticipationEvent;
import it.pianozona.core.validation.Severity;
import java.util.Optional;

/** How a Piano Sociale di Zona is built and adopted under L.R. 19/2006. */
final class GovernanceRules {

  private GovernanceRules() {}

  /** The plan records its participatory process. */
  static final class ParticipationRecorded extends AbstractRule {
    ParticipationRecorded(String code) {
      super(code, Severity.WARNING, PugliaActs.PARTICIPATION, PugliaActs.MESSAGES, "PUG-GOV-001");
    }

    @Override
    public void check(RuleContext context) {
      if (context.plan().governance().participation().isEmpty()) {
        context.report(Locations.governance(context.plan(), "participation"));
      }
    }
  }

  /**
   * The ambito's political body approved the plan: the Coordinamento Istituzionale, or the assembly
   * of the consortium where the comuni manage the ambito as one (CIISAF in Fasano).
   */
  static final class CoordinamentoApproval extends AbstractRule {
    CoordinamentoApproval(String code) {
      super(code, Severity.WARNING, PugliaActs.COORDINAMENTO, PugliaActs.MESSAGES, "PUG-GOV-002");
    }

    @Override
    public void check(RuleContext context) {
      Governance g = context.plan().governance();
      if (!g.approvedBy("coordinamento-istituzionale") && !g.approvedBy("assemblea-consortile")) {
        context.report(Locations.governance(context.plan(), "approvals"));
      }
    }
  }

  /**
   * The plan is adopted with an Accordo di Programma with the ASL, which in practice is signed in
   * the Conferenza di Servizi by the comuni, the Region and the ASL.
   */
  static final class AdoptionAgreement extends AbstractRule {
    AdoptionAgreement(String code) {
      super(code, Severity.WARNING, PugliaActs.ART10_AGREEMENT, PugliaActs.MESSAGES, "PUG-GOV-003");
    }

    @Override
    public void check(RuleContext context) {
      Governance g = context.plan().governance();
      boolean agreementWithAsl =
          g.agreements().stream()
              .anyMatch(
                  a -> a.kind().equals("accordo-di-programma") && a.parties().contains("asl"));
      if (!agreementWithAsl && !g.approvedBy("conferenza-di-servizi")) {
        context.report(Locations.governance(context.plan(), "agreements"));
      }
    }
  }

  /** An actor of art. 4 c. 2 lett. c (the third sector, the unions) took part. */
  static final class ActorTookPart extends AbstractRule {
    private final String actor;
    private final String kind;

    /**
     * @param actor the actor id in {@code participation[].actors}
     * @param kind an event kind that by itself shows the actor took part, or null
     */
    ActorTookPart(String code, String keyBase, String actor, String kind) {
      super(code, Severity.WARNING, PugliaActs.ART10_PARTICIPATION, PugliaActs.MESSAGES, keyBase);
      this.actor = actor;
      this.kind = kind;
    }

    @Override
    public void check(RuleContext context) {
      if (context.plan().governance().participation().isEmpty()) {
        return; // no participation at all is the finding of ParticipationRecorded
      }
      boolean tookPart =
          context.plan().governance().participation().stream()
              .anyMatch(e -> e.actors().contains(actor) || e.kind().equals(kind));
      if (!tookPart) {
        context.report(Locations.governance(context.plan(), "participation"));
      }
    }
  }

  /**
   * Concertation comes before approval: when the plan dates both, at least one participatory event
   * is not later than the last approval act (the one that adopts the plan; earlier acts may only
   * open the process).
   */
  static final class ConcertationBeforeApproval extends AbstractRule {
    ConcertationBeforeApproval(String code) {
      super(
          code,
          Severity.WARNING,
          PugliaActs.ART10_PARTICIPATION,
          PugliaActs.MESSAGES,
          "PUG-GOV-006");
    }

    @Override
    public void check(RuleContext context) {
      Governance g = context.plan().governance();
      Optional<ApprovalAct> last =
          g.approvals().stream()
              .filter(a -> a.date().knownYear().isPresent())
              .max((a, b) -> a.date().compareTo(b.date()));
      Optional<PartialDate> earliestEvent =
          g.participation().stream()
              .map(ParticipationEvent::date)
              .flatMap(Optional::stream)
              .filter(d -> d.knownYear().isPresent())
              .min(PartialDate::compareTo);
      if (last.isEmpty() || earliestEvent.isEmpty()) {
        return; // nothing dated to compare; other rules report what is missing
      }
      if (earliestEvent.get().year() > last.get().date().year()
          || (earliestEvent.get().year() == last.get().date().year()
              && isLater(earliestEvent.get(), last.get().date()))) {
        int index = g.approvals().indexOf(last.get());
        context.report(
            Locations.approval(index, last.get().body(), "date"),
            last.get().date().toString(),
            earliestEvent.get().toString());
      }
    }

    /** Strictly later, comparing only what both dates know. */
    private static boolean isLater(PartialDate a, PartialDate b) {
      if (a.month() == 0 || b.month() == 0) {
        return false;
      }
      if (a.month() != b.month()) {
        return a.month() > b.month();
      }
      return a.day() != 0 && b.day() != 0 && a.day() > b.day();
    }
  }

  /** The ambito's Ufficio di Piano is recorded. */
  static final class UfficioDiPiano extends AbstractRule {
    UfficioDiPiano(String code) {
      super(
          code, Severity.WARNING, PugliaActs.UFFICIO_DI_PIANO, PugliaActs.MESSAGES, "PUG-GOV-007");
    }

    @Override
    public void check(RuleContext context) {
      if (!context.plan().governance().hasBody("ufficio-di-piano")) {
        context.report(Locations.governance(context.plan(), "bodies"));
      }
    }
  }
}
