package it.pianozona.report;

import static java.util.Objects.requireNonNull;

import it.pianozona.core.Check;
import it.pianozona.core.PianoZona;
import it.pianozona.core.config.Configuration;
import it.pianozona.core.io.DocumentProblem;
import it.pianozona.core.io.ProblemCode;
import it.pianozona.core.text.Language;
import it.pianozona.core.text.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks every plan document under a folder in parallel and writes one report per plan, plus an
 * index page that lists them all: how an Ufficio di Piano or a region checks a whole archive.
 *
 * <pre>{@code
 * BatchResult result = Batch.builder(PianoZona.create(), Path.of("piani"))
 *     .output(Path.of("rapporti"))
 *     .format(ReportFormat.HTML)
 *     .build()
 *     .run();
 * }</pre>
 *
 * <p>Plan documents are the {@code .yaml}, {@code .yml}, {@code .json} and {@code .xlsx} files
 * under the folder; hidden files and folders and the output folder itself are skipped. Each report
 * keeps the plan's relative path with the format's extension; names that would collide (two plans
 * that differ only in extension or in letter case, or a plan named like the index page) keep their
 * own extension before the report's, then a number, so no report replaces another.
 *
 * @since 0.1
 */
public final class Batch {

  /** The name of the index page in the output folder. */
  public static final String INDEX = "index.html";

  private static final int MAX_JOBS = 256;

  private final PianoZona pianoZona;
  private final Path input;
  private final Path output;
  private final ReportFormat format;
  private final Language language;
  private final Optional<String> framework;
  private final int jobs;
  private final boolean index;
  private final BatchListener listener;
  private final List<Path> alsoReads;

  private Batch(Builder b) {
    this.pianoZona = b.pianoZona;
    this.input = b.input;
    this.output = b.output;
    this.format = b.format;
    this.language = b.language;
    this.framework = b.framework;
    this.jobs = b.jobs;
    this.index = b.index;
    this.listener = b.listener;
    this.alsoReads = List.copyOf(b.alsoReads);
  }

  /**
   * A batch over the plans under a folder, by default to {@code pianozona-reports} as HTML in
   * Italian, on as many threads as processors, with an index page.
   */
  public static Builder builder(PianoZona pianoZona, Path input) {
    return new Builder(pianoZona, input);
  }

