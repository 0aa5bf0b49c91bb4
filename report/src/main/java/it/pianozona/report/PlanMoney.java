package it.pianozona.report;

import it.pianozona.core.model.Allocation;
import it.pianozona.core.model.Comune;
import it.pianozona.core.model.Euro;
import it.pianozona.core.model.Funding;
import it.pianozona.core.model.FundingSource;
import it.pianozona.core.model.Intervention;
import it.pianozona.core.model.Plan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A plan's money added up the ways reports and comparisons show it: allocated by area, by source
 * and by year, declared by source and by year, and apportioned to comuni.
 *
 * @param allocatedByArea allocations to interventions, by area code in the plan's order
 * @param allocatedBySource allocations, by funding source
 * @param declaredBySource declared funding, by funding source
 * @param allocatedByYear allocations, by year
 * @param declaredByYear declared funding, by year
 * @param allocated all allocations
 * @param declared all declared funding
 */
public record PlanMoney(
    Map<String, Euro> allocatedByArea,
    Map<FundingSource, Euro> allocatedBySource,
    Map<FundingSource, Euro> declaredBySource,
    Map<Integer, Euro> allocatedByYear,
    Map<Integer, Euro> declaredByYear,
    Euro allocated,
    Euro declared) {

  public PlanMoney {
    allocatedByArea = Collections.unmodifiableMap(new LinkedHashMap<>(allocatedByArea));
    allocatedBySource = Collections.unmodifiableMap(new TreeMap<>(allocatedBySource));
    declaredBySource = Collections.unmodifiableMap(new TreeMap<>(declaredBySource));
    allocatedByYear = Collections.unmodifiableMap(new TreeMap<>(allocatedByYear));
    declaredByYear = Collections.unmodifiableMap(new TreeMap<>(declaredByYear));
  }

  /** Adds up the plan's money. */
  public static PlanMoney of(Plan plan) {
    Map<String, Euro> byArea = new LinkedHashMap<>();
    Map<FundingSource, Euro> bySource = new TreeMap<>();
    Map<Integer, Euro> byYear = new TreeMap<>();
    for (Intervention i : plan.interventions()) {
      byArea.merge(i.area(), i.total(), Euro::plus);
      for (Allocation a : i.allocations()) {
        bySource.merge(a.source(), a.amount(), Euro::plus);
        byYear.merge(a.year(), a.amount(), Euro::plus);
      }
    }
    Map<FundingSource, Euro> declaredBySource = new TreeMap<>();
    Map<Integer, Euro> declaredByYear = new TreeMap<>();
    for (Funding f : plan.funding()) {
      declaredBySource.merge(f.source(), f.amount(), Euro::plus);
      declaredByYear.merge(f.year(), f.amount(), Euro::plus);
    }
    return new PlanMoney(
        byArea,
        bySource,
        declaredBySource,
        byYear,
        declaredByYear,
        plan.totalAllocated(),
        plan.totalFunding());
  }

  /**
   * One comune's part of the money allocated to its ambito.
   *
   * @param comune the comune
   * @param share its part, apportioned by population
   */
  public record ComuneShare(Comune comune, Euro share) {}

  /**
   * The allocations apportioned to the comuni by the population the plan states. Plans allocate
   * money to the ambito as a whole, so this is an estimate of where it is spent, not a fact of the
   * plan; the shares add up exactly to the total (largest remainder, to the cent). Empty when the
   * plan states no population.
   */
  public List<ComuneShare> perComune(Plan plan) {
    long population = plan.ambito().population();
    List<Comune> comuni = plan.ambito().comuni();
    if (population <= 0 || comuni.isEmpty()) {
      return List.of();
    }
    BigDecimal total = BigDecimal.valueOf(allocated.cents());
    BigDecimal people = BigDecimal.valueOf(population);
    long[] cents = new long[comuni.size()];
    BigDecimal[] remainders = new BigDecimal[comuni.size()];
    long assigned = 0;
    for (int i = 0; i < cents.length; i++) {
      BigDecimal exact =
          total
              .multiply(BigDecimal.valueOf(comuni.get(i).population()))
              .divide(people, 6, RoundingMode.HALF_EVEN);
      cents[i] = exact.setScale(0, RoundingMode.FLOOR).longValueExact();
      remainders[i] = exact.subtract(BigDecimal.valueOf(cents[i]));
      assigned += cents[i];
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < cents.length; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
    for (int k = 0; k < allocated.cents() - assigned; k++) {
      cents[order.get(k % order.size())]++;
    }
    List<ComuneShare> shares = new ArrayList<>();
    for (int i = 0; i < cents.length; i++) {
      shares.add(new ComuneShare(comuni.get(i), Euro.ofCents(cents[i])));
    }
    return List.copyOf(shares);
  }

  /** Allocated money per resident of the ambito, to the cent; empty without a population. */
  public Optional<BigDecimal> perCapita(Plan plan) {
    long population = plan.ambito().population();
    return population <= 0
        ? Optional.empty()
        : Optional.of(
            allocated
                .toBigDecimal()
                .divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_EVEN));
  }
}
