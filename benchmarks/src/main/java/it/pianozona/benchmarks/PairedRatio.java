package it.pianozona.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * An experiment, not yet part of run.sh: a ratio measured with its two contenders in the same
 * seconds. On a virtual machine whose CPU speed changes from second to second, a ratio of two JMH
 * forks run a minute apart moves by up to 1.6 times (see the analysis in BENCHMARKS.md). Here, in
 * one JVM, the two run in turn in short slices of the benchmark thread's CPU time (in the order A B
 * B A, so that a drift within a pair cancels), and the ratio is that of each pair's two slices;
 * their median and range are written.
 *
 * <p>Arguments: input (interventions or a plan's path), format, the numerator's method ({@code
 * pianozona} or {@code schemaValidator}), warm-up seconds, pairs, slice milliseconds, result file.
 * The denominator is Jackson's tree, as in the side-by-side benchmark.
 */
public final class PairedRatio {

  private PairedRatio() {}

  public static void main(String[] args) {
    String input = args[0];
    String format = args[1];
    String method = args[2];
    double warmSeconds = Double.parseDouble(args[3]);
    int pairs = Integer.parseInt(args[4]);
    long sliceNanos = (long) (Double.parseDouble(args[5]) * 1e6);
    Path out = Path.of(args[6]);

    ReadValidateScoreBenchmark limit = contender(input, format, "jacksonTree");
    ReadValidateScoreBenchmark measured = contender(input, format, method);
    Runnable a = limit::jacksonTree;
    Runnable b = method.equals("schemaValidator") ? measured::schemaValidator : measured::pianozona;

    long warmEnd = System.nanoTime() + (long) (warmSeconds * 1e9);
    while (System.nanoTime() < warmEnd) {
      slice(a, sliceNanos);
      slice(b, sliceNanos);
    }
    double[] ratios = new double[pairs];
    double[] limitMicros = new double[pairs];
    double[] measuredMicros = new double[pairs];
    for (int k = 0; k < pairs; k++) {
      double ta;
      double tb;
      if (k % 2 == 0) {
        ta = slice(a, sliceNanos);
        tb = slice(b, sliceNanos);
      } else {
        tb = slice(b, sliceNanos);
        ta = slice(a, sliceNanos);
      }
      limitMicros[k] = ta / 1e3;
      measuredMicros[k] = tb / 1e3;
      ratios[k] = tb / ta;
    }
    ObjectNode node = Results.object();
    node.put("input", input).put("format", format).put("method", method);
    node.put("warmUpSeconds", warmSeconds).put("pairs", pairs).put("sliceMillis", sliceNanos / 1e6);
    put(node, "ratio", ratios);
    put(node, "jacksonTreeMicros", limitMicros);
    put(node, method + "Micros", measuredMicros);
    Results.write(out, node);
    System.out.printf(
        "%s %s %s/jacksonTree: median %.2fx [%.2f - %.2f] over %d pairs; jacksonTree %.0f us [%.0f"
            + " - %.0f], %s %.0f us [%.0f - %.0f]%n",
        input,
        format,
        method,
        Results.median(ratios),
        min(ratios),
        max(ratios),
        pairs,
        Results.median(limitMicros),
        min(limitMicros),
        max(limitMicros),
        method,
        Results.median(measuredMicros),
        min(measuredMicros),
        max(measuredMicros));
  }

  private static ReadValidateScoreBenchmark contender(String input, String format, String method) {
    ReadValidateScoreBenchmark b = new ReadValidateScoreBenchmark();
    b.input = input;
    b.format = format;
    b.prepare("ReadValidateScoreBenchmark." + method);
    return b;
  }

  /** Runs the operation for at least the slice's thread CPU time; CPU nanoseconds per operation. */
  private static double slice(Runnable operation, long sliceNanos) {
    long t0 = CpuTime.threadNanos();
    long spent;
    int ops = 0;
    do {
      operation.run();
      ops++;
      spent = CpuTime.threadNanos() - t0;
    } while (spent < sliceNanos);
    return (double) spent / ops;
  }

  private static void put(ObjectNode node, String name, double[] values) {
    ArrayNode array = node.putArray(name);
    Arrays.stream(values).forEach(array::add);
  }

  private static double min(double[] v) {
    return Arrays.stream(v).min().orElse(Double.NaN);
  }

  private static double max(double[] v) {
    return Arrays.stream(v).max().orElse(Double.NaN);
  }
}
