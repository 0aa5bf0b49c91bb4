package it.pianozona.cli;

import it.pianozona.core.CheckedPlan;
import it.pianozona.core.text.Language;
import it.pianozona.report.Reports;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pianozona validate FILE...}: findings and score of each plan, in a chosen format. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Validates and scores plan documents (YAML or JSON) under the regional"
            + " framework of their region and period, and reports the findings and the score as"
            + " text, JSON, Markdown, a self-contained HTML page or SARIF 2.1.0.",
    footer = {
      "",
      "Exit codes: 0 no finding at or above --fail-on, 1 at least one, 2 unreadable"
          + " document, unknown framework or wrong arguments.",
      "",
      "Examples:",
      "  pianozona validate --lang en examples/plans/puglia-casarano-2022-2024.yaml",
      "  pianozona validate --format html --output casarano.html"
          + " examples/plans/puglia-casarano-2022-2024.yaml",
      "  pianozona validate --format sarif --output plans.sarif --fail-on warning"
          + " examples/plans/*.yaml"
    })
final class ValidateCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plan documents to validate.")
  List<Path> files;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Options.ReportFormat format;

  @Option(
      names = "--lang",
      defaultValue = "it",
      paramLabel = "LANG",
      converter = Options.LanguageConverter.class,
      description = "Language of messages: it or en (default: ${DEFAULT-VALUE}).")
  Language language;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the report to this file instead of standard output.")
  Optional<Path> output;

  @Option(
      names = "--framework",
      paramLabel = "ID",
      description =
          "Check every plan under this framework (see 'pianozona frameworks'),"
              + " whatever its period or the framework it names.")
  Optional<String> framework;

  @Option(
      names = "--fail-on",
      defaultValue = "error",
      paramLabel = "SEVERITY",
      description =
          "Exit with 1 when a plan has a finding this serious or worse:"
              + " ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Options.FailOn failOn;

  @CommandLine.Mixin LibraryOptions library;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Output.safe(output, library.reads(files), err)) {
      return PianoZonaCli.UNUSABLE;
    }
    Optional<Checker> checker =
        library.create(err, language).flatMap(pz -> Checker.create(pz, framework, err, language));
    if (checker.isEmpty()) {
      return PianoZonaCli.UNUSABLE;
    }
    Checker.Checked all = checker.get().checkAll(files, err);
    List<CheckedPlan> checked = all.plans();
    int exit =
        !all.allUsable()
            ? PianoZonaCli.UNUSABLE
            : checked.stream().anyMatch(c -> c.evaluation().report().hasAtLeast(failOn.threshold()))
                ? PianoZonaCli.FINDINGS
                : PianoZonaCli.OK;
    if (!checked.isEmpty()
        && !Output.write(
            output,
            Reports.render(format.format(), checked, language),
            out,
            err,
            library.reads(files))) {
      return PianoZonaCli.UNUSABLE;
    }
    return exit;
  }
}
