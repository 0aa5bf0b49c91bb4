package it.pianozona.rules.lombardia;

import it.pianozona.core.framework.AbstractRule;
import it.pianozona.core.framework.Locations;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.model.Agreement;
import it.pianozona.core.model.ApprovalAct;
import it.pianozona.core.model.Governance;
import it.pianozona.core.model.Plan;
import it.pianozona.core.validation.ElementRef;
import it.pianozona.core.validation.Location;
import it.pianozona.core.validation.Pointer;
import it.pianozona.core.validation.Severity;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Who approves the plan, how it is carried out, and who takes part: art. 18 cc. 4 and 7. */
final class GovernanceRules {

  private GovernanceRules() {}

  /** The approval body of art. 18 c. 4, as plans record it in governance.approvals. */
  static final String ASSEMBLY = "assemblea-dei-sindaci";

  /** The agreement of art. 18 c. 7, as plans record it in governance.agreements. */
  static final String ACCORDO = "accordo-di-programma";

  /** The parties the amended c. 7 names beside the comuni. */
  static final List<String> HEALTH_PARTIES = List.of("ats", "asst");

  /** The third sector, as an actor of participation or a party of the Accordo. */
  static final String THIRD_SECTOR = "terzo-settore";

  /** C. 4: the plan is approved (or updated) by the district assembly of mayors. */
  static final class AssemblyApproval extends AbstractRule {
    AssemblyApproval(String cycle) {
      super(LombardiaActs.rule(cycle, "GOV-001", Severity.ERROR, LombardiaActs.ASSEMBLY));
    }

    @Override
    public void check(RuleContext context) {
      Plan plan = context.plan();
      if (plan.governance().approvedBy(ASSEMBLY)) {
        return;
      }
      Set<String> bodies = new LinkedHashSet<>();
      plan.governance().approvals().stream().map(ApprovalAct::body).forEach(bodies::add);
      context.report(
          Locations.governance(plan, "approvals"),
          ASSEMBLY,
          bodies.isEmpty() ? "-" : String.join(", ", bodies));
    }
  }

  /** C. 7: the comuni carry out the plan by signing an Accordo di Programma. */
  static final class AccordoRecorded extends AbstractRule {
    AccordoRecorded(String cycle) {
      super(LombardiaActs.rule(cycle, "GOV-002", Severity.ERROR, LombardiaActs.ACCORDO));
    }

    @Override
    public void check(RuleContext context) {
      if (!context.plan().governance().hasAgreement(ACCORDO)) {
        context.report(Locations.governance(context.plan(), "agreements"), ACCORDO);
      }
    }
  }

  /**
   * C. 7 as amended after l.r. 23/2015: the Accordo is signed with the ATS and the ASST. Only a
   * warning, because the amended wording was read in a paraphrase, not in the act.
   */
  static final class AccordoHealthParties extends AbstractRule {
    AccordoHealthParties(String cycle) {
      super(LombardiaActs.rule(cycle, "GOV-003", Severity.WARNING, LombardiaActs.ACCORDO_ATS_ASST));
    }

    @Override
    public void check(RuleContext context) {
      List<Agreement> agreements = context.plan().governance().agreements();
      int first = -1;
      Set<String> parties = new LinkedHashSet<>();
      for (int i = 0; i < agreements.size(); i++) {
        if (agreements.get(i).kind().equals(ACCORDO)) {
          first = first < 0 ? i : first;
          parties.addAll(agreements.get(i).parties());
        }
      }
      if (first < 0) {
        return; // no Accordo at all is GOV-002's finding
      }
      List<String> missing = new ArrayList<>(HEALTH_PARTIES);
      missing.removeAll(parties);
      if (!missing.isEmpty()) {
        context.report(
            agreementParties(first),
            String.join(", ", missing),
            parties.isEmpty() ? "-" : String.join(", ", parties));
      }
    }
  }

  /** C. 4 and 7: the third sector takes part in drafting the plan and may adhere to the Accordo. */
  static final class ThirdSectorTakesPart extends AbstractRule {
    ThirdSectorTakesPart(String cycle) {
      super(LombardiaActs.rule(cycle, "GOV-004", Severity.WARNING, LombardiaActs.THIRD_SECTOR));
    }

    @Override
    public void check(RuleContext context) {
      Governance g = context.plan().governance();
      boolean participated =
          g.participation().stream().anyMatch(e -> e.actors().contains(THIRD_SECTOR));
      boolean adhered = g.agreements().stream().anyMatch(a -> a.parties().contains(THIRD_SECTOR));
      if (!participated && !adhered) {
        context.report(Locations.governance(context.plan(), "participation"), THIRD_SECTOR);
      }
    }
  }

  /** The parties of the agreement at the index; Locations has no helper for agreements. */
  static Location agreementParties(int index) {
    return Location.of(
        Pointer.of("governance", "agreements", index, "parties"),
        ElementRef.Kind.GOVERNANCE,
        ACCORDO);
  }
}
