package it.pianozona.rules.puglia;

import it.pianozona.core.model.Ambito;
import it.pianozona.core.model.Comune;
import it.pianozona.core.model.Euro;
import it.pianozona.core.model.Governance;
import it.pianozona.core.model.Intervention;
import it.pianozona.core.model.IstatCode;
import it.pianozona.core.model.ParticipationEvent;
import it.pianozona.core.model.PartialDate;
import it.pianozona.core.model.Plan;
import it.pianozona.core.model.Region;
import it.pianozona.core.model.Staffing;
import it.pianozona.core.national.NationalRules;
import java.util.List;
import java.util.Optional;

/** A V-cycle plan of the Casarano ambito that passes every rule, to break one rule at a time. */
final class PugliaPlans {

  private PugliaPlans() {}

  static Ambito casarano() {
    return new Ambito(Optional.empty(), "Ambito di Casarano", Region.PUGLIA,
        IstatCode.of("075016"), List.of(
            Comune.of("075016", "Casarano", 20630), Comune.of("075021", "Collepasso", 6396),
            Comune.of("075042", "Matino", 11570), Comune.of("075059", "Parabita", 9371),
            Comune.of("075064", "Ruffano", 9724), Comune.of("075081", "Supersano", 4388),
            Comune.of("075084", "Taurisano", 12674)));
  }

  /** Interventions in the given areas, one each, financed by the FNPS in 2022. */
  static Plan.Builder v(String... areas) {
    Plan.Builder b = Plan.builder()
        .id("puglia-test")
        .title("Piano Sociale di Zona di prova")
        .ambito(casarano())
        .period(2022, 2024)
        .staffing(Staffing.ofSocialWorkers("19"))
        .funding("fnps", 2022, Euro.ofEuros(1_000_000))
        .governance(new Governance(List.of(), List.of(
            ParticipationEvent.of(PartialDate.parse("2022-07"), "public-notice", "avviso"),
            ParticipationEvent.of(PartialDate.parse("2022-09"), "thematic-table", "minori"),
            ParticipationEvent.of(PartialDate.parse("2022-10"), "plenary", "sintesi"))));
    NationalRules.CONTENTS_KEYS.forEach(k -> b.content(k, "Capitolo " + k));
    for (String area : areas) {
      b.intervention(Intervention.builder("I-" + area, "Servizio " + area, area)
          .allocation("fnps", 2022, Euro.ofEuros(10_000)).build());
    }
    return b;
  }

  static Plan allAreas() {
    return v("A1", "A2", "A3", "A4", "A5", "A6", "A7").build();
  }
}
