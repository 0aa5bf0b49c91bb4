package it.pianozona.cli;

import it.pianozona.core.PianoZona;
import it.pianozona.core.scenario.ScenarioResult;
import it.pianozona.core.scenario.Scenarios;
import it.pianozona.core.text.Language;
import it.pianozona.report.ScenarioReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pianozona test DIR|FILE...}: runs golden scenario files (a plan and the framework, score
 * and findings it must give) and says which passed, with the difference for those that did not, as
 * the Java contract suite runs them ({@link Scenarios}).
 */
@Command(name = "test", mixinStandardHelpOptions = true)
final class TestCommand implements Callable<Integer> {

  /** Output formats of the scenarios' results: text to read, JUnit XML for CI servers. */
  enum Format {
    text,
    junit
  }

  @Parameters(arity = "1..*", paramLabel = "${bundle:label.scenarios}", descriptionKey = "paths")
  List<Path> paths;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "${bundle:label.format}",
      descriptionKey = "format")
  Format format;

  @CommandLine.Mixin LanguageOption lang;

  @Option(names = "--output", paramLabel = "${bundle:label.file}", descriptionKey = "output")
  Optional<Path> output;

  @CommandLine.Mixin LibraryOptions library;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Language language = lang.language();
    List<Path> reads = library.reads(reads(paths));
    if (!Output.safe(output, reads, err, language)) {
      return PianoZonaCli.UNUSABLE;
    }
    Optional<PianoZona> pianoZona = library.create(err, language);
    if (pianoZona.isEmpty()) {
      return PianoZonaCli.UNUSABLE;
    }
    List<ScenarioReport.Suite> suites = new ArrayList<>();
    for (Path path : paths) {
      List<ScenarioResult> results = Scenarios.run(pianoZona.get(), path);
      suites.add(new ScenarioReport.Suite(path.toString(), results));
    }
    ScenarioReport.problems(suites, language).forEach(err::println);
    err.flush();
    String text =
        format == Format.junit
            ? ScenarioReport.junit(suites, language)
            : ScenarioReport.text(suites, language);
    if (!Output.write(output, text, out, err, reads, language)) {
      return PianoZonaCli.UNUSABLE;
    }
    ScenarioReport.Counts counts = ScenarioReport.counts(suites);
    if (counts.unusable() > 0) {
      return PianoZonaCli.UNUSABLE;
    }
    return counts.failed() > 0 ? PianoZonaCli.FINDINGS : PianoZonaCli.OK;
  }

  /** The files the run reads: each file given, and the scenario files of each folder. */
  private static List<Path> reads(List<Path> paths) {
    List<Path> reads = new ArrayList<>();
    for (Path p : paths) {
      reads.add(p);
      if (Files.isDirectory(p)) {
        try {
          reads.addAll(Scenarios.files(p));
        } catch (IOException e) {
          // The run reports the folder as unusable; nothing in it can be replaced unread.
        }
      }
    }
    return reads;
  }
}
