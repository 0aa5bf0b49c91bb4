package it.pianozona.core.national;

import it.pianozona.core.framework.AbstractRule;
import it.pianozona.core.framework.DatedParameter;
import it.pianozona.core.framework.FundingSourceInfo;
import it.pianozona.core.framework.Locations;
import it.pianozona.core.framework.PlanIndex;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.model.Allocation;
import it.pianozona.core.model.Euro;
import it.pianozona.core.model.Funding;
import it.pianozona.core.model.FundingSource;
import it.pianozona.core.model.Intervention;
import it.pianozona.core.model.Plan;
import it.pianozona.core.text.Formats;
import it.pianozona.core.validation.Location;
import it.pianozona.core.validation.Severity;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The plan's money: allocations stay within what each source declares for each year. */
final class FundingRules {

  private FundingRules() {}

  /**
   * A source and a year, the key of the sums. Equality written out, with the hash a record of these
   * two components has (so iteration orders stay): it is computed for every allocation.
   */
  record SourceYear(FundingSource source, int year) {
    @Override
    public boolean equals(Object other) {
      return this == other
          || (other instanceof SourceYear k && year == k.year && source.equals(k.source));
    }

    @Override
    public int hashCode() {
      return source.hashCode() * 31 + year;
    }
  }

  /**
   * Allocated money of one source and year, and where its first allocation is: indices only, the
   * location is built when a finding needs it.
   */
  private static final class Allocated {
    Euro total = Euro.ZERO;
    int count;
    int firstIntervention = -1;
    int firstAllocation;

    Location first(Plan plan) {
      Intervention intervention = plan.interventions().get(firstIntervention);
      return Locations.allocation(
          firstIntervention,
          intervention,
          firstAllocation,
          intervention.allocations().get(firstAllocation),
          "source");
    }
  }

  /**
   * Allocations by source and year, in the order of their first allocation; shared by the rules.
   */
  private static final PlanIndex<Map<SourceYear, Allocated>> ALLOCATED =
      PlanIndex.of("allocations by source and year", c -> allocated(c.plan()));

  /** The first declaration of each source and year, by index; shared by the rules. */
  private static final PlanIndex<Map<SourceYear, Integer>> DECLARED =
      PlanIndex.of("declarations by source and year", c -> declared(c.plan()));

  /** The declarations the interventions do not programme in full; shared by the rules. */
  private static final PlanIndex<List<Remainder>> REMAINDERS =
      PlanIndex.of("declarations not programmed in full", FundingRules::remainders);

  private static Map<SourceYear, Allocated> allocated(Plan plan) {
    Map<SourceYear, Allocated> byKey = new LinkedHashMap<>();
    List<Intervention> interventions = plan.interventions();
    for (int i = 0; i < interventions.size(); i++) {
      Intervention intervention = interventions.get(i);
      List<Allocation> allocations = intervention.allocations();
      for (int j = 0; j < allocations.size(); j++) {
        Allocation a = allocations.get(j);
        Allocated sum =
            byKey.computeIfAbsent(new SourceYear(a.source(), a.year()), k -> new Allocated());
        sum.total = sum.total.plus(a.amount());
        sum.count++;
        if (sum.firstIntervention < 0) {
          sum.firstIntervention = i;
          sum.firstAllocation = j;
        }
      }
    }
    return Collections.unmodifiableMap(byKey);
  }

  /** The first declaration of each source and year, by index. */
  private static Map<SourceYear, Integer> declared(Plan plan) {
    Map<SourceYear, Integer> first = new HashMap<>();
    List<Funding> funding = plan.funding();
    for (int k = 0; k < funding.size(); k++) {
      first.putIfAbsent(new SourceYear(funding.get(k).source(), funding.get(k).year()), k);
    }
    return Collections.unmodifiableMap(first);
  }

  /** Allocations of a source in a year add up to more than the plan declares for it. */
  static final class Exceeded extends AbstractRule {
    Exceeded() {
      super("NAT-FUND-001", Severity.ERROR, Acts.RESOURCES, NationalRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      Plan plan = context.plan();
      Map<SourceYear, Integer> declared = context.shared(DECLARED);
      context
          .shared(ALLOCATED)
          .forEach(
              (key, sum) -> {
                Integer k = declared.get(key);
                if (k == null) {
                  return;
                }
                Funding f = plan.funding().get(k);
                if (sum.total.isGreaterThan(f.amount())) {
                  context.report(
                      Locations.funding(k, f, "amount"),
                      key.source().id(),
                      Year.of(key.year()),
                      sum.total,
                      f.amount(),
                      sum.total.minus(f.amount()),
                      sum.count);
                }
              });
    }
  }

