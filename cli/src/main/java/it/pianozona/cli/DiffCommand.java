package it.pianozona.cli;

import it.pianozona.core.Check;
import it.pianozona.core.text.Language;
import it.pianozona.report.DiffReport;
import it.pianozona.report.PlanDiff;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pianozona diff OLD NEW}: what changed between two versions of a plan, or between the plans
 * of two cycles of the same ambito.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description =
        "Compares two plans: two versions of one plan, or the plans of two planning"
            + " cycles of the same ambito. Shows interventions added, removed and changed, money"
            + " moved between areas and funding sources, findings that appeared or were resolved,"
            + " and the change in score. Each plan is checked under the framework of its own"
            + " period.",
    footer = {
      "",
      "Exit codes: 0 compared, 2 unreadable document or wrong arguments.",
      "",
      "Example:",
      "  pianozona diff piano-2022-bozza.yaml piano-2022-approvato.yaml"
    })
final class DiffCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "OLD", description = "The older plan document.")
  Path older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The newer plan document.")
  Path newer;

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
      description = "Write the comparison to this file instead of standard output.")
  Optional<Path> output;

  @CommandLine.Mixin LibraryOptions library;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Output.safe(output, library.reads(List.of(older, newer)), err)) {
      return PianoZonaCli.UNUSABLE;
    }
    Optional<Checker> checker =
        library
            .create(err, language)
            .flatMap(pz -> Checker.create(pz, Optional.empty(), err, language));
    if (checker.isEmpty()) {
      return PianoZonaCli.UNUSABLE;
    }
    Check before = checker.get().check(older, err);
    Check after = checker.get().check(newer, err);
    err.flush();
    if (before.checked().isEmpty() || after.checked().isEmpty()) {
      return PianoZonaCli.UNUSABLE;
    }
    PlanDiff diff = PlanDiff.of(before.checked().get(), after.checked().get(), language);
    String text = DiffReport.render(diff, Options.of(format), language);
    return Output.write(output, text, out, err, library.reads(List.of(older, newer)))
        ? PianoZonaCli.OK
        : PianoZonaCli.UNUSABLE;
  }
}
