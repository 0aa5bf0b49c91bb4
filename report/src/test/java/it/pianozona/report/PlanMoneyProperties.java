package it.pianozona.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.model.Ambito;
import it.pianozona.core.model.Comune;
import it.pianozona.core.model.Euro;
import it.pianozona.core.model.Intervention;
import it.pianozona.core.model.Plan;
import it.pianozona.core.model.Region;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Apportioning an ambito's money to its comuni loses no cent and follows population. */
class PlanMoneyProperties {

  static Plan plan(long cents, List<Long> populations) {
    List<Comune> comuni = new ArrayList<>();
    for (int i = 0; i < populations.size(); i++) {
      comuni.add(Comune.of(String.format("%06d", 1000 + i), "Comune " + i, populations.get(i)));
    }
    return Plan.builder()
        .id("p")
        .title("t")
        .period(2022, 2024)
        .ambito(
            new Ambito(Optional.empty(), "Ambito", Region.PUGLIA, comuni.get(0).istat(), comuni))
        .intervention(
            Intervention.builder("I1", "Intervento", "A1")
                .allocation("fnps", 2022, Euro.ofCents(cents))
                .build())
        .build();
  }

  @Property
  void theSharesAddUpExactlyToTheMoneyAllocated(
      @ForAll @LongRange(min = 0, max = 100_000_000_000L) long cents,
      @ForAll @Size(min = 1, max = 40) List<@LongRange(min = 0, max = 3_000_000) Long> people) {
    Plan plan = plan(cents, people);
    List<PlanMoney.ComuneShare> shares = PlanMoney.of(plan).perComune(plan);
    if (plan.ambito().population() == 0) {
      assertTrue(shares.isEmpty());
      return;
    }
    assertEquals(people.size(), shares.size());
    assertEquals(cents, shares.stream().mapToLong(s -> s.share().cents()).sum());
  }

  @Property
  void eachShareIsWithinOneCentOfThePopulationShare(
      @ForAll @LongRange(min = 0, max = 100_000_000_000L) long cents,
      @ForAll @Size(min = 1, max = 40) List<@LongRange(min = 1, max = 3_000_000) Long> people) {
    Plan plan = plan(cents, people);
    long total = plan.ambito().population();
    List<PlanMoney.ComuneShare> shares = PlanMoney.of(plan).perComune(plan);
    for (PlanMoney.ComuneShare s : shares) {
      // |share - cents * population / total| <= 1 cent, without rounding: multiply through.
      BigInteger exact =
          BigInteger.valueOf(cents).multiply(BigInteger.valueOf(s.comune().population()));
      BigInteger mine = BigInteger.valueOf(s.share().cents()).multiply(BigInteger.valueOf(total));
      assertTrue(
          exact.subtract(mine).abs().compareTo(BigInteger.valueOf(total)) <= 0,
          s + " of " + cents + " for " + people);
    }
  }

  @Property
  void perCapitaIsTheMoneyOverTheResidents(
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long cents,
      @ForAll @Size(min = 1, max = 5) List<@LongRange(min = 1, max = 100_000) Long> people) {
    Plan plan = plan(cents, people);
    var perCapita = PlanMoney.of(plan).perCapita(plan).orElseThrow();
    long total = plan.ambito().population();
    // Rounded to the cent: within half a cent of the exact quotient.
    BigInteger diff =
        perCapita
            .movePointRight(2)
            .toBigIntegerExact()
            .multiply(BigInteger.valueOf(total))
            .subtract(BigInteger.valueOf(cents))
            .abs();
    assertTrue(
        diff.multiply(BigInteger.TWO).compareTo(BigInteger.valueOf(total)) <= 0,
        perCapita + " for " + cents + "/" + total);
  }
}
