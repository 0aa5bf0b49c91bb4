package it.pianozona.core.criteria;

import com.google.common.collect.ImmutableMap;
import it.pianozona.core.framework.AbstractCriterion;
import it.pianozona.core.framework.Area;
import it.pianozona.core.framework.Catalogue;
import it.pianozona.core.framework.Criterion;
import it.pianozona.core.framework.CriterionContext;
import it.pianozona.core.framework.CriterionResult;
import it.pianozona.core.framework.DatedParameter;
import it.pianozona.core.framework.LepsInfo;
import it.pianozona.core.framework.NationalReference;
import it.pianozona.core.framework.Objective;
import it.pianozona.core.framework.ParticipationModel;
import it.pianozona.core.framework.Sections;
import it.pianozona.core.framework.Target;
import it.pianozona.core.model.Euro;
import it.pianozona.core.model.Intervention;
import it.pianozona.core.model.ParticipationEvent;
import it.pianozona.core.model.Plan;
import it.pianozona.core.national.NationalRules;
import it.pianozona.core.national.Vocabulary;
import it.pianozona.core.text.Formats;
import it.pianozona.core.text.Message;
import it.pianozona.core.validation.LegalBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scoring criteria every framework may weigh: they measure what national law and any regional
 * catalogue have in common. A framework's data names the ones it uses and their weights.
 *
 * @since 0.1
 */
public final class BuiltInCriteria {

  private static final String L328 = "L. 8 novembre 2000, n. 328";
  private static final String L328_URL =
      "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2000-11-08;328~art19";

  private BuiltInCriteria() {}

  /** Every built-in criterion, by id. */
  public static Map<String, Criterion> all() {
    return ALL;
  }

  private static final Map<String, Criterion> ALL =
      ImmutableMap.<String, Criterion>builder()
          .put("area-coverage", new AreaCoverage())
          .put("objective-coverage", new ObjectiveCoverage())
          .put("contents-completeness", new ContentsCompleteness())
          .put("social-work-leps", new SocialWorkLeps())
          .put("leps-coverage", new LepsCoverage())
          .put("participation", new Participation())
          .put("service-objectives", new ServiceObjectives())
          .put("area-balance", new AreaBalance())
          .put("municipal-cofinancing", new MunicipalCofinancing())
          .buildOrThrow();

  private abstract static class Base extends AbstractCriterion {
    Base(String id, LegalBasis basis) {
      super(id, NationalRules.BUNDLE, basis);
    }

    Message evidence(String suffix, Object... args) {
      return message(suffix, args);
    }

    /**
     * Not applicable when the catalogue is unverified, for a criterion that measures the plan
     * against the catalogue's lists: a list no source confirms cannot weigh in the score.
     */
    static Optional<CriterionResult> unverifiedCatalogue(CriterionContext context) {
      Catalogue catalogue = context.catalogue();
      if (catalogue.isVerified()) {
        return Optional.empty();
      }
      return Optional.of(
          CriterionResult.notApplicable(
              List.of(
                  Message.of(
                      NationalRules.BUNDLE,
                      "criterion.unverified-catalogue",
                      catalogue.reference().caveat().orElseThrow()))));
    }
  }

  /** Every area of the framework is programmed with at least one intervention. */
  static final class AreaCoverage extends Base {
    AreaCoverage() {
      super(
          "area-coverage",
          LegalBasis.of(
              L328,
              "art. 19, c. 1 (\"secondo le indicazioni del" + " piano regionale\")",
              L328_URL));
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
      Optional<CriterionResult> unverified = unverifiedCatalogue(context);
      if (unverified.isPresent()) {
        return unverified.get();
      }
      Catalogue catalogue = context.catalogue();
      if (catalogue.areas().isEmpty()) {
        return CriterionResult.notApplicable(List.of(evidence("none")));
      }
      Set<String> used =
          context.plan().interventions().stream()
              .map(Intervention::area)
              .collect(Collectors.toSet());
      List<String> missing =
          catalogue.areas().stream().map(Area::code).filter(code -> !used.contains(code)).toList();
      int covered = catalogue.areas().size() - missing.size();
      List<Message> evidence = new ArrayList<>();
      evidence.add(evidence("covered", covered, catalogue.areas().size()));
      if (!missing.isEmpty()) {
        evidence.add(evidence("missing", String.join(", ", missing)));
      }
      return CriterionResult.ofRatio(covered, catalogue.areas().size(), evidence);
    }
  }

