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

/** {@code pianozona score FILE...}: the score of each plan and the evidence behind it. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description =
        "Scores plan documents under their regional framework and explains each"
            + " criterion: its weight, the points earned and the facts counted.",
    footer = {
      "",
      "Exit codes: 0 scored, 2 unreadable document, unknown framework or wrong" + " arguments.",
      "",
      "Example:",
      "  pianozona score --lang en examples/plans/puglia-casarano-2022-2024.yaml"
    })
final class ScoreCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plan documents to score.")
  List<Path> files;

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
      description = "Language of messages: it or en (default: ${DEFAULT-VALUE}).")
  Language language;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the result to this file instead of standard output.")
  Optional<Path> output;

  @Option(
      names = "--framework",
      paramLabel = "ID",
      description = "Score every plan under this framework, whatever its period.")
  Optional<String> framework;

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
    int exit = all.allUsable() ? PianoZonaCli.OK : PianoZonaCli.UNUSABLE;
    if (!checked.isEmpty()
        && !Output.write(
            output,
            Reports.renderScore(Options.of(format), checked, language),
            out,
            err,
            library.reads(files))) {
      return PianoZonaCli.UNUSABLE;
    }
    return exit;
  }
}
