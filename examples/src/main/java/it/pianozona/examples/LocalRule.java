package it.pianozona.examples;

import it.pianozona.core.Check;
import it.pianozona.core.CheckedPlan;
import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.config.Configuration;
import it.pianozona.core.config.ParameterOverride;
import it.pianozona.core.framework.AbstractRule;
import it.pianozona.core.framework.DatedParameter;
import it.pianozona.core.framework.Locations;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.model.Allocation;
import it.pianozona.core.model.Intervention;
import it.pianozona.core.text.Language;
import it.pianozona.core.text.MessageBundle;
import it.pianozona.core.validation.Finding;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.Severity;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An Ufficio di Piano adds one check of its own to Puglia's V framework, without writing a region
 * module, and replaces a dated parameter: then it checks its plan and prints the findings.
 *
 * <p>The local rule: every intervention funded by the PNRR carries the tag {@code pnrr}, so that
 * the office can report PNRR spending apart from the rest of the plan. Its legal basis names the
 * office's own decision and says it is a local rule, never a law. The parameter: the minimum
 * municipal co-financing share, raised to 25% from 2022, as an office may agree with its comuni.
 *
 * <pre>
 * java -cp examples/target/pianozona-examples.jar it.pianozona.examples.LocalRule FILE
 * </pre>
 */
public final class LocalRule {

  private LocalRule() {}

  /** The framework the local rule and the parameter are for. */
  public static final String FRAMEWORK = "puglia-v-2022-2024";

  /** The office's own decision: a local rule, labelled as such, not an act of law. */
  static final LegalBasis DECISION =
      LegalBasis.of(
          "Regola locale dell'Ufficio di Piano (esempio di pianozona, non un atto normativo):"
              + " decisione dell'Ufficio sulla rendicontazione separata dei fondi PNRR",
          "etichetta pnrr sugli interventi",
          null);

  static final MessageBundle MESSAGES =
      MessageBundle.load("local/messages", LocalRule.class::getResourceAsStream);

  /** LOC-UDP-INT-001: an intervention funded by the PNRR carries the tag pnrr. */
  public static final class PnrrTag extends AbstractRule {
    public PnrrTag() {
      super("LOC-UDP-INT-001", Severity.WARNING, DECISION, MESSAGES);
    }

    @Override
    public void check(RuleContext context) {
      List<Intervention> interventions = context.plan().interventions();
      for (int i = 0; i < interventions.size(); i++) {
        Intervention in = interventions.get(i);
        boolean pnrr =
            in.allocations().stream().map(Allocation::source).anyMatch(s -> s.id().equals("pnrr"));
        if (pnrr && !in.tags().contains("pnrr")) {
          context.report(Locations.intervention(i, in, "tags"), in.id());
        }
      }
    }
  }

  /** The library with the local rule and the replaced parameter. */
  public static PianoZona pianoZona() {
    DatedParameter share =
        new DatedParameter(
            "municipal-cofinancing-min-share",
            new BigDecimal("0.25"),
            LocalDate.of(2022, 1, 1),
            Optional.empty(),
            LegalBasis.of(
                "Accordo dei Comuni dell'ambito (esempio di pianozona, non un atto regionale)",
                "quota minima di cofinanziamento comunale",
                null));
    Configuration configuration =
        Configuration.builder()
            .parameter(
                ParameterOverride.of(
                    share, "i Comuni dell'ambito si impegnano a cofinanziare il 25%"))
            .build();
    return PianoZona.builder().rule(FRAMEWORK, new PnrrTag()).configuration(configuration).build();
  }

  public static void main(String[] args) {
    Check check = pianoZona().check(Path.of(args[0]));
    check.problems().forEach(System.out::println);
    for (Evaluation e : check.checked().map(CheckedPlan::evaluation).stream().toList()) {
      System.out.println(e.plan().title() + " [" + e.framework().id() + "]");
      e.tuning()
          .parameters()
          .forEach(
              p -> System.out.println("Parameter replaced: " + p.id() + " (" + p.reason() + ")"));
      for (Finding f : e.report().findings()) {
        String local = e.framework().isLocal(f.code()) ? " [local rule]" : "";
        System.out.println(
            f.severity()
                + " "
                + f.code()
                + local
                + " "
                + f.pointer()
                + ": "
                + f.message(Language.EN));
      }
      System.out.println("Score: " + e.score().total() + " / 100");
    }
  }
}
