package it.pianozona.examples.cli;

import it.pianozona.core.text.Language;
import it.pianozona.core.validation.Severity;
import it.pianozona.examples.report.CheckedPlan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pianozona batch DIR}: validates every plan under a folder in parallel, writes one
 * report per plan and prints a summary table. An Ufficio di Piano or a region checks a whole
 * archive in one go.
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    description = "Validates every plan document (.yaml, .yml, .json) under a folder, in"
        + " parallel, writes one report per plan to the output folder (same sub-folders,"
        + " same names) and prints a summary table. Progress goes to standard error: a bar on a"
        + " terminal, one line per plan otherwise.",
    footer = {"", "Hidden folders and the output folder itself are skipped.", "",
        "Exit codes: 0 no plan has a finding at or above --fail-on, 1 at least one has, 2 a"
            + " document is unreadable, a report cannot be written, no plan was found or the"
            + " arguments are wrong.", "",
        "Examples:", "  pianozona batch examples/plans",
        "  pianozona batch --format sarif --output reports --jobs 4 examples/plans"})
final class BatchCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "The folder to search for plans.")
  Path dir;

  @Option(names = "--output", defaultValue = "pianozona-reports", paramLabel = "DIR",
      description = "Folder for the reports (default: ${DEFAULT-VALUE}); created if missing.")
  Path output;

  @Option(names = "--format", defaultValue = "html", paramLabel = "FORMAT",
      description = "Format of each report: ${COMPLETION-CANDIDATES} (default:"
          + " ${DEFAULT-VALUE}).")
  Options.ReportFormat format;

  @Option(names = "--lang", defaultValue = "it", paramLabel = "LANG",
      converter = Options.LanguageConverter.class,
      description = "Language of reports and summary: it or en (default: ${DEFAULT-VALUE}).")
  Language language;

  @Option(names = "--framework", paramLabel = "ID",
      description = "Check every plan under this framework, whatever its period.")
  Optional<String> framework;

  @Option(names = "--fail-on", defaultValue = "error", paramLabel = "SEVERITY",
      description = "Exit with 1 when a plan has a finding this serious or worse:"
          + " ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Options.FailOn failOn;

  @Option(names = "--jobs", paramLabel = "N",
      description = "Plans checked at once (default: the number of processors).")
  Optional<Integer> jobs;

  @Option(names = "--progress", defaultValue = "auto", paramLabel = "MODE",
      description = "Progress on standard error: ${COMPLETION-CANDIDATES} (default:"
          + " ${DEFAULT-VALUE}: a bar on a terminal, lines otherwise).")
  ProgressMode progress;

  @CommandLine.Mixin LibraryOptions library;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** How progress is shown. */
  enum ProgressMode {
    auto,
    bar,
    lines,
    none
  }

  /**
   * What became of one file.
   *
   * @param file the plan document
   * @param outcome what checking it gave
   * @param report the report written, if one was
   * @param writeError why the report could not be written, if it could not
   */
  record Row(Path file, Checker.Outcome outcome, Optional<Path> report,
      Optional<String> writeError) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int threads = jobs.orElse(Math.max(1, Runtime.getRuntime().availableProcessors()));
    if (threads < 1 || threads > 256) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--jobs: expected a number from 1 to 256, found " + threads);
    }
    if (!Files.isDirectory(dir)) {
      err.println("pianozona: " + dir + ": " + (Files.exists(dir) ? "not a folder"
          : "no such folder"));
      err.flush();
      return PianoZonaCli.UNUSABLE;
    }
    Optional<Checker> checker = library.create(err)
        .flatMap(pz -> Checker.create(pz, framework, err));
    if (checker.isEmpty()) {
      return PianoZonaCli.UNUSABLE;
    }
    List<String> walkProblems = new ArrayList<>();
    List<Path> files = find(dir, output, walkProblems);
    walkProblems.forEach(err::println);
    if (files.isEmpty()) {
      err.println("pianozona: no plan documents (.yaml, .yml, .json) under " + dir);
      err.flush();
      return PianoZonaCli.UNUSABLE;
    }
    Map<Path, Path> reports = reportNames(dir, files, output, format);

    Progress shown = Progress.of(progress, files.size(), err, language);
    Row[] rows = new Row[files.size()];
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()), r -> {
      Thread t = new Thread(r, "pianozona-batch");
      t.setDaemon(true);
      return t;
    });
    try {
      CompletionService<Row> done = new ExecutorCompletionService<>(pool);
      Map<Future<Row>, Integer> index = new HashMap<>();
      for (int i = 0; i < files.size(); i++) {
        Path file = files.get(i);
        index.put(done.submit(() -> checkAndWrite(checker.get(), file, reports.get(file))), i);
      }
      for (int n = 1; n <= files.size(); n++) {
        Future<Row> future = done.take();
        int i = index.get(future);
        Row row;
        try {
          row = future.get();
        } catch (ExecutionException e) {
          row = new Row(files.get(i), new Checker.Outcome(files.get(i), Optional.empty(),
              List.of(files.get(i) + ": internal error: " + e.getCause())), Optional.empty(),
              Optional.empty());
        }
        rows[i] = row;
        shown.done(n, row);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("pianozona: interrupted");
      return PianoZonaCli.UNUSABLE;
    } finally {
      pool.shutdownNow();
      shown.finish();
    }

    int exit = PianoZonaCli.OK;
    for (Row row : rows) {
      row.outcome().problems().forEach(err::println);
      row.writeError().ifPresent(err::println);
      if (row.outcome().checked().isEmpty() || row.writeError().isPresent()) {
        exit = PianoZonaCli.UNUSABLE;
      }
    }
    err.flush();
    if (!walkProblems.isEmpty()) {
      exit = PianoZonaCli.UNUSABLE;
    }
    long failing = List.of(rows).stream().filter(r -> r.outcome().checked()
        .map(c -> c.evaluation().report().hasAtLeast(failOn.threshold())).orElse(false))
        .count();
    if (exit == PianoZonaCli.OK && failing > 0) {
      exit = PianoZonaCli.FINDINGS;
    }
    out.print(summary(List.of(rows), failing));
    out.flush();
    return exit;
  }

  private Row checkAndWrite(Checker checker, Path file, Path report) {
    Checker.Outcome outcome = checker.check(file);
    if (outcome.checked().isEmpty()) {
      return new Row(file, outcome, Optional.empty(), Optional.empty());
    }
    String text = ValidateCommand.render(List.of(outcome.checked().get()), format, language,
        checker.pianoZona());
    java.io.StringWriter why = new java.io.StringWriter();
    boolean written;
    try (PrintWriter whyWriter = new PrintWriter(why)) {
      written = Output.writeFile(report, text, whyWriter);
    }
    return written ? new Row(file, outcome, Optional.of(report), Optional.empty())
        : new Row(file, outcome, Optional.empty(), Optional.of(why.toString().strip()));
  }

  /** The plan documents under the folder, sorted, skipping hidden folders and the output. */
  static List<Path> find(Path dir, Path output, List<String> problems) {
    Path skip = output.toAbsolutePath().normalize();
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          boolean hidden = !d.equals(dir) && d.getFileName().toString().startsWith(".");
          return hidden || d.toAbsolutePath().normalize().equals(skip)
              ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
          if (attrs.isRegularFile() && !name.startsWith(".") && (name.endsWith(".yaml")
              || name.endsWith(".yml") || name.endsWith(".json"))) {
            found.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          problems.add(file + ": (document): cannot read: " + Output.reason(e));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      problems.add(dir + ": (document): cannot read the folder: " + Output.reason(e));
    }
    found.sort(null);
    return found;
  }

  /**
   * Where each plan's report goes: the same relative path under the output folder, with the
   * format's extension; when two plans share a name but not an extension ({@code a.yaml},
   * {@code a.json}), each keeps its own before the report's.
   */
  static Map<Path, Path> reportNames(Path dir, List<Path> files, Path output,
      Options.ReportFormat format) {
    Map<Path, Integer> stems = new HashMap<>();
    for (Path f : files) {
      stems.merge(stem(dir.relativize(f)), 1, Integer::sum);
    }
    Map<Path, Path> names = new HashMap<>();
    for (Path f : files) {
      Path relative = dir.relativize(f);
      Path stem = stem(relative);
      Path base = stems.get(stem) > 1 ? relative : stem;
      names.put(f, output.resolve(base + "." + format.extension()));
    }
    return names;
  }

  private static Path stem(Path relative) {
    String name = relative.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return relative.resolveSibling(dot > 0 ? name.substring(0, dot) : name);
  }

  private String summary(List<Row> rows, long failing) {
    List<String[]> table = new ArrayList<>();
    table.add(new String[] {label("batch.file"), label("batch.plan"), label("batch.framework"),
        label("batch.errors"), label("batch.warnings"), label("batch.infos"),
        label("batch.score"), label("batch.report")});
    long unreadable = 0;
    for (Row row : rows) {
      Optional<CheckedPlan> c = row.outcome().checked();
      if (c.isEmpty()) {
        unreadable++;
        table.add(new String[] {row.file().toString(),
            label("batch.unreadable", row.outcome().problems().size()), "", "", "", "", "", ""});
        continue;
      }
      var e = c.get().evaluation();
      table.add(new String[] {row.file().toString(), e.plan().id(), e.framework().id(),
          Long.toString(e.report().count(Severity.ERROR)),
          Long.toString(e.report().count(Severity.WARNING)),
          Long.toString(e.report().count(Severity.INFO)),
          e.score().total().toPlainString(),
          row.report().map(Path::toString).orElse("-")});
    }
    int[] widths = new int[table.get(0).length];
    for (String[] line : table) {
      for (int i = 0; i < line.length; i++) {
        widths[i] = Math.max(widths[i], line[i].length());
      }
    }
    StringBuilder s = new StringBuilder();
    for (String[] line : table) {
      StringBuilder l = new StringBuilder();
      for (int i = 0; i < line.length; i++) {
        boolean number = i >= 3 && i <= 6;
        String cell = number ? " ".repeat(widths[i] - line[i].length()) + line[i]
            : line[i] + " ".repeat(widths[i] - line[i].length());
        l.append(cell).append(i < line.length - 1 ? "  " : "");
      }
      s.append(l.toString().stripTrailing()).append('\n');
    }
    s.append(label("batch.total", rows.size(), rows.size() - unreadable, failing,
        failOn.threshold().name(), unreadable, output)).append('\n');
    return s.toString();
  }

  private String label(String key, Object... args) {
    return TextReport.label(key, language, args);
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
      ProgressMode chosen = mode == ProgressMode.auto
          ? (System.console() != null ? ProgressMode.bar : ProgressMode.lines) : mode;
      return switch (chosen) {
        case bar -> new Bar(total, err, language);
        case lines -> new Lines(total, err, language);
        default -> new Progress(total, err, language) {
          @Override
          void done(int count, Row row) {}
        };
      };
    }

    /** Called on one thread, in the order plans finish. */
    abstract void done(int count, Row row);

    void finish() {
      err.flush();
    }

    String describe(Row row) {
      return row.outcome().checked().map(c -> TextReport.label("batch.progressPlan", language,
              row.file(), c.evaluation().report().count(Severity.ERROR),
              c.evaluation().report().count(Severity.WARNING),
              c.evaluation().report().count(Severity.INFO),
              c.evaluation().score().total().toPlainString()))
          .orElseGet(() -> TextReport.label("batch.progressUnreadable", language, row.file(),
              row.outcome().problems().size()));
    }
  }

  /** One line per plan: for logs and pipes. */
  static final class Lines extends Progress {
    Lines(int total, PrintWriter err, Language language) {
      super(total, err, language);
    }

    @Override
    void done(int count, Row row) {
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
    void done(int count, Row row) {
      int filled = (int) ((long) WIDTH * count / total);
      String name = row.file().getFileName().toString();
      if (name.length() > 30) {
        name = name.substring(0, 29) + "…";
      }
      String line = "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + count + "/"
          + total + " " + name;
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
