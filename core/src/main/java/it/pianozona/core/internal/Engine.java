package it.pianozona.core.internal;

import it.pianozona.core.framework.Catalogue;
import it.pianozona.core.framework.CriterionContext;
import it.pianozona.core.framework.CriterionResult;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.Locations;
import it.pianozona.core.framework.NationalReference;
import it.pianozona.core.framework.Parameters;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.framework.WeightedCriterion;
import it.pianozona.core.model.Plan;
import it.pianozona.core.national.NationalRules;
import it.pianozona.core.reference.ComuniRegistry;
import it.pianozona.core.scoring.CriterionScore;
import it.pianozona.core.scoring.Score;
import it.pianozona.core.text.Message;
import it.pianozona.core.text.Text;
import it.pianozona.core.validation.Finding;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.Location;
import it.pianozona.core.validation.RuleDescriptor;
import it.pianozona.core.validation.Severity;
import it.pianozona.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs rules and criteria over a plan. Never throws for any plan: a rule that fails is turned into
 * a finding of its own ({@link #RULE_FAILED}), a criterion that fails scores nothing and says why.
 * Under an unverified catalogue, the findings of a rule that checks against it get the severity
 * {@link it.pianozona.core.framework.Catalogue#severityOf} gives (at most INFO) and carry the
 * catalogue's caveat in their message, in one place rather than in every rule. Stateless and safe
 * to share between threads.
 */
public final class Engine {

  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

  /** Reported when a rule throws: the report is incomplete and the library has a bug. */
  public static final RuleDescriptor RULE_FAILED =
      RuleDescriptor.of(
          "CORE-ENG-001",
          Severity.WARNING,
          LegalBasis.of("pianozona: motore di validazione", "", null),
          NationalRules.BUNDLE);

  private final NationalReference national;
  private final ComuniRegistry comuni;

  public Engine(NationalReference national, ComuniRegistry comuni) {
    this.national = national;
    this.comuni = comuni;
  }

  /** Every rule run for plans of the framework: national ones first. */
  public static List<Rule> rulesFor(Framework framework) {
    List<Rule> rules = new ArrayList<>(NationalRules.all());
    rules.addAll(framework.rules());
    return rules;
  }

  public Parameters parameters(Framework framework) {
    return national.parameters().with(framework.parameters());
  }

  public ValidationReport validate(Plan plan, Framework framework) {
    Parameters parameters = parameters(framework);
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : rulesFor(framework)) {
      Context context = new Context(plan, framework, parameters, rule.descriptor(), findings);
      try {
        rule.check(context);
      } catch (RuntimeException | StackOverflowError e) {
        String code = rule.descriptor().code();
        LOG.error("rule {} failed on plan {}", code, plan.id(), e);
        findings.add(
            Finding.of(RULE_FAILED, Locations.plan(plan), code, e.getClass().getSimpleName()));
      }
    }
    return new ValidationReport(plan.id(), framework.id(), findings);
  }

  public Score score(Plan plan, Framework framework, ValidationReport report) {
    CriterionContext context =
        new CriterionContext(plan, framework, parameters(framework), national, comuni, report);
    List<CriterionScore> scores = new ArrayList<>();
    for (WeightedCriterion wc : framework.scoring().criteria()) {
      CriterionResult result;
      try {
        result = wc.criterion().evaluate(context);
      } catch (RuntimeException e) {
        LOG.error("criterion {} failed on plan {}", wc.criterion().id(), plan.id(), e);
        result =
            CriterionResult.notApplicable(
                List.of(
                    Message.of(
                        NationalRules.BUNDLE, "criterion.failed", e.getClass().getSimpleName())));
      }
      BigDecimal points =
          wc.weight().multiply(result.share()).setScale(2, RoundingMode.HALF_EVEN).min(wc.weight());
      scores.add(
          new CriterionScore(
              wc.criterion().id(),
              wc.criterion().name(),
              wc.weight(),
              points,
              result.applicable(),
              result.evidence(),
              wc.criterion().basis(),
              wc.rationale(),
              wc.weightBasis()));
    }
    return Score.of(framework.id(), scores);
  }

  private final class Context implements RuleContext {
    private final Plan plan;
    private final Framework framework;
    private final Parameters parameters;
    private final RuleDescriptor descriptor;
    private final List<Finding> findings;

    Context(
        Plan plan,
        Framework framework,
        Parameters parameters,
        RuleDescriptor descriptor,
        List<Finding> findings) {
      this.plan = plan;
      this.framework = framework;
      this.parameters = parameters;
      this.descriptor = descriptor;
      this.findings = findings;
    }

    @Override
    public Plan plan() {
      return plan;
    }

    @Override
    public Framework framework() {
      return framework;
    }

    @Override
    public Parameters parameters() {
      return parameters;
    }

    @Override
    public NationalReference national() {
      return national;
    }

    @Override
    public ComuniRegistry comuni() {
      return comuni;
    }

    @Override
    public void report(Location location, Object... args) {
      Finding finding = Finding.of(descriptor, location, args);
      Catalogue catalogue = framework.catalogue();
      if (descriptor.checksCatalogue() && !catalogue.isVerified()) {
        Text caveat = catalogue.reference().caveat().orElseThrow();
        finding =
            new Finding(
                finding.code(),
                catalogue.severityOf(descriptor),
                location,
                finding.legalBasis(),
                Message.of(
                    NationalRules.BUNDLE, Catalogue.UNVERIFIED_FINDING, finding.message(), caveat));
      }
      findings.add(finding);
    }
  }
}
