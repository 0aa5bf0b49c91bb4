package it.pianozona.tck;

import it.pianozona.core.framework.Area;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FundingSourceInfo;
import it.pianozona.core.framework.LepsInfo;
import it.pianozona.core.model.Ambito;
import it.pianozona.core.model.ApprovalAct;
import it.pianozona.core.model.Comune;
import it.pianozona.core.model.Euro;
import it.pianozona.core.model.Governance;
import it.pianozona.core.model.Intervention;
import it.pianozona.core.model.PartialDate;
import it.pianozona.core.model.ParticipationEvent;
import it.pianozona.core.model.Period;
import it.pianozona.core.model.Plan;
import it.pianozona.core.model.Staffing;
import it.pianozona.core.national.NationalRules;
import it.pianozona.core.reference.ComuniRegistry;
import it.pianozona.core.reference.IstatComune;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A fast, seeded stream of varied plans for runs of hundreds of thousands, where jqwik's generators
 * (built for shrinking) would take too long. The same seed gives the same plans, so a failure can
 * be replayed. Plans mix the valid and the broken: unknown and foreign comuni, unknown areas and
 * sources, allocations outside the period, duplicate ids, missing sections, text with accents,
 * quotes and YAML punctuation.
 */
public final class RandomPlans {

  private static final String[] WORDS = {
    "Servizio",
    "sociale",
    "d'ambito",
    "«PUA»",
    "minori",
    "famiglie",
    "anziani",
    "#1",
    "key: value",
    "yes",
    "0755",
    "perché",
    "€",
    "\"quoted\"",
    "tab\there",
    "line\nbreak",
    "-",
    "{brace}",
    "[list]",
    "Città",
    "àèìòù"
  };

  private final SplittableRandom random;
  private final Framework framework;
  private final List<IstatComune> comuni;
  private final List<String> areas;
  private final List<String> objectives;
  private final List<String> leps;
  private final List<String> sources;
  private int counter;

  private RandomPlans(Framework framework, long seed) {
    this.random = new SplittableRandom(seed);
    this.framework = framework;
    this.comuni =
        ComuniRegistry.bundled().all().stream()
            .filter(c -> c.region() == framework.region())
            .toList();
    this.areas = framework.catalogue().areas().stream().map(Area::code).toList();
    this.objectives = framework.catalogue().objectives().stream().map(o -> o.code()).toList();
    this.leps = NationalRules.reference().leps().stream().map(LepsInfo::id).toList();
    List<String> s = new ArrayList<>();
    NationalRules.reference().fundingSources().forEach(f -> s.add(f.id().id()));
    framework.catalogue().fundingSources().stream()
        .map(FundingSourceInfo::id)
        .forEach(f -> s.add(f.id()));
    s.add("fondo-sconosciuto");
    this.sources = List.copyOf(s);
  }

  /** A stream of plans for the framework, reproducible from the seed. */
  public static RandomPlans of(Framework framework, long seed) {
    return new RandomPlans(framework, seed);
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private String text() {
    int words = 1 + random.nextInt(5);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        s.append(' ');
      }
      s.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return s.toString();
  }

  private String maybe(List<String> known) {
    return known.isEmpty() || random.nextInt(20) == 0 ? "X" + random.nextInt(100) : pick(known);
  }

  /** The next plan. */
  public Plan next() {
    Period validity = framework.validity();
    int from = validity.from() + random.nextInt(validity.lengthInYears());
    int to = Math.min(validity.to(), from + random.nextInt(3));
    List<Comune> members = new ArrayList<>();
    int n = 1 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      IstatComune c = pick(comuni);
      members.add(
          new Comune(
              c.code(),
              random.nextInt(30) == 0 ? c.name() + " Nuova" : c.name(),
              c.population2011()));
    }
    if (random.nextInt(30) == 0) {
      members.add(Comune.of("999999", "Inesistente", 10));
    }
    Plan.Builder b =
        Plan.builder()
            .id("random-" + (++counter))
            .title(text())
            .ambito(
                new Ambito(
                    Optional.empty(), text(), framework.region(), members.get(0).istat(), members))
            .period(from, to);
    for (String key : NationalRules.CONTENTS_KEYS) {
      if (random.nextInt(10) != 0) {
        b.content(key, text());
      }
    }
    int interventions = random.nextInt(12);
    for (int i = 0; i < interventions; i++) {
      Intervention.Builder in =
          Intervention.builder(random.nextInt(25) == 0 ? "DUP" : "I" + i, text(), maybe(areas));
      if (random.nextBoolean()) {
        in.objective(maybe(objectives));
      }
      if (random.nextBoolean()) {
        in.leps(maybe(leps));
      }
      int allocations = random.nextInt(5);
      for (int k = 0; k < allocations; k++) {
        int year = random.nextInt(15) == 0 ? to + 1 : from + random.nextInt(to - from + 1);
        Euro amount = Euro.ofCents(random.nextLong(1, 10_000_000_00L));
        String source = pick(sources);
        in.allocation(source, year, amount);
        if (random.nextInt(4) != 0) {
          b.funding(source, year, amount.plus(Euro.ofCents(random.nextLong(0, 1_000_000L))));
        }
      }
      if (random.nextInt(5) == 0) {
        in.tag(text());
      }
      if (random.nextInt(6) == 0) {
        in.indicator("posti-nido", BigDecimal.valueOf(random.nextInt(10_000), 2));
      }
      b.intervention(in.build());
    }
    if (random.nextInt(8) != 0) {
      b.staffing(new Staffing(BigDecimal.valueOf(random.nextInt(5000), 2), false));
    }
    if (random.nextBoolean()) {
      b.governance(
          new Governance(
              List.of(
                  ApprovalAct.of(
                      "coordinamento-istituzionale",
                      PartialDate.of(to, 1 + random.nextInt(12), 1 + random.nextInt(28)),
                      "1")),
              List.of(
                  ParticipationEvent.of(
                      PartialDate.of(from, 1 + random.nextInt(12), 0), "public-notice", text()))));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      // Funding declared twice for one source and year is legal (a rule reports it); any
      // other refusal is a bug of this generator.
      throw new IllegalStateException("generator produced an unrepresentable plan", e);
    }
  }
}
