package it.pianozona.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.io.DocumentFormat;
import it.pianozona.core.model.Plan;
import it.pianozona.core.validation.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many plans through a small heap: each worker generates a plan document, reads, validates and
 * scores it, and lets it go, one at a time, so that memory stays flat however many plans pass.
 * run.sh starts it with -Xmx64m; an OutOfMemoryError would end the run without a result.
 *
 * <p>Arguments: the number of plans, the format (json or yaml), the result file.
 */
public final class StreamRun {

  private StreamRun() {}

  public static void main(String[] args) throws Exception {
    int count = Integer.parseInt(args[0]);
    DocumentFormat format = Inputs.format(args[1]);
    Path out = Path.of(args[2]);
    PianoZona pz = PianoZona.create();
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    HeapWatch heap = new HeapWatch();
    AtomicLong validateNanos = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    AtomicLong interventions = new AtomicLong();
    heap.reset();
    long cpuStart = CpuTime.processNanos();
    long start = System.nanoTime();
    List<Future<Integer>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int worker = t;
      futures.add(
          pool.submit(
              () -> {
                int errors = 0;
                for (int i = worker; i < count; i += threads) {
                  Plan generated =
                      GenerateInputs.batchPlan(
                          1 + i / GenerateInputs.CYCLES, 1 + i % GenerateInputs.CYCLES);
                  byte[] document = SyntheticPlans.document(generated, format);
                  long t0 = System.nanoTime();
                  Evaluation e =
                      pz.evaluate(pz.reader().read("stream-" + i, document, format).plan());
                  validateNanos.addAndGet(System.nanoTime() - t0);
                  bytes.addAndGet(document.length);
                  interventions.addAndGet(generated.interventions().size());
                  errors +=
                      (int)
                          e.report().findings().stream()
                              .filter(f -> f.severity() == Severity.ERROR)
                              .count();
                }
                return errors;
              }));
    }
    int errors = 0;
    for (Future<Integer> f : futures) {
      errors += f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (CpuTime.processNanos() - cpuStart) / 1e9;
    pool.shutdown();
    ObjectNode result = Results.object();
    result.put("plans", count);
    result.put("format", args[1]);
    result.put("threads", threads);
    result.put("maxHeapBytes", HeapWatch.maxHeapBytes());
    result.put("seconds", seconds);
    result.put("cpuSeconds", cpuSeconds);
    result.put("plansPerSecond", count / seconds);
    result.put("validateSeconds", validateNanos.get() / 1e9);
    result.put("documentBytes", bytes.get());
    result.put("interventions", interventions.get());
    result.put("errorFindings", errors);
    result.put("peakHeapBytes", heap.peakBytes());
    result.put("maxHeapAfterGcBytes", heap.maxAfterGcBytes());
    result.put("collections", heap.collections());
    result.put("gcMillis", heap.gcMillis());
    Results.write(out, result);
    System.out.printf(
        "stream: %d %s plans in %.1f s with a %d MB heap, peak %d MB, max after GC"
            + " %d MB, %d collections%n",
        count,
        args[1],
        seconds,
        HeapWatch.maxHeapBytes() >> 20,
        heap.peakBytes() >> 20,
        heap.maxAfterGcBytes() >> 20,
        heap.collections());
  }
}
