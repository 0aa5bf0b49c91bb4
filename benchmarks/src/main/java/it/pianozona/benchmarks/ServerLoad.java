package it.pianozona.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A bounded load on a running {@code pianozona serve}, over loopback only: a fixed number of
 * requests from a fixed number of clients (each its own HttpClient and connection), every bundled
 * plan in turn, as JSON and SARIF reports. Every answer must be 200 and byte for byte the report
 * the command line wrote for the same plan ({@code validate --format F --output}, run in the plans'
 * folder so the file is named as the upload names it). Latency percentiles, throughput, and the
 * server's peak resident memory (VmHWM, when its pid is given) go to a result file; any error or
 * difference fails the run (exit 1).
 *
 * <p>Arguments: the service's root URL (loopback), the plans folder, the folder of the command
 * line's reports ({@code NAME.json}, {@code NAME.sarif}), the number of requests, the number of
 * clients, the result file, and optionally the server's pid.
 */
public final class ServerLoad {

  private static final List<String> FORMATS = List.of("json", "sarif");

  private ServerLoad() {}

  record Plan(String name, byte[] content, String format, byte[] expected) {}

  public static void main(String[] args) throws Exception {
    URI root = URI.create(args[0]);
    if (!List.of("127.0.0.1", "localhost", "[::1]").contains(root.getHost())) {
      throw new IllegalArgumentException("load tests run on loopback only, not " + root);
    }
    Path plansDir = Path.of(args[1]);
    Path expectedDir = Path.of(args[2]);
    int requests = Integer.parseInt(args[3]);
    int clients = Integer.parseInt(args[4]);
    Path out = Path.of(args[5]);
    long pid = args.length > 6 ? Long.parseLong(args[6]) : -1;

    List<Plan> plans = new ArrayList<>();
    try (Stream<Path> files = Files.list(plansDir)) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        if (!name.matches(".*\\.(ya?ml|json|xlsx)")) {
          continue;
        }
        String base = name.substring(0, name.lastIndexOf('.'));
        String ext = name.substring(name.lastIndexOf('.') + 1);
        for (String format : FORMATS) {
          // Two bundled plans share a base name (the YAML and the workbook of Casarano).
          Path expected = expectedDir.resolve(base + "." + ext + "." + format);
          plans.add(new Plan(name, Files.readAllBytes(p), format, Files.readAllBytes(expected)));
        }
      }
    }
    long[] latencies = new long[requests];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger different = new AtomicInteger();
    AtomicLong bytes = new AtomicLong();
    List<String> firstProblems = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      running.add(
          pool.submit(
              () -> {
                HttpClient client =
                    HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
                for (int i; (i = next.getAndIncrement()) < requests; ) {
                  Plan plan = plans.get(i % plans.size());
                  long t0 = System.nanoTime();
                  try {
                    HttpResponse<byte[]> r =
                        client.send(request(root, plan), HttpResponse.BodyHandlers.ofByteArray());
                    latencies[i] = System.nanoTime() - t0;
                    bytes.addAndGet(r.body().length);
                    if (r.statusCode() != 200) {
                      errors.incrementAndGet();
                      note(
                          firstProblems, plan.name() + " " + plan.format() + ": " + r.statusCode());
                    } else if (!Arrays.equals(plan.expected(), r.body())) {
                      different.incrementAndGet();
                      note(
                          firstProblems,
                          plan.name() + " " + plan.format() + ": differs from the CLI");
                    }
                  } catch (IOException e) {
                    latencies[i] = System.nanoTime() - t0;
                    errors.incrementAndGet();
                    note(firstProblems, plan.name() + ": " + e);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                  }
                }
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    long wall = System.nanoTime() - start;
    pool.shutdown();

    long[] sorted = latencies.clone();
    Arrays.sort(sorted);
    ObjectNode result = Results.object();
    result.put("url", root.toString());
    result.put("requests", requests);
    result.put("clients", clients);
    result.put("plans", plans.size() / FORMATS.size());
    result.put("formats", String.join(", ", FORMATS));
    result.put("errors", errors.get());
    result.put("different", different.get());
    result.put("wallSeconds", wall / 1e9);
    result.put("requestsPerSecond", requests / (wall / 1e9));
    result.put("megabytesAnswered", bytes.get() / 1e6);
    for (double q : new double[] {0.5, 0.9, 0.99}) {
      result.put(
          String.format(Locale.ROOT, "p%02.0fMillis", q * 100),
          sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6);
    }
    result.put("maxMillis", sorted[sorted.length - 1] / 1e6);
    if (pid > 0) {
      result.put("serverPeakRssKb", vmHwm(pid));
      result.put("serverCommand", command(pid));
    }
    ArrayNode notes = result.putArray("problems");
    firstProblems.forEach(notes::add);
    Results.write(out, result);
    System.out.printf(
        Locale.ROOT,
        "server load: %d requests, %d clients, %d errors, %d different; %.0f req/s;"
            + " p50 %.1f ms, p99 %.1f ms, max %.1f ms%s%n",
        requests,
        clients,
        errors.get(),
        different.get(),
        requests / (wall / 1e9),
        result.get("p50Millis").asDouble(),
        result.get("p99Millis").asDouble(),
        result.get("maxMillis").asDouble(),
        pid > 0
            ? "; server peak RSS " + result.get("serverPeakRssKb").asLong() / 1024 + " MiB"
            : "");
    firstProblems.stream().limit(10).forEach(p -> System.out.println("  " + p));
    if (errors.get() > 0 || different.get() > 0) {
      System.exit(1);
    }
  }

  private static void note(List<String> problems, String problem) {
    if (problems.size() < 20) {
      problems.add(problem);
    }
  }

  private static HttpRequest request(URI root, Plan plan) {
    String boundary = "----pianozona-load";
    ByteArrayOutputStream body = new ByteArrayOutputStream(plan.content().length + 256);
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"plan\"; filename=\""
                + plan.name()
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(UTF_8));
    body.writeBytes(plan.content());
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(UTF_8));
    return HttpRequest.newBuilder(root.resolve("/v1/validate?format=" + plan.format()))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build();
  }

  private static long vmHwm(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }

  private static String command(long pid) throws IOException {
    byte[] raw = Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline"));
    return new String(raw, UTF_8).replace('\0', ' ').strip();
  }
}
