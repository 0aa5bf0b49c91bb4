package it.pianozona.examples.cli;

import it.pianozona.core.io.ReportJson;
import it.pianozona.core.text.Language;
import it.pianozona.examples.report.CheckedPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
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
    description = "Scores plan documents under their regional framework and explains each"
        + " criterion: its weight, the points earned and the facts counted.",
    footer = {"", "Exit codes: 0 scored, 2 unreadable document, unknown framework or wrong"
        + " arguments.", "",
        "Example:", "  pianozona score --lang en examples/plans/puglia-casarano-2022-2024.yaml"})
final class ScoreCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plan documents to score.")
  List<Path> files;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Options.Format format;

  @Option(names = "--lang", defaultValue = "it", paramLabel = "LANG",
      converter = Options.LanguageConverter.class,
      description = "Language of messages: it or en (default: ${DEFAULT-VALUE}).")
  Language language;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the result to this file instead of standard output.")
  Optional<Path> output;

  @Option(names = "--framework", paramLabel = "ID",
      description = "Score every plan under this framework, whatever its period.")
  Optional<String> framework;

  @CommandLine.Mixin LibraryOptions library;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Checker> checker = library.create(err)
        .flatMap(pz -> Checker.create(pz, framework, err));
    if (checker.isEmpty()) {
      return PianoZonaCli.UNUSABLE;
    }
    int exit = PianoZonaCli.OK;
    List<String> json = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Path file : files) {
      Checker.Outcome outcome = checker.get().check(file);
      outcome.problems().forEach(err::println);
      if (outcome.checked().isEmpty()) {
        exit = PianoZonaCli.UNUSABLE;
        continue;
      }
      CheckedPlan c = outcome.checked().get();
      if (format == Options.Format.json) {
        json.add(ReportJson.writeScore(c.evaluation().plan(), Optional.of(c.document()),
            c.evaluation().framework(), c.evaluation().score(), language));
      } else {
        text.append(TextReport.renderScore(c.evaluation(), c.document(), language));
      }
    }
    err.flush();
    String result = format == Options.Format.json
        ? (json.size() == 1 ? json.get(0) : "[\n" + String.join(",\n", json) + "\n]")
        : text.toString();
    boolean any = format == Options.Format.json ? !json.isEmpty() : text.length() > 0;
    if (any && !Output.write(output, result, out, err)) {
      return PianoZonaCli.UNUSABLE;
    }
    return exit;
  }
}
