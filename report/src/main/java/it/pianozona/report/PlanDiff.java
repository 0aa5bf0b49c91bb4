package it.pianozona.report;

import static java.util.Objects.requireNonNull;

import it.pianozona.core.CheckedPlan;
import it.pianozona.core.Evaluation;
import it.pianozona.core.framework.Area;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.model.Comune;
import it.pianozona.core.model.Euro;
import it.pianozona.core.model.FundingSource;
import it.pianozona.core.model.Intervention;
import it.pianozona.core.model.IstatCode;
import it.pianozona.core.model.Plan;
import it.pianozona.core.scoring.CriterionScore;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.Finding;
import it.pianozona.core.validation.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What changed between two plans: two versions of one plan, or the plans of two cycles of the same
 * ambito. Interventions are matched by id; money is compared by area and by funding source;
 * findings are matched by rule code and location (JSON Pointer and plan element), never by their
 * rendered text, so the same finding matches in either language and a reworded message is not a
 * change; the score is compared criterion by criterion.
 *
 * @param before the older plan
 * @param after the newer plan
 * @param sameAmbito whether both plans are of the same ambito (same lead comune or same comuni)
 * @param added interventions only the newer plan has
 * @param removed interventions only the older plan has
 * @param changed interventions both have, whose title, area or money changed
 * @param unchanged how many interventions are the same in both
 * @param areas money allocated by area, where either plan allocates any
 * @param sources money allocated by funding source, where either plan allocates any
 * @param declared all declared funding
 * @param allocated all allocations
 * @param appeared findings only the newer plan has
 * @param resolved findings only the older plan has
 * @param score the score, overall and by criterion
 */