  /** Money allocated from a source and year the plan never declares. */
  static final class Undeclared extends AbstractRule {
    Undeclared() {
      super("NAT-FUND-002", Severity.ERROR, Acts.RESOURCES, NationalRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      Plan plan = context.plan();
      Map<SourceYear, Integer> declared = context.shared(DECLARED);
      context
          .shared(ALLOCATED)
          .forEach(
              (key, sum) -> {
                // A year outside the period is NAT-FUND-003's finding, not this one's.
                if (!declared.containsKey(key) && plan.period().contains(key.year())) {
                  context.report(
                      sum.first(plan),
                      key.source().id(),
                      Year.of(key.year()),
                      sum.total,
                      sum.count);
                }
              });
    }
  }

  /** An allocation in a year outside the plan's period. */
  static final class AllocationYear extends AbstractRule {
    AllocationYear() {
      super("NAT-FUND-003", Severity.ERROR, Acts.RESOURCES, NationalRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      Plan plan = context.plan();
      // The shared sums hold every source and year allocated: most plans have no year to report,
      // and then the allocations are not walked again.
      if (context.shared(ALLOCATED).keySet().stream()
          .allMatch(key -> plan.period().contains(key.year()))) {
        return;
      }
      List<Intervention> interventions = plan.interventions();
      for (int i = 0; i < interventions.size(); i++) {
        Intervention intervention = interventions.get(i);
        for (int j = 0; j < intervention.allocations().size(); j++) {
          Allocation a = intervention.allocations().get(j);
          if (!plan.period().contains(a.year())) {
            context.report(
                Locations.allocation(i, intervention, j, a, "year"),
                Year.of(a.year()),
                intervention.id(),
                plan.period().toString());
          }
        }
      }
    }
  }

  /** Funding declared for a year outside the plan's period. */
  static final class FundingYear extends AbstractRule {
    FundingYear() {
      super("NAT-FUND-004", Severity.WARNING, Acts.RESOURCES, NationalRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      Plan plan = context.plan();
      for (int k = 0; k < plan.funding().size(); k++) {
        Funding f = plan.funding().get(k);
        if (!plan.period().contains(f.year())) {
          context.report(
              Locations.funding(k, f, "year"),
              f.source().id(),
              Year.of(f.year()),
              plan.period().toString());
        }
      }
    }
  }

  /** The same source and year declared twice: which ceiling applies is ambiguous. */
  static final class DuplicateFunding extends AbstractRule {
    DuplicateFunding() {
      super("NAT-FUND-005", Severity.ERROR, Acts.RESOURCES, NationalRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      Plan plan = context.plan();
      Map<SourceYear, Integer> first = new HashMap<>();
      for (int k = 0; k < plan.funding().size(); k++) {
        Funding f = plan.funding().get(k);
        Integer earlier = first.putIfAbsent(new SourceYear(f.source(), f.year()), k);
        if (earlier != null) {
          context.report(
              Locations.funding(k, f), f.source().id(), Year.of(f.year()), "/funding/" + earlier);
        }
      }
    }
  }

  /** A funding source neither national law nor the regional framework knows. */
  static final class UnknownSource extends AbstractRule {
    UnknownSource() {
      super("NAT-FUND-006", Severity.WARNING, Acts.RESOURCES, NationalRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      Set<FundingSource> known = new HashSet<>();
      context.national().fundingSources().stream().map(FundingSourceInfo::id).forEach(known::add);
      context.catalogue().fundingSources().stream().map(FundingSourceInfo::id).forEach(known::add);
      List<String> names = known.stream().map(FundingSource::id).sorted().toList();
      Set<FundingSource> reported = new HashSet<>();
      Plan plan = context.plan();
      for (int k = 0; k < plan.funding().size(); k++) {
        Funding f = plan.funding().get(k);
        if (!known.contains(f.source()) && reported.add(f.source())) {
          context.report(
              Locations.funding(k, f, "source"),
              f.source().id(),
              context.framework().id(),
              VocabularyRules.suggestion(f.source().id(), names));
        }
      }
      // The shared sums are in the order of each source and year's first allocation, so the first
      // key of a source holds that source's first allocation: where the finding points.
      for (Map.Entry<SourceYear, Allocated> e : context.shared(ALLOCATED).entrySet()) {
        FundingSource source = e.getKey().source();
        if (!known.contains(source) && reported.add(source)) {
          context.report(
              e.getValue().first(plan),
              source.id(),
              context.framework().id(),
              VocabularyRules.suggestion(source.id(), names));
        }
      }
    }
  }

  /**
   * The dated parameter of the share of a declaration (in percent) up to which money left
   * unprogrammed is only noted (NAT-FUND-009) rather than warned about (NAT-FUND-007): pianozona's
   * choice, not an act's (national.yaml).
   */
  static final String NOTE_SHARE = "unprogrammed-note-share";

