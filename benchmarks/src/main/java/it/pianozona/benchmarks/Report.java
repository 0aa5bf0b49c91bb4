package it.pianozona.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Writes BENCHMARKS.md from the results of one run of benchmarks/run.sh: the machine, the JVM,
 * every figure as a median with its spread, and each target with PASS or MISS. The analysis of the
 * misses is prose kept in benchmarks/analysis.md and copied in as it is.
 *
 * <p>Arguments: the results folder, the inputs folder, the analysis file, the output file, the
 * run's start (epoch seconds), the commit. With {@code elapsed-seconds.txt} in the results folder
 * (the run's length), the report can be written again from stored results, for instance after the
 * analysis was edited, without running the benchmarks again.
 */
public final class Report {

  private static final List<String> SIZES = List.of("10", "100", "1000", "10000");
  private static final List<String> FORMATS = List.of("json", "yaml");

  private final Path results;
  private final StringBuilder md = new StringBuilder();

  /** JMH primary metrics by "method|input|format". */
  private final Map<String, JsonNode> jmh = new LinkedHashMap<>();

  /** Benchmark-thread CPU microseconds per operation of each measured iteration, same keys. */
  private final Map<String, double[]> cpu = new LinkedHashMap<>();

  /** Process CPU microseconds per operation (thread, GC, JIT), same keys. */
  private final Map<String, double[]> processCpu = new LinkedHashMap<>();

  private final List<String> inputs = new ArrayList<>();

  /** The inputs read both as YAML and as a workbook, in order. */
  private final List<String> workbookInputs = new ArrayList<>();

  private JsonNode firstJmh;

  /** The first benchmark of each JMH group's results file, for its settings. */
  private final Map<String, JsonNode> firstOfGroup = new LinkedHashMap<>();

  /** The JMH groups, in the order of the tables: what each results file holds. */
  private static final Map<String, String> GROUPS =
      Map.of(
          "jmh.json", "10 to 1,000 interventions",
          "jmh-large.json", "10,000 interventions",
          "jmh-real.json", "the bundled real plans",
          "jmh-read.json", "reading alone",
          "jmh-workbook.json", "workbooks against YAML");

  private Report(Path results) {
    this.results = results;
  }

  public static void main(String[] args) throws IOException {
    Path results = Path.of(args[0]);
    Path inputsFolder = Path.of(args[1]);
    Path analysis = Path.of(args[2]);
    Path out = Path.of(args[3]);
    long start = Long.parseLong(args[4]);
    String commit = args[5];
    Report r = new Report(results);
    r.load();
    // The run's length: from its start to now, or as run.sh recorded it when the report is
    // written again from stored results.
    Path elapsedFile = results.resolve("elapsed-seconds.txt");
    double seconds =
        Files.exists(elapsedFile)
            ? Double.parseDouble(Files.readString(elapsedFile).trim())
            : System.currentTimeMillis() / 1000.0 - start;
    String text = r.write(inputsFolder, analysis, seconds, commit);
    Files.writeString(out, text, StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
  }

  /** How each benchmark's warm-up ended, by "method input format". */
  private final java.util.Map<String, JsonNode> warmUps = new java.util.TreeMap<>();

  /** The bound each warm-up had, as recorded beside it: one figure, or the range of a mixed run. */
  private String bounds() {
    java.util.DoubleSummaryStatistics b =
        warmUps.values().stream()
            .mapToDouble(w -> w.path("boundSeconds").asDouble(Double.NaN))
            .filter(d -> !Double.isNaN(d))
            .summaryStatistics();
    if (b.getCount() == 0) {
      return "a bound not recorded in these results";
    }
    return b.getMin() == b.getMax()
        ? String.format(Locale.ROOT, "%.0f s", b.getMin())
        : String.format(Locale.ROOT, "%.0f to %.0f s", b.getMin(), b.getMax());
  }

  private void warmUp() {
    line("## Warm-up until stable");
    line("");
    if (warmUps.isEmpty()) {
      line("Not recorded in this run.");
      line("");
      return;
    }
    long stable = warmUps.values().stream().filter(w -> w.get("stable").asBoolean()).count();
    line(
        String.format(
            Locale.ROOT,
            "Before JMH's own warm-up, each benchmark runs its operation in batches of at least"
                + " 200 ms of thread CPU until three batches in a row agree within 5%% per"
                + " operation while the JIT compiles for at most 5%% of their time, for at most %s"
                + " (`ReadValidateScoreBenchmark.stabilise`). %d of %d"
                + " became stable; a figure whose warm-up never did is not a settled JIT's and is"
                + " listed here.",
            bounds(),
            stable,
            warmUps.size()));
    line("");
    if (stable < warmUps.size()) {
      line("| Benchmark, input, format | Batches | Seconds | Spread of the last three |");
      line("|---|---|---|---|");
      warmUps.forEach(
          (k, w) -> {
            if (!w.get("stable").asBoolean()) {
              line(
                  String.format(
                      Locale.ROOT,
                      "| %s | %d | %.1f | %.1f%% |",
                      k,
                      w.get("batches").asInt(),
                      w.get("seconds").asDouble(),
                      w.get("spreadPercent").asDouble()));
            }
          });
      line("");
    }
  }

  private void load() {
    List<JsonNode> runs = new ArrayList<>();
    for (String name :
        List.of(
            "jmh.json", "jmh-large.json", "jmh-real.json", "jmh-read.json", "jmh-workbook.json")) {
      Path file = results.resolve(name);
      if (Files.exists(file)) {
        JsonNode array = readArray(file);
        array.forEach(runs::add);
        if (array.size() > 0) {
          firstOfGroup.put(name, array.get(0));
        }
      }
    }
    for (JsonNode b : runs) {
      if (firstJmh == null) {
        firstJmh = b;
      }
      String method = b.get("benchmark").asText().replaceAll(".*\\.", "");
      String input = b.get("params").get("input").asText();
      String format = b.get("params").get("format").asText();
      jmh.put(method + "|" + input + "|" + format, b.get("primaryMetric"));
      Path cpuFile = CpuTime.FOLDER.resolve(CpuTime.key(method, input, format) + ".json");
      if (Files.exists(cpuFile)) {
        ObjectNode times = Results.read(cpuFile);
        cpu.put(method + "|" + input + "|" + format, doubles(times.get("threadCpuMicrosPerOp")));
        processCpu.put(method + "|" + input + "|" + format, doubles(times.get("cpuMicrosPerOp")));
        if (times.has("warmUp")) {
          warmUps.put(method + " " + input + " " + format, times.get("warmUp"));
        }
      }
      if (format.equals("xlsx") && !workbookInputs.contains(input)) {
        workbookInputs.add(input);
      }
      if (!inputs.contains(input) && !method.equals("pianozonaRead")) {
        inputs.add(input);
      }
    }
  }

  private static JsonNode readArray(Path file) {
    try {
      return Results.JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }

  private String write(Path inputsFolder, Path analysis, double seconds, String commit)
      throws IOException {
    ObjectNode inputsSummary = Results.read(inputsFolder.resolve("inputs.json"));
    ObjectNode batchYaml = Results.read(results.resolve("batch-yaml.json"));
    Path batchJsonFile = results.resolve("batch-json.json");
    ObjectNode batchJson = Files.exists(batchJsonFile) ? Results.read(batchJsonFile) : null;
    Path batchJacksonFile = results.resolve("batch-jackson.json");
    ObjectNode batchJackson =
        Files.exists(batchJacksonFile) ? Results.read(batchJacksonFile) : null;
    Path streamFile = results.resolve("stream.json");
    ObjectNode stream = Files.exists(streamFile) ? Results.read(streamFile) : null;
    ObjectNode cli = Results.read(results.resolve("cli.json"));
    Path launcherFile = results.resolve("cli-launcher.json");
    ObjectNode launcher = Files.exists(launcherFile) ? Results.read(launcherFile) : null;
    Path hostileFile = results.resolve("hostile.json");
    ObjectNode hostile = Files.exists(hostileFile) ? Results.read(hostileFile) : null;
    Path serviceFile = results.resolve("server-load.json");
    ObjectNode service = Files.exists(serviceFile) ? Results.read(serviceFile) : null;

    line("# Benchmarks");
    line("");
    line(
        "Written by `benchmarks/run.sh` (see [How to regenerate](#how-to-regenerate)); do not edit"
            + " by hand. Every time is a median with its spread: JMH figures as median [min - max]"
            + " over the measured iterations and the JMH score +- its 99.9% error; other figures as"
            + " median [min - max] over repeated runs. Lower is better.");
    line("");
    machine(seconds, commit);
    targets(batchYaml, batchJackson, stream, cli, launcher, seconds);
    sideBySide();
    warmUp();
    workbooks();
    scaling();
    batch(batchYaml, batchJson, batchJackson);
    stream(stream);
    commandLine(cli, "Command line: cold validate");
    if (launcher != null) {
      commandLine(launcher, "Command line: cold validate through the launcher");
    }
    hostile(hostile);
    service(service);
    inputs(inputsSummary);
    line("## Analysis");
    line("");
    md.append(
            Files.readString(analysis, StandardCharsets.UTF_8)
                .strip()
                .replaceFirst("(?s)^# [^\n]*\n+", ""))
        .append("\n\n");
    regenerate();
    return md.toString();
  }

  // ---------------------------------------------------------------- sections

  private void machine(double seconds, String commit) throws IOException {
    line("## Machine and run");
    line("");
    line("| | |");
    line("|---|---|");
    line(
        "| Date (UTC) | "
            + runEnd().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))
            + " |");
    line("| Commit | `" + commit + "` |");
    line("| CPU | " + cpuModel() + " |");
    line("| Cores | " + Runtime.getRuntime().availableProcessors() + " |");
    line("| Memory | " + memory() + " |");
    line(
        "| OS | "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " ("
            + System.getProperty("os.arch")
            + ") |");
    line(
        "| JVM | "
            + firstJmh.get("vmName").asText()
            + " "
            + firstJmh.get("vmVersion").asText()
            + " (JDK "
            + firstJmh.get("jdkVersion").asText()
            + "), JMH "
            + firstJmh.get("jmhVersion").asText()
            + " |");
    line(
        "| Load average | at start "
            + readOr(results.resolve("load-start.txt"))
            + "; at end "
            + readOr(results.resolve("load-end.txt"))
            + " (1, 5, 15 min)"
            + loadVerdict()
            + " |");
    line("| Conditions of each group | " + conditions() + " |");
    line(
        "| JMH settings | "
            + jmhSettings()
            + "; average time per operation, one"
            + " thread: chosen for a run of ten minutes on 2 cores (see the target on the run's"
            + " length) |");
    line(
        String.format(
            Locale.ROOT,
            "| Whole run | %.1f min (build, inputs, JMH, batch, stream,"
                + " command line, this report) |",
            seconds / 60));
    line("");
  }

  /** The worst ratio of one method's CPU median over another's, over some inputs. */
  private Worst worstOver(String over, String under, List<String[]> of, boolean highest) {
    Worst w = new Worst(highest);
    for (String[] in : of) {
      w.offer(
          cpuMedian(over, in[0], in[1]) / cpuMedian(under, in[0], in[1]),
          processMedian(over, in[0], in[1]) / processMedian(under, in[0], in[1]),
          median(over, in[0], in[1]) / median(under, in[0], in[1]),
          label(in[0], in[1]));
    }
    return w;
  }

  /** The worst of a ratio over inputs: the highest, or the lowest when lower is worse. */
  private static final class Worst {
    private final boolean highest;
    double thread;
    double process;
    double wall;
    String at = "";

    Worst(boolean highest) {
      this.highest = highest;
      this.thread = highest ? 0 : Double.MAX_VALUE;
      this.process = thread;
      this.wall = thread;
    }

    void offer(double threadRatio, double processRatio, double wallRatio, String label) {
      if (highest ? threadRatio > thread : threadRatio < thread) {
        thread = threadRatio;
        at = label;
      }
      process = highest ? Math.max(process, processRatio) : Math.min(process, processRatio);
      wall = highest ? Math.max(wall, wallRatio) : Math.min(wall, wallRatio);
    }

    String describe() {
      return String.format(
          Locale.ROOT,
          "thread CPU: worst %.2fx (%s); process CPU: worst %.2fx; wall clock: worst %.2fx",
          thread,
          at,
          process,
          wall);
    }
  }

  private void targets(
      ObjectNode batchYaml,
      ObjectNode batchJackson,
      ObjectNode stream,
      ObjectNode cli,
      ObjectNode launcher,
      double seconds) {
    line("## Targets");
    line("");
    line("| Target | Measured | Result |");
    line("|---|---|---|");

    // Issue 17's targets, on the benchmark thread's CPU time; process CPU and wall clock beside.
    List<String[]> jsonSizes = new ArrayList<>();
    for (String size : SIZES) {
      if (!size.equals("10") && has(size, "json")) {
        jsonSizes.add(new String[] {size, "json"});
      }
    }
    List<String[]> yamlInputs = new ArrayList<>();
    List<String[]> everyInput = new ArrayList<>();
    for (String input : inputs) {
      for (String format : FORMATS) {
        if (has(input, format)) {
          everyInput.add(new String[] {input, format});
          if (format.equals("yaml")) {
            yamlInputs.add(new String[] {input, format});
          }
        }
      }
    }
    Worst json = worstOver("pianozona", "jacksonTree", jsonSizes, true);
    line(
        String.format(
            Locale.ROOT,
            "| read + validate + score <= 2x Jackson's tree parse of the same JSON bytes at 100,"
                + " 1,000 and 10,000 interventions (stretch: 1.5x) | %s | %s |",
            json.describe(),
            json.thread <= 1.5 ? "PASS (stretch met)" : verdict(json.thread <= 2)));
    Worst yaml = worstOver("pianozona", "jacksonTree", yamlInputs, true);
    line(
        String.format(
            Locale.ROOT,
            "| read + validate + score <= 1.3x Jackson's YAML tree parse, generated and real plans"
                + " alike | %s | %s |",
            yaml.describe(),
            verdict(yaml.thread <= 1.3)));
    Worst peer = worstOver("schemaValidator", "pianozona", everyInput, false);
    line(
        String.format(
            Locale.ROOT,
            "| >= 1.5x faster than the networknt schema validator on every input, real plans"
                + " included | %s | %s |",
            peer.describe(),
            verdict(peer.thread >= 1.5)));
    for (String format : FORMATS) {
      double[] perIntervention = perIntervention(format);
      double[] fromHundred =
          java.util.Arrays.copyOfRange(perIntervention, 1, perIntervention.length);
      double mid = Results.median(fromHundred);
      double worst = 0;
      for (double v : fromHundred) {
        worst = Math.max(worst, Math.abs(v / mid - 1));
      }
      line(
          String.format(
              Locale.ROOT,
              "| time per intervention flat within +-25%% from 100 to 10,000 interventions (%s;"
                  + " each size against the median of the three) | %s us; worst %+.0f%%; apart, the"
                  + " 10-intervention plan: %,.0f us per plan (%.1f us per intervention) | %s |",
              format.toUpperCase(Locale.ROOT),
              joined(fromHundred),
              100 * signedWorst(fromHundred, mid),
              cpuMedian("pianozona", "10", format),
              perIntervention[0],
              verdict(worst <= 0.25)));
    }
    JsonNode cold = batchYaml.get("passes").get(0);
    if (batchJackson == null) {
      line(
          "| 1,800 YAML plans in batch <= 1.3x the time of Jackson parsing the same files alone |"
              + " no result: Jackson's batch did not run | MISS |");
    } else {
      JsonNode limit = batchJackson.get("passes").get(0);
      double first = cold.get("seconds").asDouble() / limit.get("seconds").asDouble();
      double warm =
          Results.median(warmSeconds(batchYaml)) / Results.median(warmSeconds(batchJackson));
      line(
          String.format(
              Locale.ROOT,
              "| 1,800 YAML plans in batch <= 1.3x the time of Jackson parsing the same files"
                  + " alone, on the same two cores (first pass of each fresh JVM, wall clock) |"
                  + " %.2f s against %.2f s: %.2fx; warm passes %.2fx | %s |",
              cold.get("seconds").asDouble(),
              limit.get("seconds").asDouble(),
              first,
              warm,
              verdict(first <= 1.3)));
    }
    if (stream == null) {
      line("| 10^5 plans in a 64 MB heap | no result: the run did not finish | MISS |");
    } else {
      boolean ok =
          stream.get("plans").asInt() >= 100_000
              && stream.get("maxHeapBytes").asLong() <= 64L << 20
              && stream.get("errorFindings").asInt() == 0;
      line(
          String.format(
              Locale.ROOT,
              "| 10^5 plans in a 64 MB heap | %,d plans with -Xmx64m"
                  + " (max heap %d MB) in %.1f s; peak heap %.1f MB, largest heap after a collection"
                  + " %.1f MB | %s |",
              stream.get("plans").asInt(),
              stream.get("maxHeapBytes").asLong() >> 20,
              stream.get("seconds").asDouble(),
              mb(stream.get("peakHeapBytes").asLong()),
              mb(stream.get("maxHeapAfterGcBytes").asLong()),
              verdict(ok)));
    }
    if (!workbookInputs.isEmpty()) {
      double worst = 0;
      String worstAt = "";
      for (String input : workbookInputs) {
        if (workbookRatio(input) > worst) {
          worst = workbookRatio(input);
          worstAt = inputLabel(input);
        }
      }
      line(
          String.format(
              Locale.ROOT,
              "| reading a workbook <= 2x reading the same plan from YAML (thread CPU) | worst"
                  + " %.2fx (%s) | %s |",
              worst,
              worstAt,
              verdict(worst <= 2)));
    }
    double[] wall = doubles(cli.get("wallMillis"));
    double[] cliCpu = doubles(cli.get("cpuMillis"));
    line(
        String.format(
            Locale.ROOT,
            "| cold command-line validate under 1 s (wall clock) |"
                + " median %.0f ms [%.0f - %.0f] over %d runs%s | %s |",
            Results.median(wall),
            Results.min(wall),
            Results.max(wall),
            wall.length,
            cliCpu.length == 0
                ? ""
                : String.format(
                    Locale.ROOT, "; CPU (user + system) median %.0f ms", Results.median(cliCpu)),
            verdict(Results.median(wall) < 1000)));
    if (launcher != null) {
      double[] fast = doubles(launcher.get("wallMillis"));
      double ratio = Results.median(fast) / Results.median(wall);
      line(
          String.format(
              Locale.ROOT,
              "| cold validate through the launcher <= 0.5 s wall (median of its runs) and <= 1/3"
                  + " of `java -jar` in the same run | median %.0f ms [%.0f - %.0f], %.2f of"
                  + " `java -jar` | %s |",
              Results.median(fast),
              Results.min(fast),
              Results.max(fast),
              ratio,
              verdict(Results.median(fast) <= 500 && ratio <= 1.0 / 3)));
    }
    // The run itself (issue 17's "done when"): judged only on the two cores it names.
    int cores = Runtime.getRuntime().availableProcessors();
    line(
        String.format(
            Locale.ROOT,
            "| `benchmarks/run.sh` fits in ten minutes on two cores, its build included | %.1f min"
                + " on %d cores | %s |",
            seconds / 60,
            cores,
            cores == 2 ? verdict(seconds <= 600) : "not judged: not two cores"));
    line("");
  }

  /** Reading a plan from a workbook against reading it from YAML: the same plan, one JMH run. */
  private void workbooks() {
    if (workbookInputs.isEmpty()) {
      return;
    }
    line("## Workbooks: reading .xlsx against YAML");
    line("");
    line(
        "pianozona's reading alone (`PlanReader.read`: for the workbook, the guard that inflates"
            + " and checks every zip part, FastExcel's streaming read of every sheet, the tree, the"
            + " same binder as YAML) of the same plan as YAML and as the workbook `WorkbookWriter`"
            + " writes, in one JMH run. CPU time of the benchmark thread per document, median"
            + " [min - max] of the measured iterations. Target: the workbook within 2x of YAML.");
    line("");
    line("| Input | YAML | Workbook | Workbook/YAML | Target <= 2x |");
    line("|---|---|---|---|---|");
    for (String input : workbookInputs) {
      double ratio = workbookRatio(input);
      line(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %.2fx | %s |",
              inputLabel(input),
              cpuCell("pianozonaRead", input, "yaml"),
              cpuCell("pianozonaRead", input, "xlsx"),
              ratio,
              verdict(ratio <= 2)));
    }
    line("");
  }

  private double workbookRatio(String input) {
    return cpuMedian("pianozonaRead", input, "xlsx") / cpuMedian("pianozonaRead", input, "yaml");
  }

  private void sideBySide() {
    line("## Read + validate + score against the limit and the peer");
    line("");
    line(
        "The same bytes, in one JMH run: (1) Jackson 2 reading them into a tree with its"
            + " default settings and nothing else, the practical limit; (2) pianozona reading,"
            + " validating and scoring them (`PlanReader.read` then `PianoZona.evaluate`); (3) the"
            + " networknt json-schema-validator 3.0.9 parsing them (Jackson 3) and checking them"
            + " against `PlanSchema.text()` (draft 2020-12), structure only. pianozona's reading alone"
            + " (parse, bind, shape checks) is measured for 1,000 interventions to split its cost."
            + " The real plans are measured in their own format. Microseconds per document.");
    line("");
    line(
        "**CPU time of the benchmark thread** over each measured iteration, divided by its"
            + " operations; median [min - max] of the iterations. Targets are judged on these: the"
            + " measured code's own cost, which neither other work on the machine nor the JIT"
            + " compiler's threads inflate (see the Analysis).");
    line("");
    sideBySideTable(this::cpuCell, this::cpuMedian);
    line("");
    line(
        "**CPU time of the whole JMH process** (benchmark thread, garbage collector, JIT"
            + " compiler), per operation: median [min - max] of the measured iterations.");
    line("");
    sideBySideTable(this::processCell, this::processMedian);
    line("");
    line(
        "**Wall-clock time** as JMH reports it: median [min - max] of the measured iterations"
            + " (JMH score +- 99.9% error).");
    line("");
    sideBySideTable(this::cell, this::median);
    line("");
    line(
        "2/1 is pianozona's time over Jackson's (targets: <= 2, stretch 1.5, on JSON from 100"
            + " interventions; <= 1.3 on YAML); 3/2 is how many times faster pianozona is than the"
            + " schema validator (target >= 1.5).");
    line("");
  }

  /** Looks up one benchmark's figure for an input in a format. */
  private interface Figure<T> {
    T of(String method, String input, String format);
  }

  /** One side-by-side table: a row per input and format, the two ratios from the medians. */
  private void sideBySideTable(Figure<String> cell, Figure<Double> median) {
    line(
        "| Input | Format | (1) Jackson tree | (2) pianozona | of which reading | (3) schema"
            + " validator | 2/1 | 3/2 |");
    line("|---|---|---|---|---|---|---|---|");
    for (String input : inputs) {
      for (String format : FORMATS) {
        if (!has(input, format)) {
          continue;
        }
        double pianozona = median.of("pianozona", input, format);
        line(
            String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s | %s | %s | %.2fx | %.2fx |",
                inputLabel(input),
                format.toUpperCase(Locale.ROOT),
                cell.of("jacksonTree", input, format),
                cell.of("pianozona", input, format),
                cell.of("pianozonaRead", input, format),
                cell.of("schemaValidator", input, format),
                pianozona / median.of("jacksonTree", input, format),
                median.of("schemaValidator", input, format) / pianozona));
      }
    }
  }

  private void scaling() {
    line("## Scaling: time per intervention");
    line("");
    line(
        "pianozona read + validate + score of the generated plans (benchmark-thread CPU time,"
            + " as above), divided by their number of interventions (about five allocations each). The"
            + " marginal cost is the extra time per extra intervention from the size before, which"
            + " fixed per-plan work does not affect.");
    line("");
    line(
        "| Interventions | Format | CPU per plan (us) | Per intervention (us) | Against the"
            + " median of the four | Marginal per intervention (us) | Wall clock per intervention"
            + " (us) |");
    line("|---|---|---|---|---|---|---|");
    for (String format : FORMATS) {
      double[] per = perIntervention(format);
      double mid = Results.median(per);
      for (int i = 0; i < SIZES.size(); i++) {
        String size = SIZES.get(i);
        String marginal = "-";
        if (i > 0) {
          double dt =
              cpuMedian("pianozona", size, format)
                  - cpuMedian("pianozona", SIZES.get(i - 1), format);
          double dn = Integer.parseInt(size) - Integer.parseInt(SIZES.get(i - 1));
          marginal = String.format(Locale.ROOT, "%.2f", dt / dn);
        }
        line(
            String.format(
                Locale.ROOT,
                "| %,d | %s | %s | %.2f | %+.0f%% | %s | %.2f |",
                Integer.parseInt(size),
                format.toUpperCase(Locale.ROOT),
                cpuCell("pianozona", size, format),
                per[i],
                100 * (per[i] / mid - 1),
                marginal,
                median("pianozona", size, format) / Integer.parseInt(size)));
      }
    }
    line("");
  }

  private void batch(ObjectNode yaml, ObjectNode json, ObjectNode jackson) {
    line("## Batch: 1,800 plans from disk on all cores");
    line("");
    line(
        "600 ambiti x 3 cycles of generated plans (20 to 60 interventions each, about 40 like"
            + " a real plan), one file each, read from disk, validated and scored by a fixed pool of"
            + " one thread per core in a fresh JVM with the default heap. The library ships one Puglia"
            + " cycle (2022-2024), so an ambito's three cycles are three independently generated"
            + " plans under that framework. The first pass includes class loading and JIT"
            + " compilation, as a region's nightly job would; later passes are the steady state."
            + " Peak heap is the sum of the heap pools' peaks (mostly short-lived garbage a large"
            + " heap has no reason to collect); the largest heap after a collection is what the run"
            + " really keeps alive. The last row is the limit: the same files, the same pool, a"
            + " fresh JVM that only parses each into Jackson's YAML tree.");
    line("");
    line(
        "| Format | Threads | Library start (ms) | First pass (s) | its CPU (s) | Plans/s first"
            + " | Warm passes (s) median [min - max] | their CPU (s) median | Plans/s warm | Peak heap"
            + " (MB) | Largest after GC (MB) | ERROR findings |");
    line("|---|---|---|---|---|---|---|---|---|---|---|---|");
    List<ObjectNode> batches = new ArrayList<>();
    batches.add(yaml);
    if (json != null) {
      batches.add(json);
    }
    if (jackson != null) {
      batches.add(jackson);
    }
    for (ObjectNode b : batches) {
      JsonNode first = b.get("passes").get(0);
      double[] warm = warmSeconds(b);
      double peak = 0;
      double afterGc = 0;
      int errors = 0;
      for (JsonNode p : b.get("passes")) {
        peak = Math.max(peak, mb(p.get("peakHeapBytes").asLong()));
        afterGc = Math.max(afterGc, mb(p.get("maxHeapAfterGcBytes").asLong()));
        errors += p.get("errorFindings").asInt();
      }
      double[] warmCpu = new double[b.get("passes").size() - 1];
      for (int i = 1; i < b.get("passes").size(); i++) {
        warmCpu[i - 1] = b.get("passes").get(i).get("cpuSeconds").asDouble();
      }
      line(
          String.format(
              Locale.ROOT,
              "| %s | %d | %.0f | %.2f | %.2f | %.0f | %.2f [%.2f -"
                  + " %.2f] | %.2f | %.0f | %.0f | %.0f | %d |",
              b.path("jacksonOnly").asBoolean()
                  ? "YAML, Jackson's tree alone"
                  : b.get("label").asText().toUpperCase(Locale.ROOT),
              b.get("threads").asInt(),
              b.get("createMillis").asDouble(),
              first.get("seconds").asDouble(),
              first.get("cpuSeconds").asDouble(),
              first.get("plansPerSecond").asDouble(),
              Results.median(warm),
              Results.min(warm),
              Results.max(warm),
              Results.median(warmCpu),
              b.get("plans").asInt() / Results.median(warm),
              peak,
              afterGc,
              errors));
    }
    line("");
  }

  private void stream(ObjectNode s) {
    line("## Stream: 10^5 plans in a 64 MB heap");
    line("");
    if (s == null) {
      line("The run left no result (it failed or ran out of memory): see the script's output.");
      line("");
      return;
    }
    line(
        String.format(
            Locale.ROOT,
            "`java -Xmx64m` with %d worker threads, each generating a"
                + " plan (20 to 60 interventions), writing it as %s, reading, validating and scoring it,"
                + " and dropping it before the next: nothing is kept.",
            s.get("threads").asInt(),
            s.get("format").asText().toUpperCase(Locale.ROOT)));
    line("");
    line(
        "| Plans | Interventions | Document bytes | Wall time (s) | Process CPU (s) | Plans/s |"
            + " Thread time in read+validate+score (s) | Max heap (MB) | Peak heap (MB) | Largest"
            + " after GC (MB) | Collections (GC ms) | ERROR findings |");
    line("|---|---|---|---|---|---|---|---|---|---|---|---|");
    line(
        String.format(
            Locale.ROOT,
            "| %,d | %,d | %,d | %.1f | %.1f | %.0f | %.1f | %d | %.1f |"
                + " %.1f | %d (%d) | %d |",
            s.get("plans").asInt(),
            s.get("interventions").asLong(),
            s.get("documentBytes").asLong(),
            s.get("seconds").asDouble(),
            s.get("cpuSeconds").asDouble(),
            s.get("plansPerSecond").asDouble(),
            s.get("validateSeconds").asDouble(),
            s.get("maxHeapBytes").asLong() >> 20,
            mb(s.get("peakHeapBytes").asLong()),
            mb(s.get("maxHeapAfterGcBytes").asLong()),
            s.get("collections").asLong(),
            s.get("gcMillis").asLong(),
            s.get("errorFindings").asInt()));
    line("");
  }

  private void commandLine(ObjectNode cli, String title) {
    line("## " + title);
    line("");
    double[] wall = doubles(cli.get("wallMillis"));
    double[] rss = doubles(cli.get("peakRssKb"));
    line(
        "`"
            + cli.get("command").asText()
            + "`, a new JVM each run (after two untimed runs that"
            + " fill the page cache), timed from launch to exit; peak resident memory by "
            + cli.get("rssMethod").asText()
            + ".");
    line("");
    double[] cpuMs = doubles(cli.get("cpuMillis"));
    line(
        "| Runs | Wall time (ms) median [min - max] | CPU user + system (ms) median [min - max]"
            + " | Peak RSS (MB) median [min - max] | Exit codes |");
    line("|---|---|---|---|---|");
    line(
        String.format(
            Locale.ROOT,
            "| %d | %.0f [%.0f - %.0f] | %s | %.0f [%.0f - %.0f] | %s |",
            wall.length,
            Results.median(wall),
            Results.min(wall),
            Results.max(wall),
            cpuMs.length == 0
                ? "unknown"
                : String.format(
                    Locale.ROOT,
                    "%.0f [%.0f - %.0f]",
                    Results.median(cpuMs),
                    Results.min(cpuMs),
                    Results.max(cpuMs)),
            Results.median(rss) / 1024,
            Results.min(rss) / 1024,
            Results.max(rss) / 1024,
            cli.get("exitCodes").toString()));
    line("");
  }

  private void hostile(ObjectNode hostile) {
    line("## Hostile inputs: refused or checked, per megabyte");
    line("");
    if (hostile == null) {
      line("Not measured in this run.");
      line("");
      return;
    }
    line(
        "Documents of about 1 MiB built by `HostileRun` from `"
            + hostile.get("plan").asText()
            + "` (its interventions repeated): each is read and refused, or read, validated and"
            + " scored, in process after three warm-up runs; "
            + hostile.get("runs").asInt()
            + " timed runs each, on the benchmark thread's CPU time, scaled to one MiB. Target:"
            + " under 1,000 ms per MiB for every document.");
    line("");
    line("| Document | Bytes | What came of it | CPU ms per MiB median [min - max] | Result |");
    line("|---|---|---|---|---|");
    double worst = 0;
    String worstAt = "";
    for (JsonNode d : hostile.get("documents")) {
      double[] ms = doubles(d.get("cpuMillisPerMib"));
      double median = Results.median(ms);
      if (median > worst) {
        worst = median;
        worstAt = d.get("name").asText();
      }
      line(
          String.format(
              Locale.ROOT,
              "| %s | %d | %s | %.0f [%.0f - %.0f] | %s |",
              d.get("name").asText(),
              d.get("bytes").asInt(),
              d.get("outcome").asText().replace("|", "\\|"),
              median,
              Results.min(ms),
              Results.max(ms),
              verdict(median < 1000 && !d.get("outcome").asText().startsWith("FAILED"))));
    }
    line("");
    line(
        String.format(
            Locale.ROOT,
            "Slowest: %s, %.0f ms per MiB (%s).",
            worstAt,
            worst,
            worst < 1000 ? "within the target" : "over the target"));
    line("");
  }

  private void service(ObjectNode load) {
    line("## Web service: a bounded load on loopback");
    line("");
    if (load == null) {
      line("Not measured in this run.");
      line("");
      return;
    }
    line(
        String.format(
            Locale.ROOT,
            "`pianozona serve` from the command-line jar (`%s`), loaded by `ServerLoad` over"
                + " 127.0.0.1: %d requests from %d clients (each its own HttpClient), the %d"
                + " bundled plans in turn as %s reports, each answer compared byte for byte with"
                + " what `validate --output` writes for the same plan. The clients run on the same"
                + " two cores as the service. Wall-clock latency from request to last byte; the"
                + " service's peak resident memory (VmHWM) after the run. The service started"
                + " cold: its first requests include the JIT's warm-up.",
            load.path("serverCommand").asText("?"),
            load.get("requests").asInt(),
            load.get("clients").asInt(),
            load.get("plans").asInt(),
            load.get("formats").asText()));
    line("");
    line(
        "| Requests | Errors | Different from the CLI | Requests/s | p50 ms | p90 ms | p99 ms | max ms | Peak RSS MiB |");
    line("|---|---|---|---|---|---|---|---|---|");
    line(
        String.format(
            Locale.ROOT,
            "| %d | %d | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %d |",
            load.get("requests").asInt(),
            load.get("errors").asInt(),
            load.get("different").asInt(),
            load.get("requestsPerSecond").asDouble(),
            load.get("p50Millis").asDouble(),
            load.get("p90Millis").asDouble(),
            load.get("p99Millis").asDouble(),
            load.get("maxMillis").asDouble(),
            load.path("serverPeakRssKb").asLong(-1024) / 1024));
    line("");
    boolean clean = load.get("errors").asInt() == 0 && load.get("different").asInt() == 0;
    line(
        clean
            ? "Every answer was a 200 and identical to the command line's report."
            : "Some answers were errors or differed from the command line's: "
                + load.get("problems"));
    line("");
  }

  private void inputs(ObjectNode summary) {
    line("## Inputs");
    line("");
    line(
        "Generated by `GenerateInputs` from seed "
            + summary.get("seed").asLong()
            + " (Puglia,"
            + " 2022-2024, areas A1..A7, the seven comuni of the Ambito di Casarano, funding declared"
            + " above what is allocated, so that validation finds no error). The same seed gives"
            + " the same bytes: compare the checksums.");
    line("");
    line("| Interventions | Allocations | Format | Bytes | SHA-256 |");
    line("|---|---|---|---|---|");
    for (JsonNode s : summary.get("sized")) {
      line(
          String.format(
              Locale.ROOT,
              "| %,d | %,d | %s | %,d | `%s` |",
              s.get("interventions").asInt(),
              s.get("allocations").asInt(),
              s.get("format").asText().toUpperCase(Locale.ROOT),
              s.get("bytes").asInt(),
              s.get("sha256").asText().substring(0, 16)));
    }
    line("");
    List<String> real = inputs.stream().filter(i -> !Inputs.isGenerated(i)).toList();
    line(
        String.format(
            Locale.ROOT,
            "Batch: %,d plans, %.1f MB of YAML. Real plans: %s.",
            summary.get("batchPlans").asInt(),
            mb(summary.get("batchBytesYaml").asLong()),
            real.isEmpty()
                ? "none"
                : String.join(", ", real.stream().map(p -> "`" + p + "`").toList())));
    line("");
  }

  private void regenerate() {
    line("## How to regenerate");
    line("");
    line(
        "From the root of a clone, with Java 17 and Maven 3.8 (GNU `time` for the command"
            + " line's peak memory, otherwise it is polled from /proc):");
    line("");
    line("```bash");
    line("bash benchmarks/run.sh");
    line("```");
    line("");
    line(
        "It builds the project without tests, generates the inputs under"
            + " `benchmarks/target/inputs`, runs JMH, the batch, the stream and the command line,"
            + " and rewrites this file; raw results stay in `benchmarks/target/results` (JMH's"
            + " `jmh*.json` files have every iteration). The benchmarks are never part of `mvn verify`, which"
            + " only compiles them.");
  }

  // ---------------------------------------------------------------- helpers

  /** Whether the run measured the input in the format (real plans: their own format only). */
  private boolean has(String input, String format) {
    return jmh.containsKey("pianozona|" + input + "|" + format);
  }

  private JsonNode metric(String method, String input, String format) {
    JsonNode m = jmh.get(method + "|" + input + "|" + format);
    if (m == null) {
      throw new IllegalStateException("no JMH result for " + method + " " + input + " " + format);
    }
    return m;
  }

  private double median(String method, String input, String format) {
    return metric(method, input, format).get("scorePercentiles").get("50.0").asDouble();
  }

  private String cell(String method, String input, String format) {
    if (!jmh.containsKey(method + "|" + input + "|" + format)) {
      return "-";
    }
    JsonNode m = metric(method, input, format);
    JsonNode p = m.get("scorePercentiles");
    return String.format(
        Locale.ROOT,
        "%s [%s - %s] (%s +- %s)",
        num(p.get("50.0").asDouble()),
        num(p.get("0.0").asDouble()),
        num(p.get("100.0").asDouble()),
        num(m.get("score").asDouble()),
        num(m.get("scoreError").asDouble()));
  }

  /** CPU microseconds per intervention of pianozona at each size. */
  private double[] perIntervention(String format) {
    double[] per = new double[SIZES.size()];
    for (int i = 0; i < SIZES.size(); i++) {
      per[i] = cpuMedian("pianozona", SIZES.get(i), format) / Integer.parseInt(SIZES.get(i));
    }
    return per;
  }

  private double cpuMedian(String method, String input, String format) {
    double[] v = cpu.get(method + "|" + input + "|" + format);
    if (v == null || v.length == 0) {
      throw new IllegalStateException("no CPU times for " + method + " " + input + " " + format);
    }
    return Results.median(v);
  }

  private double processMedian(String method, String input, String format) {
    return Results.median(processCpu.get(method + "|" + input + "|" + format));
  }

  private String processCell(String method, String input, String format) {
    return cell(processCpu.get(method + "|" + input + "|" + format));
  }

  private String cpuCell(String method, String input, String format) {
    return cell(cpu.get(method + "|" + input + "|" + format));
  }

  private static String cell(double[] v) {
    if (v == null || v.length == 0) {
      return "-";
    }
    return String.format(
        Locale.ROOT,
        "%s [%s - %s]",
        num(Results.median(v)),
        num(Results.min(v)),
        num(Results.max(v)));
  }

  private static double signedWorst(double[] values, double mid) {
    double worst = 0;
    for (double v : values) {
      double d = v / mid - 1;
      if (Math.abs(d) > Math.abs(worst)) {
        worst = d;
      }
    }
    return worst;
  }

  private static double[] warmSeconds(ObjectNode batch) {
    List<Double> warm = new ArrayList<>();
    JsonNode passes = batch.get("passes");
    for (int i = 1; i < passes.size(); i++) {
      warm.add(passes.get(i).get("seconds").asDouble());
    }
    return warm.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static String joined(double[] values) {
    List<String> s = new ArrayList<>();
    for (double v : values) {
      s.add(String.format(Locale.ROOT, "%.2f", v));
    }
    return String.join(" / ", s);
  }

  private static String num(double v) {
    if (v >= 100) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (v >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String label(String input, String format) {
    return inputLabel(input) + " " + format.toUpperCase(Locale.ROOT);
  }

  private static String inputLabel(String input) {
    return Inputs.isGenerated(input)
        ? String.format(Locale.ROOT, "%,d interventions", Integer.parseInt(input))
        : "`" + Path.of(input).getFileName() + "`";
  }

  private static String verdict(boolean pass) {
    return pass ? "PASS" : "**MISS**";
  }

  private static double[] doubles(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false)
        .mapToDouble(JsonNode::asDouble)
        .toArray();
  }

  private static double mb(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  private static String cpuModel() throws IOException {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (Files.exists(cpuinfo)) {
      for (String l : Files.readAllLines(cpuinfo)) {
        if (l.startsWith("model name")) {
          return l.substring(l.indexOf(':') + 1).trim();
        }
      }
    }
    return "unknown";
  }

  private static String memory() throws IOException {
    Path meminfo = Path.of("/proc/meminfo");
    if (Files.exists(meminfo)) {
      for (String l : Files.readAllLines(meminfo)) {
        if (l.startsWith("MemTotal:")) {
          long kb = Long.parseLong(l.replaceAll("[^0-9]", ""));
          return String.format(Locale.ROOT, "%.1f GiB", kb / (1024.0 * 1024.0));
        }
      }
    }
    return "unknown";
  }

  /**
   * Says whether other work was running when the run began. Only the start counts: by the end the
   * run's own batch and command-line steps have raised the load on every core.
   */
  private String loadVerdict() {
    int cores = Runtime.getRuntime().availableProcessors();
    double atStart = oneMinuteLoad(results.resolve("load-start.txt"));
    if (Double.isNaN(atStart)) {
      return "";
    }
    return atStart > 1
        ? String.format(
            Locale.ROOT,
            ": other work was running at the start (%.2f on %d cores),"
                + " so figures may be pessimistic",
            atStart,
            cores)
        : ": the machine was idle at the start";
  }

  /**
   * The conditions {@code run.sh} found before each group (other work's share of the CPU, the
   * seconds it waited for the machine to settle): a group that started on a busy machine is named
   * not comparable, its figures kept but not to be read against an idle run's.
   */
  private String conditions() {
    Path file = results.resolve("conditions.tsv");
    if (!Files.exists(file)) {
      return "not recorded in this run";
    }
    List<String> bad = new ArrayList<>();
    List<String> all = new ArrayList<>();
    try {
      for (String row : Files.readAllLines(file)) {
        String[] f = row.split("\t");
        if (f.length < 4) {
          continue;
        }
        all.add(f[0] + ": " + f[1] + "% other work, waited " + f[2] + " s");
        if (!f[3].equals("comparable")) {
          bad.add(f[0]);
        }
      }
    } catch (IOException e) {
      return "unreadable (" + e.getMessage() + ")";
    }
    return String.join("; ", all)
        + (bad.isEmpty()
            ? ". Every group started on a settled machine."
            : ". **Not comparable** (started with more than 25% of the CPU taken by other work): "
                + String.join(", ", bad)
                + ".");
  }

  private static double oneMinuteLoad(Path file) {
    try {
      return Double.parseDouble(Files.readString(file).trim().split("\\s+")[0]);
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /**
   * When the measurements ended, from the last file the run writes before the report: writing the
   * report again after editing the analysis keeps the run's date.
   */
  private ZonedDateTime runEnd() {
    try {
      return Files.getLastModifiedTime(results.resolve("load-end.txt"))
          .toInstant()
          .atZone(ZoneOffset.UTC);
    } catch (IOException e) {
      return ZonedDateTime.now(ZoneOffset.UTC);
    }
  }

  /**
   * Each group's forks, warm-up and measured iterations, after the warm-up until stable; the groups
   * that share settings are named together.
   */
  private String jmhSettings() {
    Map<String, List<String>> bySettings = new LinkedHashMap<>();
    firstOfGroup.forEach(
        (file, first) ->
            bySettings
                .computeIfAbsent(
                    first.get("forks").asInt()
                        + " fork, "
                        + first.get("warmupIterations").asInt()
                        + " warm-up x "
                        + first.get("warmupTime").asText()
                        + ", "
                        + first.get("measurementIterations").asInt()
                        + " measured x "
                        + first.get("measurementTime").asText()
                        + ", JVM arguments `"
                        + jvmArgs(first)
                        + "`",
                    k -> new ArrayList<>())
                .add(GROUPS.getOrDefault(file, file)));
    if (bySettings.size() == 1) {
      return bySettings.keySet().iterator().next();
    }
    List<String> parts = new ArrayList<>();
    bySettings.forEach(
        (settings, groups) -> parts.add(String.join(", ", groups) + ": " + settings));
    return String.join("; ", parts);
  }

  private static String jvmArgs(JsonNode first) {
    List<String> args = new ArrayList<>();
    first.path("jvmArgs").forEach(a -> args.add(a.asText()));
    return args.isEmpty() ? "none" : String.join(" ", args);
  }

  private static String readOr(Path file) {
    try {
      String[] f = Files.readString(file).trim().split("\\s+");
      return f[0] + ", " + f[1] + ", " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private void line(String text) {
    md.append(text).append('\n');
  }
}
