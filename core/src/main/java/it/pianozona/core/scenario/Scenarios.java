package it.pianozona.core.scenario;

import static java.util.Objects.requireNonNull;

import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FrameworkSelectionException;
import it.pianozona.core.io.DocumentException;
import it.pianozona.core.io.DocumentProblem;
import it.pianozona.core.io.ProblemCode;
import it.pianozona.core.io.ScenarioDocument;
import it.pianozona.core.io.ScenarioReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs golden scenario files: each plan is checked as {@code validate} checks it (under the
 * framework its region and period select, or that it names) and compared with the framework, score
 * and findings the scenario expects. The format is in {@code docs/scenarios.md}.
 *
 * <pre>{@code
 * for (ScenarioResult r : Scenarios.run(PianoZona.create(), Path.of("scenarios"))) {
 *   System.out.println((r.passed() ? "ok   " : "FAIL ") + r.name());
 * }
 * }</pre>
 *
 * <p>Never throws for any file: a file that cannot be read gives a result with its located
 * problems.
 *
 * @since 0.1
 */
public final class Scenarios {

  private Scenarios() {}

  /**
   * Every scenario of a folder (its {@code *.yaml} and {@code *.yml} files, not those of its
   * subfolders, in name order), or the one scenario of a file. A folder without scenarios, or one
   * that cannot be listed, gives one unusable result saying so.
   */
  public static List<ScenarioResult> run(PianoZona pianoZona, Path folderOrFile) {
    requireNonNull(pianoZona, "pianoZona");
    requireNonNull(folderOrFile, "folderOrFile");
    if (!Files.exists(folderOrFile)) {
      // Said before anything else: a mistyped path is not a file of the wrong kind.
      return List.of(
          unusable(
              folderOrFile,
              DocumentProblem.of(folderOrFile.toString(), ProblemCode.FILE_NOT_FOUND)));
    }
    if (!Files.isDirectory(folderOrFile)) {
      return List.of(runFile(pianoZona, folderOrFile));
    }
    List<Path> files;
    try {
      files = files(folderOrFile);
    } catch (IOException e) {
      return List.of(
          unusable(
              folderOrFile,
              DocumentProblem.of(
                  folderOrFile.toString(),
                  ProblemCode.CANNOT_READ_FOLDER,
                  DocumentProblem.reason(e))));
    }
    if (files.isEmpty()) {
      return List.of(
          unusable(
              folderOrFile, DocumentProblem.of(folderOrFile.toString(), ProblemCode.NO_SCENARIOS)));
    }
    return files.stream().map(f -> runFile(pianoZona, f)).toList();
  }

  /** The scenario files of a folder: its {@code *.yaml} and {@code *.yml} files, by name. */
  public static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(Scenarios::isScenarioFile).sorted().toList();
    }
  }

  private static boolean isScenarioFile(Path p) {
    String name = p.getFileName().toString();
    return (name.endsWith(".yaml") || name.endsWith(".yml"))
        && !name.startsWith(".")
        && Files.isRegularFile(p);
  }

  /** Runs one scenario file. */
  public static ScenarioResult runFile(PianoZona pianoZona, Path file) {
    ScenarioDocument scenario;
    try {
      scenario = ScenarioReader.of(pianoZona.reader()).read(file);
    } catch (DocumentException e) {
      return ScenarioResult.unusable(file.toString(), name(file), e.problems());
    }
    return run(pianoZona, scenario);
  }

  /** Runs a scenario already read. */
  public static ScenarioResult run(PianoZona pianoZona, ScenarioDocument scenario) {
    Framework framework;
    try {
      framework = pianoZona.frameworkFor(scenario.plan().plan());
    } catch (FrameworkSelectionException e) {
      DocumentProblem problem =
          ProblemCode.of(e.code())
              .map(c -> DocumentProblem.of(scenario.source(), c, e.arguments().toArray()))
              .orElseGet(
                  () ->
                      DocumentProblem.of(
                          scenario.source(), ProblemCode.INTERNAL_ERROR, e.getMessage()));
      return ScenarioResult.unusable(scenario.source(), scenario.name(), List.of(problem));
    }
    Evaluation evaluation = pianoZona.evaluate(scenario.plan().plan(), framework);
    return ScenarioResult.of(scenario, evaluation);
  }

  private static ScenarioResult unusable(Path path, DocumentProblem problem) {
    return ScenarioResult.unusable(path.toString(), name(path), List.of(problem));
  }

  private static String name(Path path) {
    Path name = path.getFileName();
    return name == null ? path.toString() : name.toString();
  }
}