public record PlanDiff(
    Side before,
    Side after,
    boolean sameAmbito,
    List<InterventionChange> added,
    List<InterventionChange> removed,
    List<InterventionChange> changed,
    int unchanged,
    List<MoneyChange> areas,
    List<MoneyChange> sources,
    MoneyChange declared,
    MoneyChange allocated,
    List<FindingRef> appeared,
    List<FindingRef> resolved,
    ScoreChange score) {

  public PlanDiff {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
    areas = List.copyOf(areas);
    sources = List.copyOf(sources);
    appeared = List.copyOf(appeared);
    resolved = List.copyOf(resolved);
  }

  /**
   * One side of the comparison.
   *
   * @param file the document
   * @param planId the plan's id
   * @param title the plan's title
   * @param ambito the ambito's name
   * @param period the plan's years
   * @param framework the framework it was checked under
   * @param tuning what the project configuration changed in its check, so that a finding a
   *     configuration turned off is not read as resolved without saying so
   */
  public record Side(
      String file,
      String planId,
      String title,
      String ambito,
      String period,
      String framework,
      it.pianozona.core.config.Tuning tuning) {}

  /**
   * An intervention on one or both sides.
   *
   * @param id its id
   * @param title its title (the newer one when both have it)
   * @param areaBefore its area in the older plan, empty when added
   * @param areaAfter its area in the newer plan, empty when removed
   * @param before its money in the older plan (zero when added)
   * @param after its money in the newer plan (zero when removed)
   */
  public record InterventionChange(
      String id,
      String title,
      Optional<String> areaBefore,
      Optional<String> areaAfter,
      Euro before,
      Euro after) {

    /** The money it gained (negative when it lost some). */
    public Euro change() {
      return after.minus(before);
    }
  }

  /**
   * An amount on both sides.
   *
   * @param key what is added up: an area code, a funding source id, or {@code total}
   * @param label its name
   * @param before the older amount
   * @param after the newer amount
   */
  public record MoneyChange(String key, String label, Euro before, Euro after) {

    /** The difference, newer minus older. */
    public Euro change() {
      return after.minus(before);
    }
  }

  /**
   * A finding found on one side only.
   *
   * @param code the rule's code
   * @param severity its severity
   * @param pointer where in its document
   * @param element the plan element it is about
   * @param message what it says, in the chosen language
   */
  public record FindingRef(
      String code, Severity severity, String pointer, String element, String message) {}

  /**
   * The score on both sides.
   *
   * @param before the older total
   * @param after the newer total
   * @param criteria each criterion either side has
   */
  public record ScoreChange(BigDecimal before, BigDecimal after, List<CriterionChange> criteria) {

    public ScoreChange {
      criteria = List.copyOf(criteria);
    }

    /** The difference, newer minus older. */
    public BigDecimal change() {
      return after.subtract(before);
    }
  }

  /**
   * A scoring criterion on both sides; a side lacks it when its framework does not weigh it.
   *
   * @param id the criterion's id
   * @param name its name
   * @param before the older score, if the older framework weighs it
   * @param after the newer score, if the newer framework weighs it
   */
  public record CriterionChange(
      String id, String name, Optional<CriterionScore> before, Optional<CriterionScore> after) {}

  /** Compares two checked plans, rendering messages in the language. */
  public static PlanDiff of(CheckedPlan older, CheckedPlan newer, Language language) {
    Evaluation b = older.evaluation();
    Evaluation a = newer.evaluation();
    Plan pb = b.plan();
    Plan pa = a.plan();

    Map<String, Intervention> byIdBefore = new LinkedHashMap<>();
    pb.interventions().forEach(i -> byIdBefore.putIfAbsent(i.id(), i));
    Map<String, Intervention> byIdAfter = new LinkedHashMap<>();
    pa.interventions().forEach(i -> byIdAfter.putIfAbsent(i.id(), i));
    List<InterventionChange> added = new ArrayList<>();
    List<InterventionChange> changed = new ArrayList<>();
    int unchanged = 0;
    for (Intervention i : byIdAfter.values()) {
      Intervention old = byIdBefore.get(i.id());
      if (old == null) {
        added.add(
            new InterventionChange(
                i.id(), i.title(), Optional.empty(), Optional.of(i.area()), Euro.ZERO, i.total()));
      } else if (!old.title().equals(i.title())
          || !old.area().equals(i.area())
          || !old.total().equals(i.total())) {
        changed.add(
            new InterventionChange(
                i.id(),
                i.title(),
                Optional.of(old.area()),
                Optional.of(i.area()),
                old.total(),
                i.total()));
      } else {
        unchanged++;
      }
    }
    List<InterventionChange> removed = new ArrayList<>();
    for (Intervention old : byIdBefore.values()) {
      if (!byIdAfter.containsKey(old.id())) {
        removed.add(
            new InterventionChange(
                old.id(),
                old.title(),
                Optional.of(old.area()),
                Optional.empty(),
                old.total(),
                Euro.ZERO));
      }
    }

    PlanMoney mb = PlanMoney.of(pb);
    PlanMoney ma = PlanMoney.of(pa);
    Set<String> areaCodes = new LinkedHashSet<>();
    a.framework().catalogue().areas().forEach(x -> areaCodes.add(x.code()));
    b.framework().catalogue().areas().forEach(x -> areaCodes.add(x.code()));
    areaCodes.addAll(ma.allocatedByArea().keySet());
    areaCodes.addAll(mb.allocatedByArea().keySet());
    List<MoneyChange> areas = new ArrayList<>();
    for (String code : areaCodes) {
      Euro before = mb.allocatedByArea().getOrDefault(code, Euro.ZERO);
      Euro after = ma.allocatedByArea().getOrDefault(code, Euro.ZERO);
      if (!before.isZero() || !after.isZero()) {
        areas.add(
            new MoneyChange(code, areaTitle(code, a.framework(), b.framework()), before, after));
      }
    }
    TreeSet<FundingSource> sourceIds = new TreeSet<>(mb.allocatedBySource().keySet());
    sourceIds.addAll(ma.allocatedBySource().keySet());
    List<MoneyChange> sources = new ArrayList<>();
    for (FundingSource s : sourceIds) {
      sources.add(
          new MoneyChange(
              s.id(),
              ReportModel.sourceName(s, a.framework(), language),
              mb.allocatedBySource().getOrDefault(s, Euro.ZERO),
              ma.allocatedBySource().getOrDefault(s, Euro.ZERO)));
    }

    List<FindingRef> remaining = new ArrayList<>(refs(a, language));
    List<FindingRef> resolved = new ArrayList<>();
    List<String> remainingKeys = new ArrayList<>(keys(a));
    List<FindingRef> beforeRefs = refs(b, language);
    List<String> beforeKeys = keys(b);
    for (int i = 0; i < beforeRefs.size(); i++) {
      int match = remainingKeys.indexOf(beforeKeys.get(i));
      if (match >= 0) {
        remainingKeys.remove(match);
        remaining.remove(match);
      } else {
        resolved.add(beforeRefs.get(i));
      }
    }

    Map<String, CriterionChange> criteria = new LinkedHashMap<>();
    for (CriterionScore c : a.score().criteria()) {
      criteria.put(
          c.id(),
          new CriterionChange(
              c.id(), c.name(language), b.score().criterion(c.id()), Optional.of(c)));
    }
    for (CriterionScore c : b.score().criteria()) {
      criteria.putIfAbsent(
          c.id(), new CriterionChange(c.id(), c.name(language), Optional.of(c), Optional.empty()));
    }

    return new PlanDiff(
        side(older),
        side(newer),
        sameAmbito(pb, pa),
        added,
        removed,
        changed,
        unchanged,
        areas,
        sources,
        new MoneyChange("total", "declared", mb.declared(), ma.declared()),
        new MoneyChange("total", "allocated", mb.allocated(), ma.allocated()),
        remaining,
        resolved,
        new ScoreChange(b.score().total(), a.score().total(), List.copyOf(criteria.values())));
  }

  /** Whether two plans are of one ambito: the same lead comune, or the same comuni. */
  static boolean sameAmbito(Plan x, Plan y) {
    Set<IstatCode> cx = x.ambito().comuni().stream().map(Comune::istat).collect(Collectors.toSet());
    Set<IstatCode> cy = y.ambito().comuni().stream().map(Comune::istat).collect(Collectors.toSet());
    return x.ambito().lead().equals(y.ambito().lead()) || (!cx.isEmpty() && cx.equals(cy));
  }

  private static Side side(CheckedPlan c) {
    Plan p = c.evaluation().plan();
    return new Side(
        c.document().source(),
        p.id(),
        p.title(),
        p.ambito().name(),
        p.period().toString(),
        c.evaluation().framework().id(),
        c.evaluation().tuning());
  }

  private static String areaTitle(String code, Framework newer, Framework older) {
    return newer
        .catalogue()
        .area(code)
        .or(() -> older.catalogue().area(code))
        .map(Area::label)
        .orElse(code);
  }

  private static List<FindingRef> refs(Evaluation e, Language language) {
    return e.report().findings().stream()
        .map(
            f ->
                new FindingRef(
                    f.code(),
                    f.severity(),
                    f.pointer().toString(),
                    f.location().element().toString(),
                    f.message(language)))
        .toList();
  }

  /** The identity of a finding across versions: its rule's code and its location. */
  static List<String> keys(Evaluation e) {
    List<String> keys = new ArrayList<>();
    for (Finding f : e.report().findings()) {
      keys.add(f.code() + "\u0000" + f.pointer() + "\u0000" + f.location().element());
    }
    return keys;
  }
}
