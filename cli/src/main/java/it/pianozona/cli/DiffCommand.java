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
@Command(name = "diff", mixinStandardHelpOptions = true)
final class DiffCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "${bundle:label.old}", descriptionKey = "old")
  Path older;

  @Parameters(index = "1", paramLabel = "${bundle:label.new}", descriptionKey = "new")
  Path newer;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "${bundle:label.format}",
      descriptionKey = "format")
  Options.Format format;

  @CommandLine.Mixin LanguageOption lang;

  @Option(names = "--output", paramLabel = "${bundle:label.file}", descriptionKey = "output")
  Optional<Path> output;

  @CommandLine.Mixin LibraryOptions library;

  @CommandLine.Mixin ConfigOptions config;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Libraries> libraries =
        Libraries.create(List.of(older, newer), config, library, lang, err);
    if (libraries.isEmpty()) {
      return PianoZonaCli.UNUSABLE;
    }
    Language language = libraries.get().language();
    List<Path> reads = libraries.get().reads(library.reads(List.of(older, newer)));
    if (!Output.safe(output, reads, err, language)) {
      return PianoZonaCli.UNUSABLE;
    }
    Optional<Checker> checker =
        Checker.create(libraries.get(), older, Optional.empty(), err, language);
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
    return Output.write(output, text, out, err, reads, language)
        ? PianoZonaCli.OK
        : PianoZonaCli.UNUSABLE;
  }
}