  /** The interventions pursue the framework's objectives, as far as the catalogue knows them. */
  static final class ObjectiveCoverage extends Base {
    ObjectiveCoverage() {
      super("objective-coverage", LegalBasis.of(L328, "art. 19, c. 1, lett. a)", L328_URL));
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
      Optional<CriterionResult> unverified = unverifiedCatalogue(context);
      if (unverified.isPresent()) {
        return unverified.get();
      }
      Catalogue catalogue = context.catalogue();
      if (catalogue.objectives().isEmpty()) {
        return CriterionResult.notApplicable(
            List.of(
                evidence(
                    "unknown",
                    catalogue.objectivesExpected().isPresent()
                        ? catalogue.objectivesExpected().getAsInt()
                        : "?")));
      }
      Set<String> pursued = new LinkedHashSet<>();
      context.plan().interventions().forEach(i -> pursued.addAll(i.objectives()));
      long covered =
          catalogue.objectives().stream().filter(o -> pursued.contains(o.code())).count();
      List<Message> evidence = new ArrayList<>();
      evidence.add(evidence("covered", covered, catalogue.objectives().size()));
      if (!catalogue.objectivesComplete()) {
        evidence.add(
            evidence(
                "partial",
                catalogue.objectives().size(),
                catalogue.objectivesExpected().getAsInt()));
      }
      return CriterionResult.ofRatio(covered, catalogue.objectives().size(), evidence);
    }
  }

  /** The plan defines every section L. 328/2000 art. 19 c. 1 requires. */
  static final class ContentsCompleteness extends Base {
    ContentsCompleteness() {
      super("contents-completeness", LegalBasis.of(L328, "art. 19, c. 1, lett. a)-g)", L328_URL));
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
      Plan plan = context.plan();
      List<String> missing = new ArrayList<>();
      List<String> empty = new ArrayList<>();
      for (String key : NationalRules.CONTENTS_KEYS) {
        if (!Sections.declared(plan, key)) {
          missing.add(key);
        } else if (!Sections.substantive(plan, key, context.parameters())) {
          empty.add(key); // declared, but a placeholder (NAT-CNT-011): not counted
        }
      }
      if (plan.interventions().isEmpty()) {
        missing.add("interventions");
      }
      if (plan.funding().isEmpty()) {
        missing.add("funding");
      }
      if (plan.staffing().isEmpty()) {
        missing.add("staffing");
      }
      int total = NationalRules.CONTENTS_KEYS.size() + 3;
      int present = total - missing.size() - empty.size();
      List<Message> evidence = new ArrayList<>();
      evidence.add(evidence("present", present, total));
      if (!missing.isEmpty()) {
        evidence.add(evidence("missing", Vocabulary.withCodes(Vocabulary.Kind.CONTENTS, missing)));
      }
      if (!empty.isEmpty()) {
        evidence.add(evidence("empty", Vocabulary.withCodes(Vocabulary.Kind.CONTENTS, empty)));
      }
      return CriterionResult.ofRatio(present, total, evidence);
    }
  }

