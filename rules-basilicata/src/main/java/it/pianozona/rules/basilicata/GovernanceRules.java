package it.pianozona.rules.basilicata;

import it.pianozona.core.framework.AbstractRule;
import it.pianozona.core.framework.Locations;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.model.ApprovalAct;
import it.pianozona.core.model.Plan;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.Severity;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The governance chain of a Piano Intercomunale: the convention among the comuni, the Partnership
 * Istituzionale, the Ufficio di Piano, and approval by the Conferenza dei Sindaci. Each is
 * confirmed in practice but its article was not read, so each is a warning.
 */
final class GovernanceRules {

  private GovernanceRules() {}

  /** The approval body, also called Conferenza Istituzionale d'Ambito. */
  static final String CONFERENCE = "conferenza-dei-sindaci";

  static final String CONVENTION = "convenzione";
  static final String PARTNERSHIP = "partnership-istituzionale";
  static final String PLANNING_OFFICE = "ufficio-di-piano";

  /** The plan is approved by the Conferenza dei Sindaci of the ambito. */
  static final class ConferenceApproval extends AbstractRule {
    ConferenceApproval(String cycle) {
      super(BasilicataActs.rule(cycle, "GOV-001", Severity.WARNING, BasilicataActs.CONFERENCE));
    }

    @Override
    public void check(RuleContext context) {
      Plan plan = context.plan();
      if (plan.governance().approvedBy(CONFERENCE)) {
        return;
      }
      Set<String> bodies = new LinkedHashSet<>();
      plan.governance().approvals().stream().map(ApprovalAct::body).forEach(bodies::add);
      context.report(
          Locations.governance(plan, "approvals"),
          CONFERENCE,
          bodies.isEmpty() ? "-" : String.join(", ", bodies));
    }
  }

  /** An agreement of the kind is recorded. */
  static final class AgreementRecorded extends AbstractRule {
    private final String kind;

    AgreementRecorded(String cycle, String topic, LegalBasis basis, String kind) {
      super(BasilicataActs.rule(cycle, topic, Severity.WARNING, basis));
      this.kind = kind;
    }

    @Override
    public void check(RuleContext context) {
      if (!context.plan().governance().hasAgreement(kind)) {
        context.report(Locations.governance(context.plan(), "agreements"), kind);
      }
    }
  }

  /** The intercommunal convention for the joint management of services. */
  static AgreementRecorded convention(String cycle) {
    return new AgreementRecorded(cycle, "GOV-002", BasilicataActs.CONVENTION, CONVENTION);
  }

  /** The Partnership Istituzionale of the ambito. */
  static AgreementRecorded partnership(String cycle) {
    return new AgreementRecorded(cycle, "GOV-003", BasilicataActs.PARTNERSHIP, PARTNERSHIP);
  }

  /** The Ufficio di Piano that supports the Conferenza and runs the plan. */
  static final class PlanningOffice extends AbstractRule {
    PlanningOffice(String cycle) {
      super(
          BasilicataActs.rule(cycle, "GOV-004", Severity.WARNING, BasilicataActs.PLANNING_OFFICE));
    }

    @Override
    public void check(RuleContext context) {
      if (!context.plan().governance().hasBody(PLANNING_OFFICE)) {
        context.report(Locations.governance(context.plan(), "bodies"), PLANNING_OFFICE);
      }
    }
  }
}
