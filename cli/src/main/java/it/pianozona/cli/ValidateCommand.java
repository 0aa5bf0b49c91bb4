package it.pianozona.cli;

import it.pianozona.core.CheckedPlan;
import it.pianozona.core.io.DocumentException;
import it.pianozona.core.text.Language;
import it.pianozona.report.Baseline;
import it.pianozona.report.Reports;
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

/** {@code pianozona validate FILE...}: findings and score of each plan, in a chosen format. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "${bundle:label.file}", descriptionKey = "files")
  List<Path> files;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "${bundle:label.format}",
      descriptionKey = "format")
  Options.ReportFormat format;

  @CommandLine.Mixin LanguageOption lang;

  @Option(names = "--output", paramLabel = "${bundle:label.file}", descriptionKey = "output")
  Optional<Path> output;

  @Option(names = "--framework", paramLabel = "${bundle:label.id}", descriptionKey = "framework")
  Optional<String> framework;

  @Option(
      names = "--fail-on",
      defaultValue = "error",
      paramLabel = "${bundle:label.severity}",
      descriptionKey = "fail-on")
  Options.FailOn failOn;

  @Option(names = "--baseline", paramLabel = "${bundle:label.report}", descriptionKey = "baseline")
  Optional<Path> baselineFile;

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
    List<Path> reads = libraries.get().reads(reads());
    if (!Output.safe(output, reads, err, language)) {
      return PianoZonaCli.UNUSABLE;
    }
    Optional<Baseline> read = baseline(err, language);
    if (read.isEmpty()) {
      return PianoZonaCli.UNUSABLE;
    }
    Baseline baseline = read.get();
    Optional<Checker> checker =
        Checker.create(libraries.get(), files.get(0), framework, err, language);
    if (checker.isEmpty()) {
      return PianoZonaCli.UNUSABLE;
    }
    Checker.Checked all = checker.get().checkAll(files, err);
    List<CheckedPlan> checked = all.plans();
    int exit =
        !all.allUsable()
            ? PianoZonaCli.UNUSABLE
            : checked.stream().anyMatch(c -> baseline.fails(c.evaluation(), failOn.threshold()))
                ? PianoZonaCli.FINDINGS
                : PianoZonaCli.OK;
    if (!checked.isEmpty()
        && !Output.write(
            output,
            Reports.render(format.format(), checked, language, baseline),
            out,
            err,
            reads,
            language)) {
      return PianoZonaCli.UNUSABLE;
    }
    return exit;
  }

  /** The plans, the catalogues and the baseline: what the report must never replace. */
  private List<Path> reads() {
    List<Path> reads = new ArrayList<>(library.reads(files));
    baselineFile.ifPresent(reads::add);
    return reads;
  }

  /**
   * The earlier report {@code --baseline} names ({@link Baseline#NONE} without the option), or
   * empty after printing why it cannot be used, one located line per problem.
   */
  private Optional<Baseline> baseline(PrintWriter err, Language language) {
    if (baselineFile.isEmpty()) {
      return Optional.of(Baseline.NONE);
    }
    try {
      return Optional.of(Baseline.read(baselineFile.get()));
    } catch (DocumentException e) {
      e.problems().forEach(p -> err.println(p.render(language)));
      err.flush();
      return Optional.empty();
    }
  }
}
