package it.pianozona.cli;

import it.pianozona.core.text.Language;
import it.pianozona.report.Batch;
import it.pianozona.report.BatchReport;
import it.pianozona.report.BatchResult;
import it.pianozona.report.BatchRow;
import it.pianozona.report.Outputs;
import it.pianozona.report.UnsafeOutputException;
import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pianozona batch DIR}: validates every plan under a folder in parallel, writes one report
 * per plan and prints a summary table. An Ufficio di Piano or a region checks a whole archive in
 * one go.
 */
@Command(name = "batch", mixinStandardHelpOptions = true)
final class BatchCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "${bundle:label.dir}", descriptionKey = "dir")
  Path dir;

  @Option(
      names = "--output",
      defaultValue = "pianozona-reports",
      paramLabel = "${bundle:label.dir}",
      descriptionKey = "output")
  Path output;

  @Option(
      names = "--format",
      defaultValue = "html",
      paramLabel = "${bundle:label.format}",
      descriptionKey = "format")
  Options.ReportFormat format;

  @CommandLine.Mixin LanguageOption lang;

  @Option(names = "--framework", paramLabel = "${bundle:label.id}", descriptionKey = "framework")
  Optional<String> framework;

  @Option(
      names = "--fail-on",
      defaultValue = "error",
      paramLabel = "${bundle:label.severity}",
      descriptionKey = "fail-on")
  Options.FailOn failOn;

  @Option(names = "--jobs", paramLabel = "${bundle:label.n}", descriptionKey = "jobs")
  Optional<Integer> jobs;

  @Option(
      names = "--progress",
      defaultValue = "auto",
      paramLabel = "${bundle:label.mode}",
      descriptionKey = "progress")
  ProgressMode progress;

  @CommandLine.Mixin LibraryOptions library;

  @CommandLine.Mixin ConfigOptions config;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** How progress is shown. */
  enum ProgressMode {
    auto,
    bar,
    lines,
    none
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Language early = lang.language();
    int threads = jobs.orElse(Math.max(1, Runtime.getRuntime().availableProcessors()));
    if (threads < 1 || threads > 256) {
      throw new UsageError(
          spec.commandLine(), "--jobs: " + Texts.get(early, "batch.jobs", threads));
    }
    if (!Files.isDirectory(dir)) {
      err.println(
          "pianozona: "
              + dir
              + ": "
              + Texts.get(early, Files.exists(dir) ? "batch.notAFolder" : "batch.noSuchFolder"));
      err.flush();
      return PianoZonaCli.UNUSABLE;
    }
    if (Outputs.clash(output, List.of(dir)).isPresent()) {
      // Batch.run() refuses it too; said here, in the reader's language, before anything is read.
      err.println("pianozona: --output: " + Texts.get(early, "batch.outputIsInput", output, dir));
      err.flush();
      return PianoZonaCli.UNUSABLE;
    }
    // One library for the whole folder: the configuration found for the folder, or --config's.
    Optional<Libraries> libraries = Libraries.create(List.of(dir), config, library, lang, err);
    if (libraries.isEmpty()) {
      return PianoZonaCli.UNUSABLE;
    }
    Language language = libraries.get().language();
    Optional<Checker> checker = Checker.create(libraries.get(), dir, framework, err, language);
    if (checker.isEmpty()) {
      return PianoZonaCli.UNUSABLE;
    }
    Batch.Builder builder =
        Batch.builder(checker.get().pianoZona(), dir)
            .output(output)
            .format(format.format())
            .language(language)
            .jobs(threads)
            .alsoReads(libraries.get().reads(library.reads(List.of())));
    checker.get().forced().ifPresent(builder::framework);
    Batch.Found found = builder.build().find();
    found.problems().forEach(p -> err.println(p.render(language)));
    found
        .skipped()
        .forEach(
            p ->
                err.println(
                    "pianozona: " + p.source() + ": " + p.code() + " " + p.message(language)));
    if (found.files().isEmpty()) {
      err.println("pianozona: " + Texts.get(language, "batch.noPlans", dir));
      err.flush();
      return PianoZonaCli.UNUSABLE;
    }
    Progress shown = Progress.of(progress, found.files().size(), err, language);
    BatchResult result;
    try {
      result = builder.listener(shown::done).build().run();
    } catch (UnsafeOutputException e) {
      err.println("pianozona: --output: " + e.message(language));
      err.flush();
      return PianoZonaCli.UNUSABLE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("pianozona: " + Texts.get(language, "batch.interrupted"));
      return PianoZonaCli.UNUSABLE;
    } finally {
      shown.finish();
    }

    int exit = PianoZonaCli.OK;
    for (BatchRow row : result.rows()) {
      row.check().problems().forEach(p -> err.println(p.render(language)));
      row.writeError().ifPresent(err::println);
    }
    result.indexError().ifPresent(err::println);
    err.flush();
    if (!result.complete()) {
      exit = PianoZonaCli.UNUSABLE;
    }
    if (exit == PianoZonaCli.OK && result.failing(failOn.threshold()) > 0) {
      exit = PianoZonaCli.FINDINGS;
    }
    out.print(BatchReport.summary(result, failOn.threshold(), language));
    out.flush();
    return exit;
  }

  /** Progress on standard error, drawn as each plan is done. */
  abstract static class Progress {
    final int total;
    final PrintWriter err;
    final Language language;

    Progress(int total, PrintWriter err, Language language) {
      this.total = total;
      this.err = err;
      this.language = language;
    }

    static Progress of(ProgressMode mode, int total, PrintWriter err, Language language) {
      ProgressMode chosen =
          mode == ProgressMode.auto ? (onTerminal() ? ProgressMode.bar : ProgressMode.lines) : mode;
      return switch (chosen) {
        case bar -> new Bar(total, err, language);
        case lines -> new Lines(total, err, language);
        default ->
            new Progress(total, err, language) {
              @Override
              void done(int count, int of, BatchRow row) {}
            };
      };
    }

    /**
     * Whether the program runs on a terminal. Up to JDK 21 there is a console only then; from JDK
     * 22 on there is always one, and its {@code isTerminal()} (not in Java 17's API) tells.
     */
    // The null check this check warns about is right up to JDK 21, and isTerminal() is asked too.
    @SuppressWarnings("SystemConsoleNull")
    static boolean onTerminal() {
      Console console = System.console();
      if (console == null) {
        return false;
      }
      try {
        return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
      } catch (NoSuchMethodException e) {
        return true;
      } catch (ReflectiveOperationException | RuntimeException e) {
        return false;
      }
    }

    /** Called on one thread, in the order plans finish. */
    abstract void done(int count, int of, BatchRow row);

    void finish() {
      err.flush();
    }

    String describe(BatchRow row) {
      return BatchReport.progressLine(row, language);
    }
  }

  /** One line per plan: for logs and pipes. */
  static final class Lines extends Progress {
    Lines(int total, PrintWriter err, Language language) {
      super(total, err, language);
    }

    @Override
    void done(int count, int of, BatchRow row) {
      err.println("[" + count + "/" + total + "] " + describe(row));
      err.flush();
    }
  }

  /** A bar redrawn in place: for a person watching a terminal. */
  static final class Bar extends Progress {
    static final int WIDTH = 30;
    private boolean drawn;

    Bar(int total, PrintWriter err, Language language) {
      super(total, err, language);
    }

    @Override
    void done(int count, int of, BatchRow row) {
      int filled = (int) ((long) WIDTH * count / total);
      String name = row.file().getFileName().toString();
      if (name.length() > 30) {
        name = name.substring(0, 29) + "…";
      }
      String line =
          "["
              + "#".repeat(filled)
              + ".".repeat(WIDTH - filled)
              + "] "
              + count
              + "/"
              + total
              + " "
              + name;
      err.print("\r" + line + " ".repeat(Math.max(0, 78 - line.length())));
      err.flush();
      drawn = true;
    }

    @Override
    void finish() {
      if (drawn) {
        err.println();
      }
      err.flush();
    }
  }
}
