package it.pianozona.rules.basilicata;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A plan of the Ambito n. 7 Bradanica Medio Basento that passes every rule, to break one. */
final class BasilicataPlans {

  private BasilicataPlans() {}

  static final List<Comune> BRADANICA =
      List.of(
          Comune.of("077003", "Bernalda", 12264),
          Comune.of("077004", "Calciano", 796),
          Comune.of("077008", "Ferrandina", 8973),
          Comune.of("077009", "Garaguso", 1134),
          Comune.of("077011", "Grassano", 5395),
          Comune.of("077012", "Grottole", 2371),
          Comune.of("077013", "Irsina", 5100),
          Comune.of("077015", "Miglionico", 2543),
          Comune.of("077017", "Montescaglioso", 10102),
          Comune.of("077019", "Oliveto Lucano", 494),
          Comune.of("077022", "Pomarico", 4238),
          Comune.of("077024", "Salandra", 2934),
          Comune.of("077028", "Tricarico", 5669));

  static Ambito ambito(Optional<String> id, String name, String lead, List<Comune> comuni) {
    return new Ambito(id, name, Region.BASILICATA, IstatCode.of(lead), comuni);
  }

  static Ambito bradanica() {
    return ambito(Optional.of("7"), "Ambito n. 7 Bradanica Medio Basento", "077013", BRADANICA);
  }

  static Governance governance() {
    return new Governance(
        List.of(ApprovalAct.of("conferenza-dei-sindaci", PartialDate.parse("--07-06"), null)),
        List.of(ParticipationEvent.of(null, "thematic-table", "tavoli tecnici")),
        List.of(
            Agreement.of("convenzione", PartialDate.parse("2017-04"), "comuni"),
            Agreement.of("partnership-istituzionale", PartialDate.parse("2017-08-08"), "comuni")),
        List.of(GovernanceBody.of("ufficio-di-piano")));
  }

  static Plan.Builder plan(Ambito ambito) {
    Plan.Builder b =
        Plan.builder()
            .id("basilicata-test")
            .title("Piano Intercomunale di prova")
            .ambito(ambito)
            .period(2021, 2023)
            .staffing(Staffing.ofSocialWorkers("25"))
            .governance(governance());
    // Each year is funded and every euro is programmed: 10.000 of FNPS per area and year.
    for (int year = 2021; year <= 2023; year++) {
      b.funding("fnps", year, Euro.ofEuros(90_000));
    }
    List<String> keys = new ArrayList<>(NationalRules.CONTENTS_KEYS);
    keys.addAll(ContentRules.KEYS);
    keys.forEach(k -> b.content(k, "Capitolo " + k));
    for (int a = 1; a <= 9; a++) {
      Intervention.Builder i = Intervention.builder("I-AI" + a, "Servizio AI" + a, "AI" + a);
      for (int year = 2021; year <= 2023; year++) {
        i.allocation("fnps", year, Euro.ofEuros(10_000));
      }
      b.intervention(i.build());
    }
    return b;
  }

  static Plan bradanicaPlan() {
    return plan(bradanica()).build();
  }
}
