package it.pianozona.core.internal;

import it.pianozona.core.config.Configuration;
import it.pianozona.core.config.ConfiguredSuppression;
import it.pianozona.core.config.ParameterOverride;
import it.pianozona.core.config.RuleSetting;
import it.pianozona.core.config.Tuning;
import it.pianozona.core.framework.Catalogue;
import it.pianozona.core.framework.CriterionContext;
import it.pianozona.core.framework.CriterionResult;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.Locations;
import it.pianozona.core.framework.NationalReference;
import it.pianozona.core.framework.Parameters;
import it.pianozona.core.framework.PlanIndex;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.framework.WeightedCriterion;
import it.pianozona.core.model.Plan;
import it.pianozona.core.model.Suppression;
import it.pianozona.core.national.NationalRules;
import it.pianozona.core.reference.ComuniRegistry;
import it.pianozona.core.scoring.CriterionScore;
import it.pianozona.core.scoring.Score;
import it.pianozona.core.text.Message;
import it.pianozona.core.text.Text;
import it.pianozona.core.validation.ElementRef;
import it.pianozona.core.validation.Finding;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.Location;
import it.pianozona.core.validation.Pointer;
import it.pianozona.core.validation.RuleDescriptor;
import it.pianozona.core.validation.Severity;
import it.pianozona.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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

  /** Reported for a suppression that accepts no finding: the exception outlived its problem. */
  public static final RuleDescriptor STALE_SUPPRESSION =
      RuleDescriptor.of(
          "CORE-SUP-001",
          Severity.WARNING,
          LegalBasis.of("pianozona: soppressioni dei rilievi", "", null),
          NationalRules.BUNDLE);

  public Parameters parameters(Framework framework) {
    return parameters(framework, Configuration.NONE);
  }

  /** The parameters of the framework, with the configuration's overrides for it in place. */
  public Parameters parameters(Framework framework, Configuration configuration) {
    Parameters base = national.parameters().with(framework.parameters());
    return withOverrides(base, overridesFor(framework, configuration, base));
  }

  private static Parameters withOverrides(Parameters base, List<ParameterOverride> overrides) {
    if (overrides.isEmpty()) {
      return base;
    }
    return base.overriddenBy(
        Parameters.of(
            overrides.stream().flatMap(o -> o.value().stream()).toList(),
            overrides.stream().flatMap(o -> o.codes().stream()).toList()));
  }

  /** The overrides for the framework's parameters: the base is computed once, by the caller. */
  private static List<ParameterOverride> overridesFor(
      Framework framework, Configuration configuration, Parameters base) {
    return configuration.parameters().stream()
        .filter(o -> o.appliesTo(framework.id()))
        .filter(o -> base.has(o.id()))
        .toList();
  }

  public ValidationReport validate(Plan plan, Framework framework) {
    return validate(plan, framework, Configuration.NONE).report();
  }

  /** A validation report and what the configuration changed to produce it. */
  public record Tuned(ValidationReport report, Tuning tuning) {}

  /**
   * Validates the plan with the configuration's rule settings, parameter overrides and
   * suppressions: a rule turned off does not run, a re-graded one reports at its new severity
   * (remembering its own), and a finding a suppression of the plan or of the configuration accepts
   * is marked with it. A suppression that accepts no finding gives {@link #STALE_SUPPRESSION}.
   */
  public Tuned validate(Plan plan, Framework framework, Configuration configuration) {
    Parameters base = national.parameters().with(framework.parameters());
    List<ParameterOverride> overrides = overridesFor(framework, configuration, base);
    Parameters parameters = withOverrides(base, overrides);
    List<Finding> findings = new ArrayList<>();
    List<Tuning.RuleChange> changes = new ArrayList<>();
    // The plan's indexes, computed once for all the rules of this evaluation.
    Map<PlanIndex<?>, Object> indexes = new IdentityHashMap<>();
    for (Rule rule : rulesFor(framework)) {
      RuleDescriptor descriptor = rule.descriptor();
      Optional<RuleSetting> setting = configuration.settingFor(descriptor);
      if (setting.isPresent()
          && setting.get().severity().map(s -> s != descriptor.severity()).orElse(true)) {
        changes.add(
            new Tuning.RuleChange(
                descriptor.code(), descriptor.severity(), setting.get().severity(), setting.get()));
      }
      if (setting.isPresent() && setting.get().off()) {
        continue;
      }
      Optional<Severity> severity = setting.flatMap(RuleSetting::severity);
      Context context =
          new Context(plan, framework, parameters, descriptor, severity, findings, indexes);
      try {
        rule.check(context);
      } catch (RuntimeException | StackOverflowError e) {
        String code = descriptor.code();
        LOG.error("rule {} failed on plan {}", code, plan.id(), e);
        findings.add(
            Finding.of(RULE_FAILED, Locations.plan(plan), code, e.getClass().getSimpleName()));
      }
    }
    Set<String> turnedOff =
        changes.stream()
            .filter(Tuning.RuleChange::off)
            .map(Tuning.RuleChange::code)
            .collect(Collectors.toSet());
    List<Finding> marked = suppress(plan, configuration, findings, turnedOff);
    // Only the overrides in force on some day of the plan's period change its check: one for
    // other years is not named as a change.
    LocalDate first = LocalDate.of(plan.period().from(), 1, 1);
    LocalDate last = LocalDate.of(plan.period().to(), 12, 31);
    List<ParameterOverride> inForce =
        overrides.stream()
            .filter(
                o ->
                    !o.validFrom().isAfter(last)
                        && !o.validTo().map(to -> to.isBefore(first)).orElse(false))
            .toList();
    Tuning tuning = new Tuning(configuration.file(), changes, inForce, Optional.empty());
    return new Tuned(new ValidationReport(plan.id(), framework.id(), marked), tuning);
  }

  /** The findings with the suppressions that accept them, and one finding per stale suppression. */
  private List<Finding> suppress(
      Plan plan, Configuration configuration, List<Finding> findings, Set<String> turnedOff) {
    List<Suppression> all = new ArrayList<>(plan.suppressions());
    // A stale suppression is about the suppression itself, by what it accepts: each has a
    // fingerprint of its own, so that a baseline tells one stale suppression from another.
    List<Location> declared = new ArrayList<>();
    for (int i = 0; i < plan.suppressions().size(); i++) {
      Suppression s = plan.suppressions().get(i);
      declared.add(
          Location.of(
              Pointer.of("suppressions", i),
              ElementRef.Kind.SUPPRESSION,
              s.code() + " " + s.pointer()));
    }
    for (ConfiguredSuppression c : configuration.suppressions()) {
      if (c.plan().equals(plan.id())) {
        all.add(c.suppression());
        declared.add(
            Location.of(
                Pointer.ROOT,
                ElementRef.Kind.SUPPRESSION,
                c.suppression().code() + " " + c.suppression().pointer()));
      }
    }
    if (all.isEmpty()) {
      return findings;
    }
    boolean[] used = new boolean[all.size()];
    List<Finding> marked = new ArrayList<>(findings.size() + all.size());
    for (Finding f : findings) {
      Finding m = f;
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i)
            .covers(f.code(), f.pointer().toString(), f.location().element().toString())) {
          // Every suppression that covers the finding is in use, even if the first one is the one
          // shown: a second one (in the plan and in the configuration) is not stale.
          used[i] = true;
          if (!m.suppressed()) {
            m = f.suppressedBy(all.get(i));
          }
        }
      }
      marked.add(m);
    }
    Optional<RuleSetting> staleSetting = configuration.settingFor(STALE_SUPPRESSION);
    if (staleSetting.isPresent() && staleSetting.get().off()) {
      return marked;
    }
    int fromPlan = plan.suppressions().size();
    List<ConfiguredSuppression> configured =
        configuration.suppressions().stream().filter(c -> c.plan().equals(plan.id())).toList();
    for (int i = 0; i < all.size(); i++) {
      // A suppression of a rule the configuration turned off accepts nothing because the rule did
      // not run, not because its problem is gone: it is not stale.
      if (!used[i] && !turnedOff.contains(all.get(i).code())) {
        Suppression s = all.get(i);
        String where =
            i < fromPlan
                ? "/suppressions/" + i
                : configuration.file().map(Path::toString).orElse("configuration")
                    + "#"
                    + configured.get(i - fromPlan).at();
        Finding stale =
            Finding.of(
                STALE_SUPPRESSION,
                declared.get(i),
                s.code(),
                s.pointer().isEmpty() ? "\"\"" : s.pointer(),
                where);
        marked.add(staleSetting.flatMap(RuleSetting::severity).map(stale::regraded).orElse(stale));
      }
    }
    return marked;
  }

  public Score score(Plan plan, Framework framework, ValidationReport report) {
    return score(plan, framework, report, Configuration.NONE);
  }

  /** Scores the plan with the configuration's parameter overrides in place. */
  public Score score(
      Plan plan, Framework framework, ValidationReport report, Configuration configuration) {
    CriterionContext context =
        new CriterionContext(
            plan, framework, parameters(framework, configuration), national, comuni, report);
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
    private final Optional<Severity> regraded;
    private final List<Finding> findings;
    private final Map<PlanIndex<?>, Object> indexes;

    Context(
        Plan plan,
        Framework framework,
        Parameters parameters,
        RuleDescriptor descriptor,
        Optional<Severity> regraded,
        List<Finding> findings,
        Map<PlanIndex<?>, Object> indexes) {
      this.plan = plan;
      this.framework = framework;
      this.parameters = parameters;
      this.descriptor = descriptor;
      this.regraded = regraded;
      this.findings = findings;
      this.indexes = indexes;
    }

    @Override
    @SuppressWarnings("unchecked") // each value was computed by its own key
    public <T> T shared(PlanIndex<T> index) {
      Object value = indexes.get(index);
      if (value == null) {
        value = index.compute(this);
        indexes.put(index, value);
      }
      return (T) value;
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
      if (regraded.isPresent()) {
        finding = finding.regraded(regraded.get());
      }
      Catalogue catalogue = framework.catalogue();
      if (descriptor.checksCatalogue() && !catalogue.isVerified()) {
        // The cap comes after the re-grading: an office cannot send a plan back on a list that
        // nobody has checked against its act.
        Text caveat = catalogue.reference().caveat().orElseThrow();
        Severity capped =
            finding.severity().isAtLeast(Severity.WARNING) ? Severity.INFO : finding.severity();
        finding =
            new Finding(
                finding.code(),
                capped,
                location,
                finding.legalBasis(),
                Message.of(
                    NationalRules.BUNDLE, Catalogue.UNVERIFIED_FINDING, finding.message(), caveat),
                finding.declaredSeverity(),
                Optional.empty());
      }
      findings.add(finding);
    }
  }
}
