package it.pianozona.core.testing;

import it.pianozona.core.model.Ambito;
import it.pianozona.core.model.Comune;
import it.pianozona.core.model.Euro;
import it.pianozona.core.model.Governance;
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

/**
 * A valid plan for the test framework: every national rule passes on it, so a test can break
 * exactly one thing and expect exactly one finding.
 */
public final class Plans {

  private Plans() {}

  /** Campobasso, Termoli and Isernia: 103,565 residents at the 2011 census. */
  public static Ambito ambito() {
    return new Ambito(
        Optional.of("TEST"),
        "Ambito di prova",
        Region.MOLISE,
        IstatCode.of("070006"),
        List.of(
            Comune.of("070006", "Campobasso", 48747),
            Comune.of("070078", "Termoli", 32793),
            Comune.of("094023", "Isernia", 22025)));
  }

  public static Plan.Builder valid() {
    Plan.Builder b =
        Plan.builder()
            .id("molise-test")
            .title("Piano di prova")
            .ambito(ambito())
            .period(2022, 2024)
            .staffing(Staffing.ofSocialWorkers("40"))
            .governance(
                new Governance(
                    List.of(),
                    List.of(
                        ParticipationEvent.of(
                            PartialDate.parse("2022-05"), "public-notice", "avviso"),
                        ParticipationEvent.of(
                            PartialDate.parse("2022-06-01"), "thematic-table", "minori"),
                        ParticipationEvent.of(
                            PartialDate.parse("2022-06-20"), "plenary", "sintesi"))));
    for (String key : NationalRules.CONTENTS_KEYS) {
      b.content(key, "Capitolo " + key);
    }
    for (int year = 2022; year <= 2024; year++) {
      b.funding("fnps", year, Euro.ofEuros(300_000));
      b.funding("comuni", year, Euro.ofEuros(100_000));
    }
    b.intervention(
        Intervention.builder("I1", "Segretariato sociale", "T1")
            .objective("T1-OB1")
            .leps("servizio-sociale-professionale")
            .allocation("fnps", 2022, Euro.ofEuros(100_000))
            .allocation("fnps", 2023, Euro.ofEuros(100_000))
            .allocation("fnps", 2024, Euro.ofEuros(100_000))
            .build());
    b.intervention(
        Intervention.builder("I2", "P.I.P.P.I.", "T2")
            .objective("T2-OB1")
            .leps("pippi")
            .allocation("fnps", 2022, Euro.ofEuros(200_000))
            .allocation("comuni", 2023, Euro.ofEuros(50_000))
            .allocation("fnps", 2023, Euro.ofEuros(200_000))
            .build());
    // Every euro declared is programmed, so that NAT-FUND-007 has nothing to say.
    b.intervention(
        Intervention.builder("I3", "Assistenza domiciliare anziani", "T3")
            .leps("assistenza-domiciliare-sociale")
            .allocation("comuni", 2022, Euro.ofEuros(100_000))
            .allocation("comuni", 2023, Euro.ofEuros(50_000))
            .allocation("comuni", 2024, Euro.ofEuros(100_000))
            .allocation("fnps", 2024, Euro.ofEuros(200_000))
            .build());
    return b;
  }

  public static Plan validPlan() {
    return valid().build();
  }

  /** The valid plan with its comuni replaced. */
  public static Plan withComuni(String lead, Comune... comuni) {
    return valid()
        .ambito(
            new Ambito(
                Optional.empty(),
                "Ambito di prova",
                Region.MOLISE,
                IstatCode.of(lead),
                List.of(comuni)))
        .build();
  }
}
