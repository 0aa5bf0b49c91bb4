package it.pianozona.core.criteria;

import com.google.common.collect.ImmutableMap;
import it.pianozona.core.framework.Area;
import it.pianozona.core.framework.Catalogue;
import it.pianozona.core.framework.Criterion;
import it.pianozona.core.framework.CriterionContext;
import it.pianozona.core.framework.CriterionResult;
import it.pianozona.core.framework.DatedParameter;
import it.pianozona.core.framework.LepsInfo;
import it.pianozona.core.framework.NationalReference;
import it.pianozona.core.model.Intervention;
import it.pianozona.core.model.ParticipationEvent;
import it.pianozona.core.model.Plan;
import it.pianozona.core.national.NationalRules;
import it.pianozona.core.text.Message;
import it.pianozona.core.validation.LegalBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
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

  private static final Map<String, Criterion> ALL = ImmutableMap.<String, Criterion>builder()
      .put("area-coverage", new AreaCoverage())
      .put("objective-coverage", new ObjectiveCoverage())
      .put("contents-completeness", new ContentsCompleteness())
      .put("social-work-leps", new SocialWorkLeps())
      .put("leps-coverage", new LepsCoverage())
      .put("participation", new Participation())
      .buildOrThrow();

  private static Message msg(String key, Object... args) {
    return Message.of(NationalRules.BUNDLE, key, args);
  }

  private abstract static class Base implements Criterion {
    private final String id;
    private final LegalBasis basis;

    Base(String id, LegalBasis basis) {
      this.id = id;
      this.basis = basis;
    }

    @Override
    public final String id() {
      return id;
    }

    @Override
    public final Message name() {
      return msg("criterion." + id + ".name");
    }

    @Override
    public final LegalBasis basis() {
      return basis;
    }

    Message evidence(String suffix, Object... args) {
      return msg("criterion." + id + "." + suffix, args);
    }
  }

  /** Every area of the framework is programmed with at least one intervention. */
  static final class AreaCoverage extends Base {
    AreaCoverage() {
      super("area-coverage", LegalBasis.of(L328, "art. 19, c. 1 (\"secondo le indicazioni del"
          + " piano regionale\")", L328_URL));
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
      Catalogue catalogue = context.catalogue();
      if (catalogue.areas().isEmpty()) {
        return CriterionResult.notApplicable(List.of(evidence("none")));
      }
      Set<String> used = context.plan().interventions().stream().map(Intervention::area)
          .collect(Collectors.toSet());
      List<String> missing = catalogue.areas().stream().map(Area::code)
          .filter(code -> !used.contains(code)).toList();
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
      Catalogue catalogue = context.catalogue();
      if (catalogue.objectives().isEmpty()) {
        return CriterionResult.notApplicable(List.of(evidence("unknown",
            catalogue.objectivesExpected().isPresent()
                ? catalogue.objectivesExpected().getAsInt() : "?")));
      }
      Set<String> pursued = new LinkedHashSet<>();
      context.plan().interventions().forEach(i -> pursued.addAll(i.objectives()));
      long covered = catalogue.objectives().stream().filter(o -> pursued.contains(o.code()))
          .count();
      List<Message> evidence = new ArrayList<>();
      evidence.add(evidence("covered", covered, catalogue.objectives().size()));
      if (!catalogue.objectivesComplete()) {
        evidence.add(evidence("partial", catalogue.objectives().size(),
            catalogue.objectivesExpected().getAsInt()));
      }
      return CriterionResult.ofRatio(covered, catalogue.objectives().size(), evidence);
    }
  }

  /** The plan defines every section L. 328/2000 art. 19 c. 1 requires. */
  static final class ContentsCompleteness extends Base {
    ContentsCompleteness() {
      super("contents-completeness", LegalBasis.of(L328, "art. 19, c. 1, lett. a)-g)",
          L328_URL));
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
      Plan plan = context.plan();
      List<String> missing = new ArrayList<>();
      for (String key : NationalRules.CONTENTS_KEYS) {
        if (!plan.contents().containsKey(key)) {
          missing.add(key);
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
      List<Message> evidence = new ArrayList<>();
      evidence.add(evidence("present", total - missing.size(), total));
      if (!missing.isEmpty()) {
        evidence.add(evidence("missing", String.join(", ", missing)));
      }
      return CriterionResult.ofRatio(total - missing.size(), total, evidence);
    }
  }

  /**
   * Social workers against the LEPS (1:5,000) and the further objective (1:4,000): full marks
   * at the objective, in proportion below it.
   */
  static final class SocialWorkLeps extends Base {
    SocialWorkLeps() {
      super("social-work-leps", LegalBasis.of("L. 30 dicembre 2020, n. 178", "art. 1, c. 797",
          "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2020-12-30;178"));
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
      Plan plan = context.plan();
      Optional<DatedParameter> target = context.parameters()
          .inYear("social-worker-target-ratio", plan.period().from());
      Optional<DatedParameter> leps = context.parameters()
          .inYear("social-worker-leps-ratio", plan.period().from());
      long population = plan.ambito().population();
      if (target.isEmpty() || leps.isEmpty()) {
        return CriterionResult.notApplicable(List.of(evidence("before",
            plan.period().from())));
      }
      if (plan.staffing().isEmpty() || population == 0) {
        return CriterionResult.of(BigDecimal.ZERO, List.of(evidence("nostaff")));
      }
      BigDecimal fte = plan.staffing().get().socialWorkers();
      BigDecimal neededTarget = BigDecimal.valueOf(population)
          .divide(target.get().value(), 2, RoundingMode.CEILING);
      BigDecimal neededLeps = BigDecimal.valueOf(population)
          .divide(leps.get().value(), 2, RoundingMode.CEILING);
      BigDecimal share = neededTarget.signum() == 0 ? BigDecimal.ONE
          : fte.divide(neededTarget, 4, RoundingMode.HALF_EVEN).min(BigDecimal.ONE);
      List<Message> evidence = List.of(
          evidence("staff", fte, population),
          evidence("needed", leps.get().value().longValue(), neededLeps,
              target.get().value().longValue(), neededTarget));
      return CriterionResult.of(share, evidence);
    }
  }

  /** The plan guarantees the national LEPS through named interventions. */
  static final class LepsCoverage extends Base {
    LepsCoverage() {
      super("leps-coverage", LegalBasis.of("L. 30 dicembre 2021, n. 234", "art. 1, cc. 159-160",
          "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2021-12-30;234"));
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
      NationalReference national = context.national();
      Set<String> declared = new LinkedHashSet<>();
      context.plan().interventions().forEach(i -> declared.addAll(i.leps()));
      List<String> missing = national.leps().stream().map(LepsInfo::id)
          .filter(id -> !declared.contains(id)).toList();
      int covered = national.leps().size() - missing.size();
      List<Message> evidence = new ArrayList<>();
      evidence.add(evidence("covered", covered, national.leps().size()));
      if (!missing.isEmpty()) {
        evidence.add(evidence("missing", String.join(", ", missing)));
      }
      return CriterionResult.ofRatio(covered, national.leps().size(), evidence);
    }
  }

  /**
   * The plan was built in the open: a public call, thematic tables and a plenary session, the
   * three stages the regional practice and L. 328/2000 art. 1 and 3 describe.
   */
  static final class Participation extends Base {
    static final List<String> STAGES = List.of("public-notice", "thematic-table", "plenary");

    Participation() {
      super("participation", LegalBasis.of(L328, "artt. 1 e 3; art. 19, c. 1, lett. f)",
          L328_URL));
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
      List<ParticipationEvent> events = context.plan().governance().participation();
      Set<String> kinds = events.stream().map(ParticipationEvent::kind)
          .collect(Collectors.toSet());
      List<String> present = STAGES.stream().filter(kinds::contains).toList();
      List<String> absent = STAGES.stream().filter(k -> !kinds.contains(k)).toList();
      int participants = events.stream().mapToInt(e -> e.participants().orElse(0)).sum();
      List<Message> evidence = new ArrayList<>();
      evidence.add(evidence("events", events.size(), participants));
      evidence.add(evidence("stages", present.size(), STAGES.size(),
          present.isEmpty() ? "-" : String.join(", ", present)));
      if (!absent.isEmpty()) {
        evidence.add(evidence("absent", String.join(", ", absent)));
      }
      return CriterionResult.ofRatio(present.size(), STAGES.size(), evidence);
    }
  }
}
