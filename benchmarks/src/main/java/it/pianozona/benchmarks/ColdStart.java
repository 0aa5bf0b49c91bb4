package it.pianozona.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line as a user feels it: {@code java -jar pianozona.jar validate FILE}, or the
 * launcher {@code pianozona validate FILE} (with its class-data archive), a new JVM each time,
 * timed from launch to exit. The launcher runs with {@code JAVA_HOME} set to this JVM, the one that
 * built its archive. Peak resident memory comes from GNU time ({@code /usr/bin/time -f %M}) when it
 * is installed, otherwise from the process's VmHWM in /proc, read until it exits (which can miss
 * the last milliseconds, and says so).
 *
 * <p>Arguments: the CLI jar or the launcher, the plan, the number of timed runs, the result file.
 */
public final class ColdStart {

  private static final Path GNU_TIME = Path.of("/usr/bin/time");

  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    Path tool = Path.of(args[0]);
    boolean launcher = !tool.toString().endsWith(".jar");
    Path plan = Path.of(args[1]);
    int runs = Integer.parseInt(args[2]);
    Path out = Path.of(args[3]);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        launcher
            ? List.of(tool.toString(), "validate", plan.toString())
            : List.of(java, "-jar", tool.toString(), "validate", plan.toString());
    boolean gnuTime = Files.isExecutable(GNU_TIME);
    Path rssFile = Files.createTempFile("pianozona-rss", ".txt");

    // Two untimed runs put the jar and the JDK in the page cache, as on any second use.
    for (int i = 0; i < 2; i++) {
      run(command, gnuTime, rssFile);
    }
    ObjectNode result = Results.object();
    result.put(
        "command",
        launcher
            ? String.join(" ", command)
            : String.join(
                " ", List.of("java", "-jar", tool.toString(), "validate", plan.toString())));
    result.put("rssMethod", gnuTime ? "GNU time %M" : "VmHWM polled from /proc (approximate)");
    ArrayNode wall = result.putArray("wallMillis");
    ArrayNode rss = result.putArray("peakRssKb");
    ArrayNode exits = result.putArray("exitCodes");
    ArrayNode cpu = result.putArray("cpuMillis");
    for (int i = 0; i < runs; i++) {
      long[] r = run(command, gnuTime, rssFile);
      wall.add(r[0] / 1e6);
      rss.add(r[1]);
      exits.add(r[2]);
      if (r[3] >= 0) {
        cpu.add(r[3]);
      }
    }
    Files.deleteIfExists(rssFile);
    Results.write(out, result);
    System.out.println("cold start: " + wall + " ms, peak RSS " + rss + " KB");
  }

  /** One run: wall nanoseconds, peak RSS in KB, exit code, CPU ms (user + system; -1 unknown). */
  private static long[] run(List<String> command, boolean gnuTime, Path rssFile)
      throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (gnuTime) {
      full.addAll(List.of(GNU_TIME.toString(), "-f", "%M %U %S", "-o", rssFile.toString()));
    }
    full.addAll(command);
    ProcessBuilder builder =
        new ProcessBuilder(full)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    long start = System.nanoTime();
    Process process = builder.start();
    long polled = 0;
    if (!gnuTime) {
      Path status = Path.of("/proc", Long.toString(process.pid()), "status");
      while (process.isAlive()) {
        polled = Math.max(polled, vmHwm(status));
        Thread.sleep(2);
      }
    }
    int exit = process.waitFor();
    long wall = System.nanoTime() - start;
    long rss = polled;
    long cpuMillis = -1;
    if (gnuTime) {
      // The last line is "maxRssKb userSeconds systemSeconds" (an earlier one may note the exit).
      String[] f =
          Files.readString(rssFile, StandardCharsets.UTF_8)
              .trim()
              .lines()
              .reduce((a, b) -> b)
              .orElse("0 0 0")
              .trim()
              .split("\\s+");
      rss = Long.parseLong(f[0]);
      cpuMillis = Math.round((Double.parseDouble(f[1]) + Double.parseDouble(f[2])) * 1000);
    }
    return new long[] {wall, rss, exit, cpuMillis};
  }

  private static long vmHwm(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // The process ended between two reads.
    }
    return 0;
  }
}
