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
@Command(name = "score", mixinStandardHelpOptions = true)
final class ScoreCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "${bundle:label.file}", descriptionKey = "files")
  List<Path> files;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "${bundle:label.format}",
      descriptionKey = "format")
  Options.Format format;

  @CommandLine.Mixin LanguageOption lang;

  @Option(names = "--output", paramLabel = "${bundle:label.file}", descriptionKey = "output")
  Optional<Path> output;

  @Option(names = "--framework", paramLabel = "${bundle:label.id}", descriptionKey = "framework")
  Optional<String> framework;

  @CommandLine.Mixin LibraryOptions library;

  @CommandLine.Mixin ConfigOptions config;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Libraries> libraries = Libraries.create(files, config, library, lang, err);
    if (libraries.isEmpty()) {
      return PianoZonaCli.UNUSABLE;
    }
    Language language = libraries.get().language();
    List<Path> reads = libraries.get().reads(library.reads(files));
    if (!Output.safe(output, reads, err, language)) {
      return PianoZonaCli.UNUSABLE;
    }
    Optional<Checker> checker =
        Checker.create(libraries.get(), files.get(0), framework, err, language);
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
            reads,
            language)) {
      return PianoZonaCli.UNUSABLE;
    }
    return exit;
  }
}