  /** A declaration that the interventions do not use in full, by index. */
  private record Remainder(int index, Funding funding, Euro programmed, int count) {
    Euro rest() {
      return funding.amount().minus(programmed);
    }

    /** Whether the rest is at most the share (in percent) of the declared amount. */
    boolean small(BigDecimal share) {
      return rest()
              .toBigDecimal()
              .multiply(BigDecimal.valueOf(100))
              .compareTo(funding.amount().toBigDecimal().multiply(share))
          <= 0;
    }
  }

  /**
   * Declarations of the period, first of their source and year, that the interventions do not
   * programme in full. None when the plan has no interventions (NAT-CNT-002's finding); a repeated
   * declaration is NAT-FUND-005's, a year outside the period NAT-FUND-004's.
   */
  private static List<Remainder> remainders(RuleContext context) {
    Plan plan = context.plan();
    List<Remainder> out = new ArrayList<>();
    if (plan.interventions().isEmpty()) {
      return List.of();
    }
    Map<SourceYear, Allocated> allocated = context.shared(ALLOCATED);
    Map<SourceYear, Integer> declared = context.shared(DECLARED);
    for (int k = 0; k < plan.funding().size(); k++) {
      Funding f = plan.funding().get(k);
      SourceYear key = new SourceYear(f.source(), f.year());
      if (declared.get(key) != k || !plan.period().contains(f.year())) {
        continue;
      }
      Allocated sum = allocated.get(key);
      Euro programmed = sum == null ? Euro.ZERO : sum.total;
      if (f.amount().isGreaterThan(programmed)) {
        out.add(new Remainder(k, f, programmed, sum == null ? 0 : sum.count));
      }
    }
    return List.copyOf(out);
  }

  private static Optional<BigDecimal> noteShare(RuleContext context) {
    return context
        .parameters()
        .inYear(NOTE_SHARE, context.plan().period().from())
        .map(DatedParameter::value);
  }

  /**
   * Money a plan declares for a source and year but does not programme, beyond a small share of it:
   * more declared than the interventions allocate. The opposite of {@link Exceeded}. Not an error
   * (a plan may keep a reserve, or programme residui later), but a plan defines how it uses its
   * resources (art. 19, c. 1, lett. b), so an officer asks where the rest goes.
   */
  static final class Unprogrammed extends AbstractRule {
    Unprogrammed() {
      super("NAT-FUND-007", Severity.WARNING, Acts.RESOURCES, NationalRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      Optional<BigDecimal> share = noteShare(context);
      for (Remainder r : context.shared(REMAINDERS)) {
        if (share.isPresent() && r.small(share.get())) {
          continue;
        }
        Funding f = r.funding();
        context.report(
            Locations.funding(r.index(), f),
            f.source().id(),
            Year.of(f.year()),
            f.amount(),
            r.programmed(),
            r.rest(),
            r.count());
      }
    }
  }

  /**
   * Small remainders, each at most the noted share of its declaration: a margin a plan may keep, so
   * only noted, once for the plan, with their number and total.
   */
  static final class SmallRemainders extends AbstractRule {
    SmallRemainders() {
      super("NAT-FUND-009", Severity.INFO, Acts.RESOURCES, NationalRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      Optional<BigDecimal> share = noteShare(context);
      if (share.isEmpty()) {
        return;
      }
      List<Remainder> small =
          context.shared(REMAINDERS).stream().filter(r -> r.small(share.get())).toList();
      if (!small.isEmpty()) {
        Euro total = small.stream().map(Remainder::rest).reduce(Euro.ZERO, Euro::plus);
        context.report(
            Locations.planKey(context.plan(), "funding"),
            small.size(),
            total,
            Formats.Percent.of(share.get()));
      }
    }
  }

  /**
   * A year of the plan's period with no money declared at all: the plan does not say with what
   * resources it works that year. One finding for all such years. A plan with no funding at all is
   * NAT-CNT-004's.
   */
  static final class YearWithoutFunding extends AbstractRule {
    YearWithoutFunding() {
      super("NAT-FUND-008", Severity.WARNING, Acts.RESOURCES, NationalRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      Plan plan = context.plan();
      if (plan.funding().isEmpty()) {
        return;
      }
      Set<Integer> funded = new HashSet<>();
      // A declaration of zero euro is no money: it must not hide an unfunded year.
      plan.funding().stream().filter(f -> !f.amount().isZero()).forEach(f -> funded.add(f.year()));
      List<Year> missing =
          plan.period().years().filter(y -> !funded.contains(y)).mapToObj(Year::of).toList();
      if (!missing.isEmpty()) {
        context.report(
            Locations.planKey(plan, "funding"), missing, missing.size(), plan.period().toString());
      }
    }
  }
}
