package it.pianozona.rules.puglia;

import it.pianozona.core.model.Agreement;
import it.pianozona.core.model.Ambito;
import it.pianozona.core.model.ApprovalAct;
import it.pianozona.core.model.Comune;
import it.pianozona.core.model.Euro;
import it.pianozona.core.model.Governance;
import it.pianozona.core.model.GovernanceBody;
import it.pianozona.core.model.Intervention;
import it.pianozona.core.model.IstatCode;
import it.pianozona.core.model.PartialDate;
import it.pianozona.core.model.ParticipationEvent;
import it.pianozona.core.model.Plan;
import it.pianozona.core.model.Region;
import it.pianozona.core.model.Staffing;
import it.pianozona.core.national.NationalRules;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A V-cycle plan of the Casarano ambito that passes every rule, to break one rule at a time. */
final class PugliaPlans {

  private PugliaPlans() {}

  static Ambito casarano() {
    return new Ambito(
        Optional.empty(),
        "Ambito di Casarano",
        Region.PUGLIA,
        IstatCode.of("075016"),
        List.of(
            Comune.of("075016", "Casarano", 20630),
            Comune.of("075021", "Collepasso", 6396),
            Comune.of("075042", "Matino", 11570),
            Comune.of("075059", "Parabita", 9371),
            Comune.of("075064", "Ruffano", 9724),
            Comune.of("075081", "Supersano", 4388),
            Comune.of("075084", "Taurisano", 12674)));
  }

  /** A planning cycle: its first year and its areas, the first of which runs the PUA. */
  record Cycle(String prefix, int from, List<String> areas) {
    static final Cycle IV = new Cycle("PUG-IV", 2018, List.of("IV3", "IV1", "IV2", "IV4", "IV5"));
    static final Cycle V =
        new Cycle("PUG-V", 2022, List.of("A1", "A2", "A3", "A4", "A5", "A6", "A7"));

    /** A date of the V cycle moved into this cycle's years. */
    String date(String v) {
      return (Integer.parseInt(v.substring(0, 4)) + from - 2022) + v.substring(4);
    }

    String code(String suffix) {
      return prefix + "-" + suffix;
    }

    @Override
    public String toString() {
      return prefix;
    }
  }

  static ParticipationEvent event(String date, String kind, String... actors) {
    return new ParticipationEvent(
        Optional.of(PartialDate.parse(date)),
        kind,
        Optional.of("tema"),
        List.of(actors),
        OptionalInt.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** Concertation in 2022, approval by the Coordinamento and in Conferenza di Servizi. */
  static Governance governance() {
    return governance(Cycle.V);
  }

  /** The V cycle's governance, moved into the cycle's years. */
  static Governance governance(Cycle c) {
    return new Governance(
        List.of(
            ApprovalAct.of(
                "coordinamento-istituzionale", PartialDate.parse(c.date("2022-11-07")), "12"),
            ApprovalAct.of("conferenza-di-servizi", PartialDate.parse(c.date("2023-02-15")), null)),
        List.of(
            event(c.date("2022-07"), "public-notice", "cittadini", "terzo-settore"),
            event(c.date("2022-09"), "thematic-table", "terzo-settore"),
            event(c.date("2022-09-20"), "union-meeting", "sindacati"),
            event(c.date("2022-10"), "plenary", "terzo-settore", "sindacati")),
        List.of(
            Agreement.of(
                "accordo-di-programma",
                PartialDate.parse(c.date("2023-02-15")),
                "comuni",
                "asl",
                "regione")),
        List.of(GovernanceBody.of("ufficio-di-piano")));
  }

  /** A V plan with interventions in the given areas; A1 runs the PUA. */
  static Plan.Builder v(String... areas) {
    return plan(Cycle.V, List.of(areas));
  }

  /**
   * A plan of the cycle with interventions in the given areas, one each, financed by the FNPS and
   * the comuni in every year; the cycle's first area also runs the PUA.
   */
  static Plan.Builder plan(Cycle c, List<String> areas) {
    return plan(c, areas, 2_000);
  }

  /** The same, with the comuni paying the given euros of each intervention's 10.000 a year. */
  static Plan.Builder plan(Cycle c, List<String> areas, long comuni) {
    long fnps = 10_000 - comuni;
    Plan.Builder b =
        Plan.builder()
            .id("puglia-test")
            .title("Piano Sociale di Zona di prova")
            .ambito(casarano())
            .period(c.from(), c.from() + 2)
            .staffing(Staffing.ofSocialWorkers("19"))
            .governance(governance(c));
    // Each year is funded and every euro is programmed: 10.000 per intervention and year, of
    // which the comuni pay 2.000 (20%) unless told otherwise.
    for (int year = c.from(); year <= c.from() + 2; year++) {
      b.funding("fnps", year, Euro.ofEuros(fnps * areas.size()));
      b.funding("comuni", year, Euro.ofEuros(comuni * areas.size()));
    }
    NationalRules.CONTENTS_KEYS.forEach(k -> b.content(k, "Capitolo " + k));
    b.content("needsAnalysis", "Capitolo I").content("costSharing", "Capitolo V");
    for (String area : areas) {
      Intervention.Builder i = Intervention.builder("I-" + area, "Servizio " + area, area);
      for (int year = c.from(); year <= c.from() + 2; year++) {
        i.allocation("fnps", year, Euro.ofEuros(fnps))
            .allocation("comuni", year, Euro.ofEuros(comuni));
      }
      if (area.equals(c.areas().get(0))) {
        i.leps("percorso-assistenziale-integrato");
      }
      b.intervention(i.build());
    }
    return b;
  }

  static Plan allAreas(Cycle c) {
    return plan(c, c.areas()).build();
  }

  static Plan allAreas() {
    return allAreas(Cycle.V);
  }

  /** The plan over a shorter period, without the money of the years it drops. */
  static Plan shortened(Plan p, int to) {
    return p.toBuilder()
        .period(p.period().from(), to)
        .withFunding(p.funding().stream().filter(f -> f.year() <= to).toList())
        .withInterventions(
            p.interventions().stream()
                .map(
                    i ->
                        i.toBuilder()
                            .withAllocations(
                                i.allocations().stream().filter(a -> a.year() <= to).toList())
                            .build())
                .toList())
        .build();
  }
}
