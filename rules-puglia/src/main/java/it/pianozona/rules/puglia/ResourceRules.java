package it.pianozona.rules.puglia;

import it.pianozona.core.criteria.CofinancingBase;
import it.pianozona.core.framework.AbstractRule;
import it.pianozona.core.framework.DatedParameter;
import it.pianozona.core.framework.FundArea;
import it.pianozona.core.framework.Locations;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.model.Allocation;
import it.pianozona.core.model.Intervention;
import it.pianozona.core.model.Plan;
import it.pianozona.core.text.Formats;
import it.pianozona.core.validation.RuleDescriptor;
import it.pianozona.core.validation.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** The regional rules on resources: municipal co-financing and what each fund may finance. */
final class ResourceRules {

  /** Parameter: the least share of the plan's funding the comuni put in from their budgets. */
  static final String COFINANCING = "municipal-cofinancing-min-share";

  private ResourceRules() {}

  /**
   * The comuni's own funds reach the framework's reference share. Only noted: the share is
   * confirmed for an earlier cycle and is a replaceable, unverified parameter for later ones.
   */
  static final class MunicipalCofinancing extends AbstractRule {
    MunicipalCofinancing(String code) {
      super(code, Severity.INFO, PugliaActs.COFINANCING, PugliaActs.MESSAGES, "PUG-FUND-001");
    }

    @Override
    public void check(RuleContext context) {
      Plan plan = context.plan();
      Optional<DatedParameter> minimum =
          context.parameters().inYear(COFINANCING, plan.period().from());
      // The same base as the municipal-cofinancing criterion: the sources the framework's
      // municipal-cofinancing-base parameter counts in the denominator.
      Optional<CofinancingBase> base = CofinancingBase.of(plan, context.parameters());
      if (minimum.isEmpty() || base.isEmpty() || base.get().base().isZero()) {
        return;
      }
      BigDecimal share = base.get().share();
      if (share.compareTo(minimum.get().value()) < 0) {
        context.report(
            Locations.planKey(plan, "funding"),
            base.get().comuni(),
            base.get().base(),
            percent(share),
            percent(minimum.get().value()),
            minimum.get().reference().citation(),
            base.get().description());
      }
    }

    private static Formats.Percent percent(BigDecimal share) {
      return Formats.Percent.of(
          share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_EVEN));
    }
  }

  /**
   * A fund restricted to some areas finances an intervention of another area. The restriction is
   * the catalogue's, so under an unverified catalogue this is only noted.
   */
  static final class FundOutsideItsAreas extends AbstractRule {
    FundOutsideItsAreas(String code, it.pianozona.core.validation.LegalBasis basis) {
      super(
          RuleDescriptor.of(code, Severity.WARNING, basis, PugliaActs.MESSAGES, "PUG-FUND-002")
              .checkingCatalogue());
    }

    @Override
    public void check(RuleContext context) {
      List<Intervention> interventions = context.plan().interventions();
      for (int i = 0; i < interventions.size(); i++) {
        Intervention intervention = interventions.get(i);
        for (int j = 0; j < intervention.allocations().size(); j++) {
          Allocation a = intervention.allocations().get(j);
          Optional<FundArea> restriction = context.catalogue().fundArea(a.source());
          if (restriction.isPresent() && !restriction.get().areas().contains(intervention.area())) {
            context.report(
                Locations.allocation(i, intervention, j, a, "source"),
                a.source().id(),
                intervention.id(),
                intervention.area(),
                String.join(", ", restriction.get().areas()),
                restriction.get().basis().citation());
          }
        }
      }
    }
  }
}
