package it.pianozona.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import it.pianozona.core.PianoZona;
import it.pianozona.core.io.DocumentException;
import it.pianozona.core.io.DocumentFormat;
import it.pianozona.core.io.DocumentProblem;
import it.pianozona.core.io.PlanDocument;
import it.pianozona.core.text.Language;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Hostile documents of about a megabyte each, built from a bundled real plan: how long pianozona
 * takes to refuse them, or to read, validate and score them, per megabyte (issue 12's target is
 * under one second per megabyte). In-process, after warm-up runs, on one thread's CPU time.
 *
 * <p>Arguments: the real plan (YAML), the number of timed runs per document, the result file.
 */
public final class HostileRun {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int TARGET_BYTES = 1 << 20;

  private HostileRun() {}

  public static void main(String[] args) throws Exception {
    JsonNode base = new YAMLMapper().readTree(Files.readAllBytes(Path.of(args[0])));
    int runs = Integer.parseInt(args[1]);
    Path out = Path.of(args[2]);
    PianoZona pz = PianoZona.create();

    ObjectNode result = Results.object();
    result.put("plan", args[0]);
    result.put("runs", runs);
    ArrayNode rows = result.putArray("documents");
    for (Map.Entry<String, byte[]> doc : documents(base).entrySet()) {
      byte[] content = doc.getValue();
      String outcome = outcome(pz, content);
      for (int i = 0; i < 3; i++) {
        outcome(pz, content); // warm-up
      }
      ArrayNode millisPerMib = NODES.arrayNode();
      for (int i = 0; i < runs; i++) {
        long start = CpuTime.threadNanos();
        outcome(pz, content);
        double ms = (CpuTime.threadNanos() - start) / 1e6;
        millisPerMib.add(ms * TARGET_BYTES / content.length);
      }
      ObjectNode row = rows.addObject();
      row.put("name", doc.getKey());
      row.put("bytes", content.length);
      row.put("outcome", outcome);
      row.set("cpuMillisPerMib", millisPerMib);
      System.out.println(
          "hostile: "
              + doc.getKey()
              + " "
              + content.length
              + " bytes: "
              + outcome
              + ", ms/MiB "
              + millisPerMib);
    }
    Results.write(out, result);
  }

  /** Reads (and, when readable, validates and scores) a document; what came of it, in short. */
  static String outcome(PianoZona pz, byte[] content) {
    try {
      PlanDocument d = pz.reader().read("hostile.json", content, DocumentFormat.JSON);
      var e = pz.evaluate(d.plan());
      return "read: " + e.report().findings().size() + " findings";
    } catch (DocumentException e) {
      DocumentProblem first = e.problems().get(0);
      String said = first.code() + " " + first.message(Language.EN).replaceAll("\\s+", " ");
      return "refused: "
          + e.problems().size()
          + " problem(s), first: "
          + said.substring(0, Math.min(80, said.length()));
    } catch (RuntimeException e) {
      return "FAILED: " + e;
    }
  }

  /** The hostile documents, each about a megabyte, by name. */
  static Map<String, byte[]> documents(JsonNode base) throws Exception {
    Map<String, byte[]> docs = new LinkedHashMap<>();
    docs.put("valid plan grown to 1 MiB (for comparison)", grow(base, i -> i));
    docs.put("amounts with a billion-digit exponent", grow(base, i -> amounts(i, "1e999999999")));
    docs.put(
        "amounts that together pass any budget", grow(base, i -> amounts(i, "60000000000000")));
    docs.put("negative amounts (one problem each)", grow(base, i -> amounts(i, "-1")));
    docs.put(
        "ids with zero-width spaces (one problem each)",
        grow(base, i -> ((ObjectNode) i).put("id", i.get("id").asText() + "\u200b")));
    docs.put(
        "titles in decomposed Unicode (NFD)",
        grow(base, i -> ((ObjectNode) i).put("title", "Caffe\u0300 e societa\u0300")));
    docs.put(
        "unknown keys with near misses (a suggestion each)",
        grow(base, i -> ((ObjectNode) i).put("allocatons", "x")));
    docs.put("texts at the length limit", longTexts(base));
    docs.put("nesting past the limit at the end", deepAtEnd(base));
    docs.put("valid plan with 64 bytes changed to printable ASCII", flipped(grow(base, i -> i)));
    return docs;
  }

  private static JsonNode amounts(JsonNode intervention, String amount) {
    for (JsonNode a : intervention.path("allocations")) {
      ((ObjectNode) a).put("amount", new BigDecimal(amount));
    }
    return intervention;
  }

  /** The plan with its interventions repeated (ids kept unique) up to about a megabyte. */
  private static byte[] grow(JsonNode base, UnaryOperator<JsonNode> edit) throws Exception {
    ObjectNode plan = base.deepCopy();
    ArrayNode original = (ArrayNode) base.get("interventions");
    ArrayNode grown = plan.putArray("interventions");
    ObjectMapper json = new ObjectMapper();
    int size = json.writeValueAsBytes(plan).length;
    for (int n = 0; size < TARGET_BYTES; n++) {
      ObjectNode copy = original.get(n % original.size()).deepCopy();
      copy.put("id", copy.get("id").asText() + "-" + n);
      JsonNode edited = edit.apply(copy);
      grown.add(edited);
      size += json.writeValueAsBytes(edited).length + 1;
    }
    return json.writeValueAsBytes(plan);
  }

  private static byte[] longTexts(JsonNode base) throws Exception {
    String text = "a".repeat(99_000);
    return grow(base, i -> ((ObjectNode) i).put("description", text));
  }

  private static byte[] deepAtEnd(JsonNode base) throws Exception {
    String valid = new String(grow(base, i -> i), StandardCharsets.UTF_8);
    String deep = "[".repeat(200) + "]".repeat(200);
    return (valid.substring(0, valid.length() - 1) + ",\"annotazioni\":" + deep + "}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] flipped(byte[] content) {
    byte[] copy = content.clone();
    Random random = new Random(12);
    for (int i = 0; i < 64; i++) {
      // Printable ASCII, so that the text stays UTF-8 and the parser and binder meet the damage.
      copy[random.nextInt(copy.length)] = (byte) (32 + random.nextInt(95));
    }
    return copy;
  }
}
