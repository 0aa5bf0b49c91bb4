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

/** {@code pianozona score FILE...}: the score of each plan and the evidence behind it. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = "Scores plan documents under their regional framework and explains each"
        + " criterion: its weight, the points earned and the facts counted.",
    footer = {"", "Exit codes: 0 scored, 2 unreadable document or wrong arguments.", "",
        "Example:", "  pianozona score examples/plans/puglia-casarano-2022-2024.yaml"})
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
    int exit = PianoZonaCli.OK;
    List<String> json = new ArrayList<>();
    for (Path file : files) {
      PlanDocument document;
      Evaluation e;
      try {
        document = created.get().read(file);
        e = created.get().evaluate(document.plan());
      } catch (DocumentException ex) {
        ex.problems().stream().map(DocumentProblem::toString).forEach(err::println);
        exit = PianoZonaCli.UNUSABLE;
        continue;
      } catch (FrameworkSelectionException ex) {
        err.println(file + ": " + ex.getMessage());
        exit = PianoZonaCli.UNUSABLE;
        continue;
      }
      if (format == Options.Format.json) {
        json.add(ReportJson.writeScore(e.plan(), Optional.of(document), e.framework(),
            e.score(), language));
      } else {
        out.print(TextReport.renderScore(e, document, language));
      }
    }
    if (format == Options.Format.json && !json.isEmpty()) {
      out.println(json.size() == 1 ? json.get(0) : "[\n" + String.join(",\n", json) + "\n]");
    }
    out.flush();
    return exit;
  }
}
