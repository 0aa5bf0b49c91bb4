package it.pianozona.rules.lombardia;

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

/**
 * Plans of a small Lombard ambito that pass every national and Lombard rule, to break one rule at a
 * time: one per macro-area of 2018-2020, or one per policy area of 2021-2023.
 */
final class LombardiaPlans {

  private LombardiaPlans() {}

  static Ambito ambito() {
    return new Ambito(
        Optional.empty(),
        "Ambito distrettuale di prova",
        Region.LOMBARDIA,
        IstatCode.of("097008"),
        List.of(
            Comune.of("097008", "Bellano", 3583), Comune.of("097030", "Dervio", 2681),
            Comune.of("097023", "Colico", 7473), Comune.of("097046", "Mandello del Lario", 10578)));
  }

  static Governance governance() {
    return new Governance(
        List.of(ApprovalAct.of("assemblea-dei-sindaci", PartialDate.parse("2018-06-27"), null)),
        List.of(
            new ParticipationEvent(
                Optional.empty(),
                "thematic-table",
                Optional.of("povertà"),
                List.of("terzo-settore"),
                OptionalInt.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty())),
        List.of(Agreement.of("accordo-di-programma", null, "comuni", "ats", "asst")),
        List.of(GovernanceBody.of("ufficio-di-piano")));
  }

  /** A plan of the years with one intervention per area code, each carrying its tags. */
  static Plan.Builder plan(int from, List<String> areas, List<List<String>> tags) {
    Plan.Builder b =
        Plan.builder()
            .id("lombardia-test")
            .title("Piano di Zona di prova")
            .ambito(ambito())
            .period(from, from + 2)
            .staffing(Staffing.ofSocialWorkers("10"))
            .governance(governance());
    // Each year is funded and every euro is programmed: 10.000 of FNPS per intervention and year.
    for (int year = from; year <= from + 2; year++) {
      b.funding("fnps", year, Euro.ofEuros(10_000L * areas.size()));
    }
    NationalRules.CONTENTS_KEYS.forEach(k -> b.content(k, "Capitolo " + k));
    b.content("access", "Regolamento d'ambito per l'accesso");
    b.content("socialSecretariat", "Segretariato sociale in ogni comune");
    for (int i = 0; i < areas.size(); i++) {
      Intervention.Builder ib =
          Intervention.builder("I-" + areas.get(i), "Servizio " + areas.get(i), areas.get(i));
      for (int year = from; year <= from + 2; year++) {
        ib.allocation("fnps", year, Euro.ofEuros(10_000));
      }
      (i < tags.size() ? tags.get(i) : List.<String>of()).forEach(ib::tag);
      b.intervention(ib.build());
    }
    return b;
  }

  static final List<String> MACRO_AREAS = List.of("MA1", "MA2", "MA3", "MA4", "MA5", "MA6");

  /** Tags that carry every criterion and every c. 2 link. */
  static final List<List<String>> FULL_TAGS =
      List.of(
          List.of("lavoro", "casa"), List.of("integrazione-sociosanitaria"),
          List.of("sovrazonale", "criteri-accesso-uniformi"), List.of("prevenzione"),
          List.of("istruzione"), List.of());

  /** A 2018-2020 plan that passes every rule and earns every Lombard criterion. */
  static Plan of2018() {
    return plan(2018, MACRO_AREAS, FULL_TAGS).build();
  }

  static final List<String> POLICY_AREAS =
      List.of("AP01", "AP02", "AP03", "AP04", "AP05", "AP06", "AP07", "AP08", "AP09", "AP10");

  /** A 2021-2023 plan that passes every rule. */
  static Plan of2021() {
    return plan(2021, POLICY_AREAS, FULL_TAGS).build();
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
