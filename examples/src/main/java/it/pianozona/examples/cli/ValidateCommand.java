package it.pianozona.examples.cli;

import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.FrameworkSelectionException;
import it.pianozona.core.io.DocumentException;
import it.pianozona.core.io.DocumentProblem;
import it.pianozona.core.io.PlanDocument;
import it.pianozona.core.io.ReportJson;
import it.pianozona.core.text.Language;
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

/** {@code pianozona validate FILE...}: findings and score of each plan. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Validates and scores plan documents (YAML or JSON) under the regional"
        + " framework of their region and period.",
    footer = {"", "Exit codes: 0 no ERROR finding, 1 at least one ERROR, 2 unreadable document"
        + " or wrong arguments.", "",
        "Example:", "  pianozona validate --lang en examples/plans/puglia-casarano-2022-2024.yaml"})
final class ValidateCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plan documents to validate.")
  List<Path> files;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Options.Format format;

  @Option(names = "--lang", defaultValue = "it", paramLabel = "LANG",
      converter = Options.LanguageConverter.class,
      description = "Language of messages: it or en (default: ${DEFAULT-VALUE}).")
  Language language;

  @CommandLine.Mixin LibraryOptions library;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<PianoZona> created = library.create(err);
    if (created.isEmpty()) {
      return PianoZonaCli.UNUSABLE;
    }
    PianoZona pianoZona = created.get();
    int exit = PianoZonaCli.OK;
    List<String> json = new ArrayList<>();
    for (Path file : files) {
      PlanDocument document;
      Evaluation evaluation;
      try {
        document = pianoZona.read(file);
        evaluation = pianoZona.evaluate(document.plan());
      } catch (DocumentException e) {
        e.problems().stream().map(DocumentProblem::toString).forEach(err::println);
        exit = PianoZonaCli.UNUSABLE;
        continue;
      } catch (FrameworkSelectionException e) {
        err.println(file + ": " + e.getMessage());
        exit = PianoZonaCli.UNUSABLE;
        continue;
      }
      if (format == Options.Format.json) {
        json.add(ReportJson.write(evaluation.plan(), Optional.of(document),
            evaluation.framework(), evaluation.report(), evaluation.score(), language));
      } else {
        out.print(TextReport.render(evaluation, document, language));
      }
      if (evaluation.report().hasErrors() && exit == PianoZonaCli.OK) {
        exit = PianoZonaCli.FINDINGS;
      }
    }
    if (format == Options.Format.json && !json.isEmpty()) {
      out.println(json.size() == 1 ? json.get(0) : "[\n" + String.join(",\n", json) + "\n]");
    }
    out.flush();
    err.flush();
    return exit;
  }
}