  /**
   * Social workers against the LEPS (1:5,000) and the further objective (1:4,000): full marks at
   * the objective, in proportion below it.
   */
  static final class SocialWorkLeps extends Base {
    SocialWorkLeps() {
      super(
          "social-work-leps",
          LegalBasis.of(
              "L. 30 dicembre 2020, n. 178",
              "art. 1, c. 797",
              "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2020-12-30;178"));
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
      Plan plan = context.plan();
      Optional<DatedParameter> target =
          context.parameters().inYear("social-worker-target-ratio", plan.period().from());
      Optional<DatedParameter> leps =
          context.parameters().inYear("social-worker-leps-ratio", plan.period().from());
      long population = plan.ambito().population();
      if (target.isEmpty() || leps.isEmpty()) {
        return CriterionResult.notApplicable(
            List.of(evidence("before", Year.of(plan.period().from()))));
      }
      if (plan.staffing().isEmpty()) {
        return CriterionResult.of(BigDecimal.ZERO, List.of(evidence("nostaff")));
      }
      if (population == 0) {
        // The staff is stated; what is missing is the population the ratio divides by.
        return CriterionResult.of(
            BigDecimal.ZERO,
            List.of(evidence("nopopulation", plan.staffing().get().socialWorkers())));
      }
      BigDecimal fte = plan.staffing().get().socialWorkers();
      BigDecimal neededTarget =
          BigDecimal.valueOf(population).divide(target.get().value(), 2, RoundingMode.CEILING);
      BigDecimal neededLeps =
          BigDecimal.valueOf(population).divide(leps.get().value(), 2, RoundingMode.CEILING);
      BigDecimal share =
          neededTarget.signum() == 0
              ? BigDecimal.ONE
              : fte.divide(neededTarget, 4, RoundingMode.HALF_EVEN).min(BigDecimal.ONE);
      List<Message> evidence =
          List.of(
              evidence("staff", fte, population),
              evidence(
                  "needed",
                  new Formats.OneIn(leps.get().value()),
                  neededLeps,
                  new Formats.OneIn(target.get().value()),
                  neededTarget));
      return CriterionResult.of(share, evidence);
    }
  }

  /** The plan guarantees the national LEPS through named interventions. */
  static final class LepsCoverage extends Base {
    LepsCoverage() {
      super(
          "leps-coverage",
          LegalBasis.of(
              "L. 30 dicembre 2021, n. 234",
              "art. 1, cc. 159-160",
              "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2021-12-30;234"));
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
      NationalReference national = context.national();
      Set<String> declared = new LinkedHashSet<>();
      context.plan().interventions().forEach(i -> declared.addAll(i.leps()));
      List<String> missing =
          national.leps().stream().map(LepsInfo::id).filter(id -> !declared.contains(id)).toList();
      int covered = national.leps().size() - missing.size();
      List<Message> evidence = new ArrayList<>();
      evidence.add(evidence("covered", covered, national.leps().size()));
      if (!missing.isEmpty()) {
        evidence.add(evidence("missing", Vocabulary.withCodes(Vocabulary.Kind.LEPS, missing)));
      }
      return CriterionResult.ofRatio(covered, national.leps().size(), evidence);
    }
  }

  /**
   * The plan was built in the open, on its own region's model: the stages of the framework's {@link
   * ParticipationModel} (Puglia's public notice, thematic tables and plenary; Basilicata's
   * technical and institutional tables and the Conferenza dei Sindaci), each satisfied by a
   * participation event of one of its kinds or an approval by one of its bodies. Not applicable to
   * a framework that states no model: L. 328/2000 asks for participation but sets no stages.
   */
  static final class Participation extends Base {

    Participation() {
      super("participation", LegalBasis.of(L328, "artt. 1 e 3; art. 19, c. 1, lett. f)", L328_URL));
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
      Optional<ParticipationModel> model = context.framework().participation();
      if (model.isEmpty()) {
        return CriterionResult.notApplicable(List.of(evidence("nomodel")));
      }
      Plan plan = context.plan();
      List<ParticipationEvent> events = plan.governance().participation();
      Set<String> kinds = events.stream().map(ParticipationEvent::kind).collect(Collectors.toSet());
      List<Object> present = new ArrayList<>();
      List<Object> absent = new ArrayList<>();
      for (ParticipationModel.Stage stage : model.get().stages()) {
        boolean held =
            stage.kinds().stream().anyMatch(kinds::contains)
                || stage.bodies().stream().anyMatch(plan.governance()::approvedBy);
        if (held) {
          present.add(stage(stage, false));
        } else {
          absent.add(stage(stage, true));
        }
      }
      int stages = model.get().stages().size();
      int participants = events.stream().mapToInt(e -> e.participants().orElse(0)).sum();
      List<Message> evidence = new ArrayList<>();
      evidence.add(evidence("events", events.size(), participants));
      evidence.add(evidence("stages", present.size(), stages, present));
      if (!absent.isEmpty()) {
        evidence.add(evidence("absent", absent));
      }
      return CriterionResult.ofRatio(present.size(), stages, evidence);
    }

