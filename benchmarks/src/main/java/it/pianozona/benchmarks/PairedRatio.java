package it.pianozona.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * An experiment, not yet part of run.sh: a ratio measured with its two contenders in the same
 * seconds. On a virtual machine whose CPU speed changes from second to second, a ratio of two JMH
 * forks run a minute apart moves by up to 1.6 times (see the analysis in BENCHMARKS.md). Here, in
 * one JVM, the two run in turn in short slices of the benchmark thread's CPU time, in groups A B B
 * A, so that a steady drift across a group cancels; each group gives one ratio, (B1 + B2) / (A1 +
 * A2), and their median and range are written.
 *
 * <p>Caveats: both contenders share one JVM, so Jackson's code is profiled for both (pianozona
 * reads through Jackson's parser too); the thread's CPU clock is read after every operation, about
 * a microsecond against operations of 50 us and more.
 *
 * <p>Arguments: input (interventions or a plan's path), format, the numerator's method ({@code
 * pianozona}, {@code pianozonaRead} or {@code schemaValidator}), warm-up seconds of each contender,
 * groups, slice milliseconds, result file. The denominator is Jackson's tree, as in the
 * side-by-side benchmark.
 */
public final class PairedRatio {

  private PairedRatio() {}

  public static void main(String[] args) {
    String input = args[0];
    String format = args[1];
    String method = args[2];
    if (!List.of("pianozona", "pianozonaRead", "schemaValidator").contains(method)) {
      System.err.println(
          "PairedRatio: the method is pianozona, pianozonaRead or schemaValidator, not " + method);
      System.exit(2);
    }
    double warmSeconds = Double.parseDouble(args[3]);
    int groups = Integer.parseInt(args[4]);
    long sliceNanos = (long) (Double.parseDouble(args[5]) * 1e6);
    Path out = Path.of(args[6]);

    ReadValidateScoreBenchmark limit = contender(input, format, "jacksonTree");
    ReadValidateScoreBenchmark measured = contender(input, format, method);
    Runnable a = limit::jacksonTree;
    Runnable b =
        switch (method) {
          case "pianozona" -> measured::pianozona;
          case "pianozonaRead" -> measured::pianozonaRead;
          default -> measured::schemaValidator;
        };

    // Warm-up: slices in turn until each contender has run for the warm-up's CPU seconds.
    double warmA = 0;
    double warmB = 0;
    while (warmA < warmSeconds * 1e9 || warmB < warmSeconds * 1e9) {
      warmA += slice(a, sliceNanos)[1];
      warmB += slice(b, sliceNanos)[1];
    }
    double[] ratios = new double[groups];
    double[] limitMicros = new double[groups];
    double[] measuredMicros = new double[groups];
    for (int k = 0; k < groups; k++) {
      double[] a1 = slice(a, sliceNanos);
      double[] b1 = slice(b, sliceNanos);
      double[] b2 = slice(b, sliceNanos);
      double[] a2 = slice(a, sliceNanos);
      double perOpA = (a1[1] + a2[1]) / (a1[0] + a2[0]);
      double perOpB = (b1[1] + b2[1]) / (b1[0] + b2[0]);
      limitMicros[k] = perOpA / 1e3;
      measuredMicros[k] = perOpB / 1e3;
      ratios[k] = perOpB / perOpA;
    }
    ObjectNode node = Results.object();
    node.put("input", input).put("format", format).put("method", method);
    node.put("warmUpSeconds", warmSeconds)
        .put("groups", groups)
        .put("sliceMillis", sliceNanos / 1e6);
    put(node, "ratio", ratios);
    put(node, "jacksonTreeMicros", limitMicros);
    put(node, method + "Micros", measuredMicros);
    Results.write(out, node);
    System.out.printf(
        "%s %s %s/jacksonTree: median %.2fx [%.2f - %.2f] over %d groups; jacksonTree %.0f us [%.0f"
            + " - %.0f], %s %.0f us [%.0f - %.0f]%n",
        input,
        format,
        method,
        Results.median(ratios),
        Results.min(ratios),
        Results.max(ratios),
        groups,
        Results.median(limitMicros),
        Results.min(limitMicros),
        Results.max(limitMicros),
        method,
        Results.median(measuredMicros),
        Results.min(measuredMicros),
        Results.max(measuredMicros));
  }

  private static ReadValidateScoreBenchmark contender(String input, String format, String method) {
    ReadValidateScoreBenchmark b = new ReadValidateScoreBenchmark();
    b.input = input;
    b.format = format;
    b.prepare("ReadValidateScoreBenchmark." + method);
    return b;
  }

  /**
   * Runs the operation for at least the slice's thread CPU time: the operations run and the CPU
   * nanoseconds they took.
   */
  private static double[] slice(Runnable operation, long sliceNanos) {
    long t0 = CpuTime.threadNanos();
    long spent;
    int ops = 0;
    do {
      operation.run();
      ops++;
      spent = CpuTime.threadNanos() - t0;
    } while (spent < sliceNanos);
    return new double[] {ops, spent};
  }

  private static void put(ObjectNode node, String name, double[] values) {
    ArrayNode array = node.putArray(name);
    Arrays.stream(values).forEach(array::add);
  }
}
