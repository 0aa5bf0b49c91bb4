package it.pianozona.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU time per operation of the JMH benchmark's measured iterations: the benchmark thread's own CPU
 * time, and the whole process's (the benchmark thread, the garbage collector, the JIT compiler),
 * each divided by the operations of the iteration. Written to benchmarks/target/results/cpu/ for
 * {@link Report}.
 */
final class CpuTime {

  static final Path FOLDER = Path.of("benchmarks", "target", "results", "cpu");

  private final List<Double> microsPerOp = new ArrayList<>();
  private final List<Double> threadMicrosPerOp = new ArrayList<>();

  /** How the warm-up ended: stable or not, after how many batches and seconds, its last spread. */
  private boolean stable;

  private int batches;
  private double seconds;
  private double spreadPercent;
  private double boundSeconds;

  static long processNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** CPU nanoseconds of the calling thread. */
  static long threadNanos() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  void warmedUp(
      boolean stable, int batches, double seconds, double spreadPercent, double boundSeconds) {
    this.stable = stable;
    this.boundSeconds = boundSeconds;
    this.batches = batches;
    this.seconds = seconds;
    this.spreadPercent = spreadPercent;
  }

  void add(double processMicros, double threadMicros) {
    microsPerOp.add(processMicros);
    threadMicrosPerOp.add(threadMicros);
  }

  void write(String method, String input, String format) {
    ObjectNode node = Results.object();
    node.put("method", method).put("input", input).put("format", format);
    ArrayNode values = node.putArray("cpuMicrosPerOp");
    microsPerOp.forEach(values::add);
    ArrayNode thread = node.putArray("threadCpuMicrosPerOp");
    threadMicrosPerOp.forEach(thread::add);
    ObjectNode warmUp = node.putObject("warmUp");
    warmUp.put("stable", stable);
    warmUp.put("batches", batches);
    warmUp.put("seconds", seconds);
    warmUp.put("spreadPercent", spreadPercent);
    warmUp.put("boundSeconds", boundSeconds);
    Results.write(FOLDER.resolve(key(method, input, format) + ".json"), node);
  }

  static String key(String method, String input, String format) {
    return (method + "-" + input + "-" + format).replaceAll("[^A-Za-z0-9.-]", "_");
  }
}
