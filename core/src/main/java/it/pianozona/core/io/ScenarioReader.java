package it.pianozona.core.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.model.Plan;
import it.pianozona.core.validation.Pointer;
import it.pianozona.core.validation.Severity;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads golden scenario files: {@code scenario} (a name), {@code expect} ({@code framework}, {@code
 * score}, {@code findings: [{code, pointer, severity?, suppressed?}]}) and {@code plan}. Every
 * problem of the file, the plan's included, is located in the scenario file itself (line, column,
 * and a JSON Pointer such as {@code /plan/interventions/0/area}), as a plan document's are.
 *
 * @since 0.1
 */
public final class ScenarioReader {

  static final Shape SCENARIO =
      Shape.of("scenario").required("scenario").optional("expect").required("plan").build();

  static final Shape EXPECT =
      Shape.of("expect").required("framework").required("score").optional("findings").build();

  static final Shape EXPECTED_FINDING =
      Shape.of("expected-finding")
          .required("code")
          .required("pointer")
          .optional("severity")
          .optional("suppressed")
          .build();

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final PlanReader plans;

  private ScenarioReader(PlanReader plans) {
    this.plans = plans;
  }

  /** A reader whose plans are read with this plan reader's limits. */
  public static ScenarioReader of(PlanReader plans) {
    return new ScenarioReader(requireNonNull(plans, "plans"));
  }

  /**
   * Reads a scenario file; its extension decides the format (scenarios are usually YAML).
   *
   * @throws DocumentException listing every problem of the file, located
   */
  public ScenarioDocument read(Path file) {
    DocumentFormat format = PlanReader.formatOf(file, "document.scenario", false);
    return read(file.toString(), plans.bytes(file, "file.scenario"), format);
  }

  /**
   * Reads a scenario from memory.
   *
   * @param source how to name the document in problems, such as its file name
   * @throws DocumentException listing every problem of the document, located
   */
  public ScenarioDocument read(String source, byte[] content, DocumentFormat format) {
    if (content.length > plans.limits().maxDocumentBytes()) {
      throw new DocumentException(
          List.of(
              DocumentProblem.of(
                  source,
                  ProblemCode.DOCUMENT_TOO_LARGE,
                  content.length,
                  plans.limits().maxDocumentBytes())));
    }
    JsonNode tree = plans.parse(source, content, format, Wording.phrase("empty.scenario"));
    Problems problems = new Problems();
    NodeReader r = new NodeReader(problems);
    Pointer root = Pointer.ROOT;
    ObjectNode o = r.object(tree, root, SCENARIO);
    String name = null;
    Optional<ScenarioDocument.Expected> expected = Optional.empty();
    Plan plan = null;
    if (o != null) {
      name =
          o.has("scenario")
              ? r.text(o.get("scenario"), root.append("scenario"), "value.scenario-name")
              : null;
      if (o.has("expect")) {
        expected = Optional.ofNullable(expected(r, o.get("expect"), root.append("expect")));
      }
      if (o.has("plan")) {
        Problems ofPlan = new Problems();
        plan = new PlanBinder(ofPlan, plans.limits()).bind(o.get("plan"));
        problems.addAll(ofPlan, root.append("plan"));
      }
    }
    if (name == null || plan == null || !problems.isEmpty()) {
      throw problems.located(source, plans.parsing(), format, content, Wording.shape(SCENARIO));
    }
    PlanDocument document =
        new PlanDocument(source, format, content, plan, plans.parsing(), root.append("plan"));
    return new ScenarioDocument(source, name, expected, document);
  }

  private static ScenarioDocument.Expected expected(NodeReader r, JsonNode node, Pointer at) {
    ObjectNode o = r.object(node, at, EXPECT);
    if (o == null) {
      return null;
    }
    String framework =
        o.has("framework")
            ? r.text(o.get("framework"), at.append("framework"), "value.framework-id")
            : null;
    BigDecimal score =
        o.has("score")
            ? r.decimal(o.get("score"), at.append("score"), "value.score", HUNDRED)
            : null;
    List<ScenarioDocument.ExpectedFinding> findings = new ArrayList<>();
    boolean allRead = true;
    List<JsonNode> list =
        r.list(o.get("findings"), at.append("findings"), "value.expected-findings");
    for (int i = 0; i < list.size(); i++) {
      ScenarioDocument.ExpectedFinding f = finding(r, list.get(i), at.append("findings", i));
      if (f == null) {
        allRead = false;
      } else {
        findings.add(f);
      }
    }
    if (framework == null || score == null || !allRead) {
      return null;
    }
    return new ScenarioDocument.Expected(framework, score, findings, at);
  }

  private static ScenarioDocument.ExpectedFinding finding(NodeReader r, JsonNode node, Pointer at) {
    ObjectNode o = r.object(node, at, EXPECTED_FINDING);
    if (o == null) {
      return null;
    }
    String code =
        o.has("code") ? r.text(o.get("code"), at.append("code"), "value.rule-code") : null;
    Pointer pointer = o.has("pointer") ? pointer(r, o.get("pointer"), at.append("pointer")) : null;
    Optional<Severity> severity = Optional.empty();
    boolean severityRead = true;
    if (o.has("severity")) {
      severity = severity(r, o.get("severity"), at.append("severity"));
      severityRead = severity.isPresent();
    }
    Optional<Boolean> suppressed =
        o.has("suppressed") ? Optional.of(r.flag(o, "suppressed", at)) : Optional.empty();
    boolean suppressedRead = !o.has("suppressed") || o.get("suppressed").isBoolean();
    if (code == null || pointer == null || !severityRead || !suppressedRead) {
      return null;
    }
    return new ScenarioDocument.ExpectedFinding(code, pointer, severity, suppressed, at);
  }

  /** A JSON Pointer into the plan: empty for the plan itself, else starting with a slash. */
  private static Pointer pointer(NodeReader r, JsonNode node, Pointer at) {
    if (node != null && node.isTextual() && node.textValue().isEmpty()) {
      return Pointer.ROOT;
    }
    String text = r.text(node, at, "value.finding-pointer");
    if (text == null) {
      return null;
    }
    if (!text.startsWith("/")) {
      r.problem(at, ProblemCode.BAD_FINDING_POINTER, NodeReader.printable(text));
      return null;
    }
    return Pointer.parse(text);
  }

  private static Optional<Severity> severity(NodeReader r, JsonNode node, Pointer at) {
    String text = r.text(node, at, "value.severity");
    if (text == null) {
      return Optional.empty();
    }
    List<String> names = Arrays.stream(Severity.values()).map(Severity::name).toList();
    String upper = text.toUpperCase(Locale.ROOT);
    if (names.contains(upper)) {
      return Optional.of(Severity.valueOf(upper));
    }
    r.problem(
        at,
        ProblemCode.BAD_SEVERITY,
        NodeReader.printable(text),
        NodeReader.didYouMean(upper, names));
    return Optional.empty();
  }
}