    /**
     * A stage in the reader's language: its kinds as alternatives ({@code tavolo tecnico o tavolo
     * istituzionale}), then the bodies whose approval counts; with the codes a user types when the
     * stage is missing.
     */
    private Object stage(ParticipationModel.Stage stage, boolean withCodes) {
      List<Object> ways = new ArrayList<>();
      for (String kind : stage.kinds()) {
        ways.add(
            withCodes
                ? Vocabulary.withCode(Vocabulary.Kind.PARTICIPATION, kind)
                : Vocabulary.term(Vocabulary.Kind.PARTICIPATION, kind));
      }
      for (String body : stage.bodies()) {
        ways.add(
            evidence(
                "body",
                withCodes
                    ? Vocabulary.withCode(Vocabulary.Kind.BODY, body)
                    : Vocabulary.term(Vocabulary.Kind.BODY, body)));
      }
      Object joined = ways.get(0);
      for (int i = 1; i < ways.size(); i++) {
        joined = evidence("or", joined, ways.get(i));
      }
      return joined;
    }
  }

  /**
   * The service objectives the catalogue sets (indicator and threshold) are met by the values the
   * plan reports on the interventions that pursue each objective.
   */
  static final class ServiceObjectives extends Base {
    ServiceObjectives() {
      super("service-objectives", LegalBasis.of(L328, "art. 19, c. 1, lett. a) e b)", L328_URL));
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
      Optional<CriterionResult> unverified = unverifiedCatalogue(context);
      if (unverified.isPresent()) {
        return unverified.get();
      }
      List<Objective> withTarget =
          context.catalogue().objectives().stream().filter(o -> o.target().isPresent()).toList();
      if (withTarget.isEmpty()) {
        return CriterionResult.notApplicable(List.of(evidence("none")));
      }
      long population = context.plan().ambito().population();
      List<Message> evidence = new ArrayList<>();
      int met = 0;
      for (Objective o : withTarget) {
        Target t = o.target().get();
        BigDecimal total = BigDecimal.ZERO;
        for (Intervention i : context.plan().interventions()) {
          if (i.objectives().contains(o.code())) {
            total = total.add(i.indicators().getOrDefault(t.indicator(), BigDecimal.ZERO));
          }
        }
        BigDecimal value =
            t.per() == Target.Per.AMBITO || population == 0
                ? total
                : total
                    .multiply(BigDecimal.valueOf(1000))
                    .divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_EVEN);
        boolean ok = value.compareTo(t.threshold()) >= 0;
        if (ok) {
          met++;
        }
        evidence.add(
            evidence(
                ok ? "met" : "unmet",
                o.code(),
                t.description(),
                value,
                t.threshold(),
                evidence("per." + t.per().id())));
      }
      evidence.add(0, evidence("summary", met, withTarget.size()));
      return CriterionResult.ofRatio(met, withTarget.size(), evidence);
    }
  }

  /**
   * Resources reach every area: an area counts as served when it receives at least half of an equal
   * share of the money allocated (one fourteenth of the budget with seven areas). The half-share
   * line is this library's choice, not an act's; the breakdown shows every share.
   */
  static final class AreaBalance extends Base {
    AreaBalance() {
      super(
          "area-balance",
          LegalBasis.of(L328, "art. 19, c. 1, lett. b) (risorse finanziarie)", L328_URL));
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
      Optional<CriterionResult> unverified = unverifiedCatalogue(context);
      if (unverified.isPresent()) {
        return unverified.get();
      }
      Catalogue catalogue = context.catalogue();
      Map<String, Euro> byArea = new LinkedHashMap<>();
      catalogue.areas().forEach(a -> byArea.put(a.code(), Euro.ZERO));
      Euro total = Euro.ZERO;
      for (Intervention i : context.plan().interventions()) {
        Euro sum = byArea.get(i.area());
        if (sum != null) {
          Euro money = i.total();
          byArea.put(i.area(), sum.plus(money));
          total = total.plus(money);
        }
      }
      if (catalogue.areas().isEmpty() || total.isZero()) {
        return CriterionResult.notApplicable(List.of(evidence("nomoney")));
      }
      int areas = catalogue.areas().size();
      int served = 0;
      List<Message> shares = new ArrayList<>();
      for (Map.Entry<String, Euro> e : byArea.entrySet()) {
        BigDecimal share =
            e.getValue()
                .toBigDecimal()
                .multiply(BigDecimal.valueOf(100))
                .divide(total.toBigDecimal(), 1, RoundingMode.HALF_EVEN);
        // served when share >= 100 / (2 * areas) percent
        if (share.multiply(BigDecimal.valueOf(2L * areas)).compareTo(BigDecimal.valueOf(100))
            >= 0) {
          served++;
        }
        shares.add(evidence("share", e.getKey(), Formats.Percent.of(share)));
      }
      BigDecimal line =
          BigDecimal.valueOf(100).divide(BigDecimal.valueOf(2L * areas), 1, RoundingMode.HALF_EVEN);
      List<Message> evidence =
          List.of(
              evidence("served", served, areas, Formats.Percent.of(line)),
              evidence("shares", shares));
      return CriterionResult.ofRatio(served, areas, evidence);
    }
  }

  /**
   * The comuni put their own money into the plan, against the minimum share the framework's
   * parameter {@code municipal-cofinancing-min-share} sets for the plan's first year, over the base
   * its parameter {@value CofinancingBase#PARAMETER} states (which sources count in the
   * denominator). Not applicable where the framework sets no minimum, or no base for it.
   */
  static final class MunicipalCofinancing extends Base {
    static final String PARAMETER = "municipal-cofinancing-min-share";

    MunicipalCofinancing() {
      super(
          "municipal-cofinancing",
          LegalBasis.of(
              L328,
              "art. 19, c. 2 (ripartizione della" + " spesa a carico di ciascun comune)",
              L328_URL));
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
      Plan plan = context.plan();
      Optional<DatedParameter> minimum =
          context.parameters().inYear(PARAMETER, plan.period().from());
      if (minimum.isEmpty()) {
        return CriterionResult.notApplicable(
            List.of(evidence("none", Year.of(plan.period().from()))));
      }
      Optional<CofinancingBase> found = CofinancingBase.of(plan, context.parameters());
      if (found.isEmpty()) {
        return CriterionResult.notApplicable(
            List.of(evidence("nobase", CofinancingBase.PARAMETER, Year.of(plan.period().from()))));
      }
      CofinancingBase base = found.get();
      if (plan.totalFunding().isZero()) {
        return CriterionResult.of(BigDecimal.ZERO, List.of(evidence("nofunding")));
      }
      List<Message> evidence = new ArrayList<>();
      evidence.add(
          evidence(
              "actual",
              base.comuni(),
              base.base(),
              base.description(),
              Formats.Percent.of(
                  base.share()
                      .multiply(BigDecimal.valueOf(100))
                      .setScale(1, RoundingMode.HALF_EVEN))));
      evidence.add(evidence("base", base.parameter().reference().citation()));
      base.parameter().reference().caveat().ifPresent(c -> evidence.add(evidence("basecaveat", c)));
      if (base.base().isZero()) {
        return CriterionResult.of(BigDecimal.ZERO, evidence);
      }
      BigDecimal actual = base.share();
      BigDecimal required = minimum.get().value();
      BigDecimal share =
          required.signum() == 0
              ? BigDecimal.ONE
              : actual.divide(required, 4, RoundingMode.HALF_EVEN).min(BigDecimal.ONE);
      evidence.add(
          evidence(
              "required",
              Formats.Percent.of(
                  required.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_EVEN)),
              minimum.get().reference().citation()));
      minimum.get().reference().caveat().ifPresent(c -> evidence.add(evidence("unverified", c)));
      return CriterionResult.of(share, evidence);
    }
  }
}
