package it.pianozona.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.io.DocumentFormat;
import it.pianozona.core.model.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Writes every generated benchmark input under a folder (benchmarks/target/inputs by run.sh): the
 * four sized plans in JSON and YAML, and the batch of 1,800 plans (600 ambiti x 3 cycles) in YAML,
 * with the SHA-256 of the sized documents so that a reader can check that a rerun measured the same
 * bytes.
 */
public final class GenerateInputs {

  /** Interventions of the sized plans. */
  static final List<Integer> SIZES = List.of(10, 100, 1_000, 10_000);

  static final int AMBITI = 600;
  static final int CYCLES = 3;

  private GenerateInputs() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "benchmarks/target/inputs");
    ObjectNode summary = Results.object();
    summary.put("seed", SyntheticPlans.SEED);
    ArrayNode sized = summary.putArray("sized");
    for (int size : SIZES) {
      Plan plan = SyntheticPlans.plan(size);
      for (DocumentFormat format : DocumentFormat.values()) {
        byte[] bytes = SyntheticPlans.document(plan, format);
        Path file =
            out.resolve("sized")
                .resolve("plan-" + size + "." + format.name().toLowerCase(Locale.ROOT));
        write(file, bytes);
        sized
            .addObject()
            .put("interventions", size)
            .put(
                "allocations",
                plan.interventions().stream().mapToInt(i -> i.allocations().size()).sum())
            .put("format", format.name().toLowerCase(Locale.ROOT))
            .put("bytes", bytes.length)
            .put("sha256", sha256(bytes));
      }
    }
    long batchBytes = 0;
    int plans = 0;
    for (int ambito = 1; ambito <= AMBITI; ambito++) {
      for (int cycle = 1; cycle <= CYCLES; cycle++) {
        // YAML, the format plans are written in (the bundled real plans are YAML).
        Plan plan = batchPlan(ambito, cycle);
        byte[] bytes = SyntheticPlans.document(plan, DocumentFormat.YAML);
        write(out.resolve("batch").resolve("yaml").resolve(plan.id() + ".yaml"), bytes);
        batchBytes += bytes.length;
        plans++;
      }
    }
    summary.put("batchPlans", plans);
    summary.put("batchBytesYaml", batchBytes);
    Results.write(out.resolve("inputs.json"), summary);
    System.out.println(
        "inputs: " + sized.size() + " sized documents and " + plans + " batch plans under " + out);
  }

  /**
   * The plan of one ambito and cycle: 20 to 60 interventions (a real plan has about 40). The
   * library ships one Puglia cycle (2022-2024), so the three cycles of an ambito are three
   * independently generated plans under that framework.
   */
  static Plan batchPlan(int ambito, int cycle) {
    long seed = SyntheticPlans.SEED * 31 + ambito * 7L + cycle;
    int interventions = 20 + (int) Math.floorMod(seed * 2_654_435_761L, 41L);
    return SyntheticPlans.plan(
        String.format("ambito-%03d-ciclo-%d", ambito, cycle), interventions, seed);
  }

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
