package it.pianozona.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import it.pianozona.core.CheckedPlan;
import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.io.DocumentException;
import it.pianozona.core.io.DocumentFormat;
import it.pianozona.core.io.DocumentProblem;
import it.pianozona.core.io.PlanDocument;
import it.pianozona.core.io.ProblemCode;
import it.pianozona.core.text.Language;
import it.pianozona.report.ReportFormat;
import it.pianozona.report.Reports;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile documents made by machine: the bundled plan with bytes flipped, and its tree mutated
 * where a byte flip never reaches (numbers with huge exponents, amounts that overflow together,
 * look-alike Unicode, wrong types, deep nesting, duplicated ids). Each is read or refused with
 * located problems, and a readable one is validated, scored and rendered in every format: no other
 * exception, ever.
 */
class FuzzProperties {

  static final PianoZona PZ = PianoZona.create();
  static final byte[] CASARANO = read(Path.of(PianoZonaCliTest.CASARANO));
  static final JsonNode TREE = tree();
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static JsonNode tree() {
    try {
      return new YAMLMapper().readTree(CASARANO);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Reads, and for a readable document evaluates and (when asked) renders every format. */
  static void readOrRefuse(byte[] content, DocumentFormat format, boolean render) {
    PlanDocument document;
    try {
      document = PZ.reader().read("fuzz." + format.name().toLowerCase(), content, format);
    } catch (DocumentException e) {
      assertFalse(e.problems().isEmpty(), "a refusal says why");
      e.problems().forEach(FuzzProperties::assertCodedInBothLanguages);
      return;
    }
    Evaluation e;
    try {
      e = PZ.evaluate(document.plan());
    } catch (it.pianozona.core.framework.FrameworkSelectionException noFramework) {
      return; // a mutated period or region that no framework covers: a clear, documented answer
    }
    if (render) {
      for (ReportFormat f : ReportFormat.values()) {
        for (Language language : Language.values()) {
          assertFalse(Reports.render(f, List.of(new CheckedPlan(document, e)), language).isEmpty());
        }
      }
    }
  }

  /** A refusal names the document, has a known code, and reads in Italian and in English. */
  static void assertCodedInBothLanguages(DocumentProblem p) {
    String it = p.render(Language.IT);
    String en = p.render(Language.EN);
    assertTrue(it.startsWith("fuzz."), it);
    assertTrue(ProblemCode.of(p.code()).isPresent(), it);
    assertTrue(it.contains(": " + p.code() + " ") && en.contains(": " + p.code() + " "), en);
    assertFalse(p.message(Language.IT).equals(p.message(Language.EN)), it);
    for (String text : List.of(it, en)) {
      assertFalse(UNRENDERED.matcher(text).find(), () -> "a phrase left as its key: " + text);
    }
  }

  /** How a message bundle shows a template it lacks: the key and its arguments. */
  static final Pattern UNRENDERED =
      Pattern.compile(
          "PZ-DOC-\\d{3}\\[|\\b(value|found|hint|shape|in|key|reason|document|file|empty|data|root)\\.[\\w.-]+\\[");

  @Property(tries = 5000)
  void aPlanWithBytesFlippedIsReadOrRefusedNeverThrown(@ForAll("flips") byte[] content) {
    readOrRefuse(content, DocumentFormat.YAML, false);
  }

  @Provide
  Arbitrary<byte[]> flips() {
    return Arbitraries.longs()
        .map(
            seed -> {
              Random random = new Random(seed);
              byte[] copy = CASARANO.clone();
              int flips = 1 + random.nextInt(8);
              for (int i = 0; i < flips; i++) {
                copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
              }
              return copy;
            });
  }

  @Property(tries = 400)
  void aPlanWithItsTreeMutatedIsReadOrRefusedAndEveryReportRenders(
      @ForAll("mutants") byte[] content) {
    readOrRefuse(content, DocumentFormat.JSON, true);
  }

  @Provide
  Arbitrary<byte[]> mutants() {
    return Arbitraries.longs().map(FuzzProperties::mutant);
  }

  /** The bundled plan's tree with one to four values replaced by hostile ones. */
  static byte[] mutant(long seed) {
    Random random = new Random(seed);
    JsonNode copy = TREE.deepCopy();
    int mutations = 1 + random.nextInt(4);
    for (int m = 0; m < mutations; m++) {
      List<JsonNode> containers = new ArrayList<>();
      collect(copy, containers);
      JsonNode target = containers.get(random.nextInt(containers.size()));
      if (target instanceof ObjectNode o && o.size() > 0) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        o.set(names.get(random.nextInt(names.size())), hostile(random, copy));
      } else if (target instanceof ArrayNode a && a.size() > 0) {
        int i = random.nextInt(a.size());
        if (random.nextInt(4) == 0) {
          a.add(a.get(i).deepCopy()); // a duplicate: the same id twice, amounts twice
        } else {
          a.set(i, hostile(random, copy));
        }
      }
    }
    try {
      return new ObjectMapper().writeValueAsBytes(copy);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.forEach(child -> collect(child, out));
    }
  }

  private static JsonNode hostile(Random random, JsonNode root) {
    return switch (random.nextInt(16)) {
      case 0 -> NODES.numberNode(new BigDecimal("1e999999999"));
      case 1 -> NODES.numberNode(new BigDecimal("1e-999999999"));
      case 2 -> NODES.numberNode(new BigDecimal("60000000000000"));
      case 3 -> NODES.numberNode(new BigDecimal("-1"));
      case 4 -> NODES.numberNode(new BigDecimal("99999999999999999999.999"));
      case 5 -> NODES.textNode("Caffe\u0300");
      case 6 -> NODES.textNode("\u00a0\u200b\u00a0");
      case 7 -> NODES.textNode("A1\u200b");
      case 8 -> NODES.textNode("\u202Eevil");
      case 9 -> NODES.textNode("x".repeat(1000));
      case 10 -> NODES.nullNode();
      case 11 -> NODES.booleanNode(true);
      case 12 -> NODES.arrayNode();
      case 13 -> NODES.objectNode();
      case 14 -> {
        JsonNode deep = NODES.arrayNode();
        for (int i = 0; i < 70; i++) {
          deep = NODES.arrayNode().add(deep);
        }
        yield deep;
      }
      default -> NODES.numberNode(random.nextInt(3000) - 1000);
    };
  }
}
