package it.pianozona.examples;

import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.io.DocumentFormat;
import it.pianozona.core.io.PlanWriter;
import it.pianozona.core.model.Ambito;
import it.pianozona.core.model.ApprovalAct;
import it.pianozona.core.model.Comune;
import it.pianozona.core.model.Euro;
import it.pianozona.core.model.Governance;
import it.pianozona.core.model.Intervention;
import it.pianozona.core.model.IstatCode;
import it.pianozona.core.model.PartialDate;
import it.pianozona.core.model.ParticipationEvent;
import it.pianozona.core.model.Plan;
import it.pianozona.core.model.Region;
import it.pianozona.core.national.NationalRules;
import it.pianozona.core.text.Language;
import java.util.List;
import java.util.Optional;

/**
 * Builds a plan in code, as municipal software that holds its data in a database would, checks it
 * like any document, and prints it as the YAML document it corresponds to. The builder refuses a
 * bad value where it is given (a negative amount, a blank title) rather than at the end.
 *
 * <p>The ambito is two real comuni of Puglia; every figure is illustrative.
 *
 * <pre>java -cp examples/target/pianozona-examples.jar it.pianozona.examples.BuildPlanInCode</pre>
 */
public final class BuildPlanInCode {

  private BuildPlanInCode() {}

  public static void main(String[] args) {
    Plan.Builder builder =
        Plan.builder()
            .id("esempio-costruito-in-codice-2022-2024")
            .title("Piano sociale di zona costruito in codice (esempio, cifre illustrative)")
            .ambito(
                new Ambito(
                    Optional.empty(),
                    "Ambito di esempio",
                    Region.PUGLIA,
                    IstatCode.of("075016"),
                    List.of(
                        Comune.of("075016", "Casarano", 20630),
                        Comune.of("075021", "Collepasso", 6396))))
            .period(2022, 2024)
            .governance(
                new Governance(
                    List.of(
                        ApprovalAct.of(
                            "coordinamento-istituzionale", PartialDate.of(2022, 9, 30), "1")),
                    List.of(
                        ParticipationEvent.of(
                            PartialDate.of(2022, 5, 2),
                            "public-notice",
                            "Avviso pubblico di avvio della concertazione"))))
            .notes("Built in code by an example program: every figure is illustrative.");
    for (String key : NationalRules.CONTENTS_KEYS) {
      builder.content(key, "Illustrativo: testo della sezione " + key + ".");
    }
    for (int year = 2022; year <= 2024; year++) {
      builder.funding("fnps", year, Euro.ofEuros(200_000));
      builder.funding("fondo-poverta", year, Euro.ofEuros(150_000));
    }
    Intervention.Builder socialWork =
        Intervention.builder("A1-01", "Servizio sociale professionale di ambito", "A1")
            .leps("servizio-sociale-professionale");
    Intervention.Builder families =
        Intervention.builder("A2-01", "Educativa domiciliare per minori e famiglie", "A2");
    for (int year = 2022; year <= 2024; year++) {
      socialWork.allocation("fondo-poverta", year, Euro.ofEuros(120_000));
      families.allocation("fnps", year, Euro.ofEuros(90_000));
    }
    Plan plan =
        builder
            .intervention(socialWork.illustrative(true).build())
            .intervention(families.illustrative(true).build())
            .build();

    try {
      Intervention.builder("A3-01", "Assistenza domiciliare", "A3")
          .allocation("fna", 2022, Euro.parse("-1000"));
    } catch (IllegalArgumentException e) {
      System.out.println("The builder refuses a bad value at once: " + e.getMessage());
    }

    Evaluation e = PianoZona.create().evaluate(plan);
    System.out.println(plan.title() + " [" + e.framework().id() + "]");
    e.report()
        .findings()
        .forEach(
            f ->
                System.out.println(
                    f.severity()
                        + " "
                        + f.code()
                        + " "
                        + f.pointer()
                        + ": "
                        + f.message(Language.EN)));
    System.out.println("Score: " + e.score().total() + " / 100");
    System.out.println();
    System.out.println("As a plan document:");
    System.out.print(PlanWriter.write(plan, DocumentFormat.YAML));
  }
}