  /** The plan documents under the folder, sorted, and the problems met while searching. */
  public Found find() {
    Path skip = output.toAbsolutePath().normalize();
    java.util.Optional<Path> config =
        pianoZona.configuration().file().map(f -> f.toAbsolutePath().normalize());
    List<Path> found = new ArrayList<>();
    List<DocumentProblem> problems = new ArrayList<>();
    List<DocumentProblem> skipped = new ArrayList<>();
    try {
      // Links are followed, as a person who linked a plan into the folder expects; a link that
      // loops back to a folder above it is reported, never walked for ever.
      Files.walkFileTree(
          input,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              if (d.equals(input)) {
                return FileVisitResult.CONTINUE;
              }
              if (d.toAbsolutePath().normalize().equals(skip)) {
                skipped.add(problem(d, ProblemCode.SKIPPED_OUTPUT_FOLDER));
                return FileVisitResult.SKIP_SUBTREE;
              }
              if (d.getFileName().toString().startsWith(".")) {
                skipped.add(problem(d, ProblemCode.SKIPPED_HIDDEN_FOLDER));
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
              if (!(name.endsWith(".yaml")
                  || name.endsWith(".yml")
                  || name.endsWith(".json")
                  || name.endsWith(".xlsx"))) {
                return FileVisitResult.CONTINUE;
              }
              // Excel's owner file of an open workbook (~$piano.xlsx) is hidden on Windows.
              if (name.startsWith(".") || name.startsWith("~$")) {
                skipped.add(problem(file, ProblemCode.SKIPPED_HIDDEN_FILE));
              } else if (file.getFileName().toString().equals(Configuration.FILE_NAME)
                  || config.map(file.toAbsolutePath().normalize()::equals).orElse(false)) {
                // The project configuration tunes the run; it is not a plan.
                skipped.add(problem(file, ProblemCode.SKIPPED_CONFIGURATION));
              } else if (!attrs.isRegularFile()) {
                skipped.add(problem(file, ProblemCode.SKIPPED_SPECIAL_FILE));
              } else {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (e instanceof FileSystemLoopException) {
                skipped.add(problem(file, ProblemCode.SKIPPED_LINK_LOOP));
              } else {
                problems.add(
                    problem(file, ProblemCode.CANNOT_READ_PATH, DocumentProblem.reason(e)));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.add(problem(input, ProblemCode.CANNOT_READ_FOLDER, DocumentProblem.reason(e)));
    }
    found.sort(null);
    return new Found(found, problems, skipped);
  }

  /**
   * The plan documents a search found, what could not be read, and what it passed over.
   *
   * @param files the plan documents, sorted by path
   * @param problems files or folders that could not be read
   * @param skipped files and folders passed over on purpose, each with why: hidden ones, the output
   *     folder, files that are not regular, links that loop
   */
  public record Found(
      List<Path> files, List<DocumentProblem> problems, List<DocumentProblem> skipped) {
    public Found {
      files = List.copyOf(files);
      problems = List.copyOf(problems);
      skipped = List.copyOf(skipped);
    }
  }

  /**
   * Where each plan's report goes: its relative path under the output folder with the format's
   * extension. Two names collide when they are equal ignoring letter case (as on the file systems
   * of Windows and macOS), or when one is the index page; a colliding plan keeps its own extension
   * before the report's ({@code a.yaml.html}), then a number if that collides too.
   */
  public Map<Path, Path> reportNames(List<Path> files) {
    Map<String, Integer> stems = new HashMap<>();
    for (Path f : files) {
      stems.merge(key(stem(input.relativize(f))), 1, Integer::sum);
    }
    Set<String> taken = new HashSet<>();
    if (index) {
      taken.add(INDEX);
    }
    Map<Path, Path> names = new LinkedHashMap<>();
    for (Path f : files) {
      Path relative = input.relativize(f);
      Path stem = stem(relative);
      Path base =
          stems.get(key(stem)) > 1 || taken.contains(key(stem) + "." + format.extension())
              ? relative
              : stem;
      String name = base + "." + format.extension();
      for (int n = 2; taken.contains(key(name)); n++) {
        name = base + "-" + n + "." + format.extension();
      }
      taken.add(key(name));
      names.put(f, output.resolve(name));
    }
    return names;
  }

  /**
   * Runs the batch: finds the plans, checks them in parallel, writes each report and the index
   * page, telling the listener of each plan as it finishes. Never throws for a bad document or a
   * report that cannot be written: the result says what happened to each.
   *
   * @throws UnsafeOutputException before anything is written, if the output folder is the folder of
   *     the plans or a report would replace a file the run reads (by any spelling)
   * @throws InterruptedException if the calling thread is interrupted while plans are checked
   */
  public BatchResult run() throws InterruptedException {
    if (Files.isDirectory(input) && Outputs.real(output).equals(Outputs.real(input))) {
      throw new UnsafeOutputException(
          Message.of(TextReport.LABELS, "output.inputFolder", output, input));
    }
    Found found = find();
    List<Path> files = found.files();
    Map<Path, Path> reports = reportNames(files);
    List<Path> reads = new ArrayList<>(files);
    reads.addAll(alsoReads);
    List<Path> targets = new ArrayList<>(reports.values());
    if (index) {
      targets.add(output.resolve(INDEX));
    }
    Outputs.Guard guard = Outputs.guard(reads);
    for (Path target : targets) {
      Optional<Message> clash = guard.clash(target);
      if (clash.isPresent()) {
        throw new UnsafeOutputException(clash.get());
      }
    }
    BatchRow[] rows = new BatchRow[files.size()];
    if (!files.isEmpty()) {
      ExecutorService pool =
          Executors.newFixedThreadPool(
              Math.min(jobs, files.size()),
              r -> {
                Thread t = new Thread(r, "pianozona-batch");
                t.setDaemon(true);
                return t;
              });
      try {
        CompletionService<BatchRow> done = new ExecutorCompletionService<>(pool);
        // A future is equal only to itself: the completion service hands back the very future
        // submit returned, so it is looked up by identity.
        IdentityHashMap<Future<BatchRow>, Integer> indexOf = new IdentityHashMap<>();
        for (int i = 0; i < files.size(); i++) {
          Path file = files.get(i);
          indexOf.put(done.submit(() -> checkAndWrite(file, reports.get(file))), i);
        }
        for (int n = 1; n <= files.size(); n++) {
          Future<BatchRow> future = done.take();
          int i = indexOf.get(future);
          BatchRow row;
          try {
            row = future.get();
          } catch (ExecutionException e) {
            Path file = files.get(i);
            row =
                new BatchRow(
                    file,
                    Check.unusable(
                        file,
                        List.of(
                            problem(
                                file, ProblemCode.INTERNAL_ERROR, String.valueOf(e.getCause())))),
                    Optional.empty(),
                    Optional.empty());
          }
          rows[i] = row;
          listener.planDone(n, files.size(), row);
        }
      } finally {
        pool.shutdownNow();
      }
    }
    List<BatchRow> list = List.of(rows);
    Optional<Path> indexFile = Optional.empty();
    Optional<String> indexError = Optional.empty();
    if (index && !files.isEmpty()) {
      Path page = output.resolve(INDEX);
      BatchResult partial =
          new BatchResult(
              input,
              output,
              format,
              list,
              found.problems(),
              found.skipped(),
              Optional.of(page),
              Optional.empty());
      indexError = write(page, BatchIndex.html(partial, language));
      indexFile = indexError.isEmpty() ? Optional.of(page) : Optional.empty();
    }
    return new BatchResult(
        input, output, format, list, found.problems(), found.skipped(), indexFile, indexError);
  }

  private BatchRow checkAndWrite(Path file, Path report) {
    Check check =
        framework.map(id -> pianoZona.check(file, id)).orElseGet(() -> pianoZona.check(file));
    if (check.checked().isEmpty()) {
      return new BatchRow(file, check, Optional.empty(), Optional.empty());
    }
    Optional<String> error =
        write(report, Reports.render(format, List.of(check.checked().get()), language));
    return new BatchRow(
        file, check, error.isEmpty() ? Optional.of(report) : Optional.empty(), error);
  }

  /** Writes a file, creating its folder; the reason it cannot, as one line, if it cannot. */
  static Optional<String> write(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, Reports.terminated(text), StandardCharsets.UTF_8);
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.of("pianozona: cannot write " + file + ": " + reason(e));
    }
  }

  /**
   * A short reason for an I/O failure, without a stack trace, in English; {@link
   * DocumentProblem#reason} gives it in either language.
   */
  public static String reason(Exception e) {
    return DocumentProblem.reason(e).render(Language.EN);
  }

  private static DocumentProblem problem(Path file, ProblemCode code, Object... args) {
    return DocumentProblem.of(file.toString(), code, args);
  }

  private static String key(Object path) {
    return path.toString().replace('\\', '/').toLowerCase(Locale.ROOT);
  }

  private static Path stem(Path relative) {
    String name = relative.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return relative.resolveSibling(dot > 0 ? name.substring(0, dot) : name);
  }

  /** Configures a {@link Batch}. */
  public static final class Builder {
    private final PianoZona pianoZona;
    private final Path input;
    private Path output = Path.of("pianozona-reports");
    private ReportFormat format = ReportFormat.HTML;
    private Language language = Language.IT;
    private Optional<String> framework = Optional.empty();
    private int jobs = Math.max(1, Runtime.getRuntime().availableProcessors());
    private boolean index = true;
    private BatchListener listener = BatchListener.NONE;
    private final List<Path> alsoReads = new ArrayList<>();

    private Builder(PianoZona pianoZona, Path input) {
      this.pianoZona = requireNonNull(pianoZona, "pianoZona");
      this.input = requireNonNull(input, "input");
    }

    /** The folder the reports go to, created if missing (default {@code pianozona-reports}). */
    public Builder output(Path value) {
      this.output = requireNonNull(value, "output");
      return this;
    }

    /** The format of each plan's report (default HTML). */
    public Builder format(ReportFormat value) {
      this.format = requireNonNull(value, "format");
      return this;
    }

    /** The language of the reports and the index page (default Italian). */
    public Builder language(Language value) {
      this.language = requireNonNull(value, "language");
      return this;
    }

    /** Checks every plan under the framework with this id, whatever its period. */
    public Builder framework(String id) {
      this.framework = Optional.of(requireNonNull(id, "id"));
      return this;
    }

    /**
     * How many plans are checked at once (default: the number of processors).
     *
     * @throws IllegalArgumentException unless from 1 to 256
     */
    public Builder jobs(int value) {
      if (value < 1 || value > MAX_JOBS) {
        throw new IllegalArgumentException(
            "jobs: expected a number from 1 to " + MAX_JOBS + ", found " + value);
      }
      this.jobs = value;
      return this;
    }

    /** Whether to write the index page {@value Batch#INDEX} (default true). */
    public Builder index(boolean value) {
      this.index = value;
      return this;
    }

    /** Told of each plan as it is done. */
    public Builder listener(BatchListener value) {
      this.listener = requireNonNull(value, "listener");
      return this;
    }

    /**
     * Other files the run reads, such as catalogue files: no report may replace them either. The
     * plans found are always guarded.
     */
    public Builder alsoReads(List<Path> files) {
      files.forEach(f -> alsoReads.add(requireNonNull(f, "file")));
      return this;
    }

    public Batch build() {
      return new Batch(this);
    }
  }
}
