package it.pianozona.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.io.ReadLimits;
import it.pianozona.core.validation.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The region's night run: every plan of a folder read from disk, validated and scored, on all
 * cores, in a fresh JVM. The first pass is what a region's job sees (classes loaded, code still
 * being compiled); the later passes show the steady state. Writes plans per second and heap.
 *
 * <p>Arguments: the folder, a label, the number of passes (at least 2: the report compares the
 * first with the warm ones), the result file, and optionally {@code jackson}: then each file is
 * only parsed into a tree by a plain Jackson YAML mapper, the limit the batch is compared with.
 */
public final class BatchRun {

  private BatchRun() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    String label = args[1];
    int passes = Integer.parseInt(args[2]);
    Path out = Path.of(args[3]);
    boolean jacksonOnly = args.length > 4 && args[4].equals("jackson");
    if (passes < 2) {
      System.err.println(
          "BatchRun: passes must be at least 2 (a first and a warm one), got " + passes);
      System.exit(2);
    }

    long startCreate = System.nanoTime();
    // Jackson's run builds no library: its first pass pays only for Jackson's classes.
    PianoZona pz = jacksonOnly ? null : PianoZona.create();
    double createMillis = (System.nanoTime() - startCreate) / 1e6;
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    HeapWatch heap = new HeapWatch();

    ObjectNode result = Results.object();
    result.put("label", label);
    result.put("jacksonOnly", jacksonOnly);
    result.put("folder", folder.toString());
    result.put("plans", files.size());
    result.put("threads", threads);
    result.put("maxHeapBytes", HeapWatch.maxHeapBytes());
    result.put("createMillis", createMillis);
    ArrayNode runs = result.putArray("passes");
    for (int pass = 1; pass <= passes; pass++) {
      heap.reset();
      long cpuStart = CpuTime.processNanos();
      long start = System.nanoTime();
      List<Future<int[]>> futures = new ArrayList<>(files.size());
      for (Path file : files) {
        futures.add(pool.submit(() -> jacksonOnly ? parse(file) : check(pz, file)));
      }
      int errors = 0;
      int findings = 0;
      for (Future<int[]> f : futures) {
        int[] counts = f.get();
        findings += counts[0];
        errors += counts[1];
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (CpuTime.processNanos() - cpuStart) / 1e9;
      runs.addObject()
          .put("pass", pass)
          .put("seconds", seconds)
          .put("cpuSeconds", cpuSeconds)
          .put("plansPerSecond", files.size() / seconds)
          .put("findings", findings)
          .put("errorFindings", errors)
          .put("peakHeapBytes", heap.peakBytes())
          .put("maxHeapAfterGcBytes", heap.maxAfterGcBytes())
          .put("collections", heap.collections())
          .put("gcMillis", heap.gcMillis());
      System.out.printf(
          "batch %s pass %d: %d plans in %.3f s (%.0f plans/s), peak heap %d MB%n",
          label, pass, files.size(), seconds, files.size() / seconds, heap.peakBytes() >> 20);
    }
    pool.shutdown();
    Results.write(out, result);
  }

  /**
   * Jackson's YAML tree of one file and nothing else, with SnakeYAML's 3 MiB default raised to the
   * 16 MiB pianozona accepts (as in the JMH benchmark); no findings.
   */
  private static int[] parse(Path file) throws IOException {
    JACKSON.readTree(file.toFile());
    return new int[] {0, 0};
  }

  private static final YAMLMapper JACKSON = jacksonYaml();

  private static YAMLMapper jacksonYaml() {
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(ReadLimits.DEFAULT.maxDocumentBytes());
    return new YAMLMapper(YAMLFactory.builder().loaderOptions(loader).build());
  }

  /** Reads, validates and scores one file: its findings and its ERROR findings. */
  private static int[] check(PianoZona pz, Path file) throws IOException {
    Evaluation e = pz.evaluate(pz.read(file).plan());
    int errors =
        (int) e.report().findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
    return new int[] {e.report().findings().size(), errors};
  }
}
