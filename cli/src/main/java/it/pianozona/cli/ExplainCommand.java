package it.pianozona.cli;

import it.pianozona.core.PianoZona;
import it.pianozona.core.text.Language;
import it.pianozona.report.RuleReport;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pianozona explain CODE}: what a rule checks, its severity, its act and the fix. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description =
        "Explains a rule by its code: what it checks, how serious its findings are,"
            + " the act it rests on and how to put a finding right.",
    footer = {
      "",
      "Exit codes: 0 explained, 2 no rule with that code or wrong arguments.",
      "",
      "Examples:",
      "  pianozona explain PUG-V-AREA-001",
      "  pianozona explain --lang en --format json NAT-LEPS-001"
    })
final class ExplainCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      paramLabel = "CODE",
      description = "A rule code, as findings show it, such as NAT-TERR-001 (any case).")
  String code;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Options.Format format;

  @Option(
      names = "--lang",
      defaultValue = "it",
      paramLabel = "LANG",
      converter = Options.LanguageConverter.class,
      description = "Language of the explanation: it or en (default: ${DEFAULT-VALUE}).")
  Language language;

  @CommandLine.Mixin LibraryOptions library;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<PianoZona> created = library.create(err, language);
    if (created.isEmpty()) {
      return PianoZonaCli.UNUSABLE;
    }
    Optional<RuleReport.RuleExplanation> rule = RuleReport.find(created.get(), code);
    if (rule.isEmpty()) {
      err.println(
          "pianozona: no rule with code '"
              + code
              + "'."
              + RuleReport.closest(created.get(), code)
                  .map(c -> " Did you mean " + c + "?")
                  .orElse("")
              + " ('pianozona frameworks --format json' lists every code)");
      err.flush();
      return PianoZonaCli.UNUSABLE;
    }
    out.print(RuleReport.render(rule.get(), Options.of(format), language));
    out.flush();
    return PianoZonaCli.OK;
  }
}
