package it.pianozona.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.CheckedPlan;
import it.pianozona.core.config.Tuning;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.io.PlanDocument;
import it.pianozona.core.io.TextPosition;
import it.pianozona.core.model.Plan;
import it.pianozona.core.scoring.CriterionScore;
import it.pianozona.core.scoring.Score;
import it.pianozona.core.text.Language;
import it.pianozona.core.text.Message;
import it.pianozona.core.validation.Finding;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.Pointer;
import it.pianozona.core.validation.Severity;
import it.pianozona.core.validation.ValidationReport;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The machine-readable report of validated and scored plans, as JSON. Its field names are a public
 * contract ({@code plan}, {@code framework}, {@code findings[].code}, {@code severity}, {@code
 * pointer}, {@code message}, {@code legalBasis}, {@code score.total}, {@code score.criteria}),
 * described by the schema {@link Reports#reportSchema()} returns; {@link
 * Reports#JSON_REPORT_VERSION} changes when a field changes meaning.
 */
final class JsonReport {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonReport() {}

  /** One plan's report, or an array of them for several plans. */
  static String write(List<CheckedPlan> plans, Language language) {
    return write(plans, language, Baseline.NONE);
  }

  /** As {@link #write(List, Language)}, each finding compared with the baseline. */
  static String write(List<CheckedPlan> plans, Language language, Baseline baseline) {
    List<ObjectNode> trees =
        plans.stream()
            .map(
                c ->
                    tree(
                        c.evaluation().plan(),
                        Optional.of(c.document()),
                        c.evaluation().framework(),
                        c.evaluation().report(),
                        c.evaluation().score(),
                        c.evaluation().tuning(),
                        language,
                        baseline.compare(c.evaluation())))
            .toList();
    return trees.size() == 1 ? pretty(trees.get(0)) : array(trees);
  }

  /** The score alone of each plan, with the plan and framework it belongs to. */
  static String writeScore(List<CheckedPlan> plans, Language language) {
    List<ObjectNode> trees =
        plans.stream()
            .map(
                c -> {
                  ObjectNode root = NODES.objectNode();
                  root.put("reportVersion", Reports.JSON_REPORT_VERSION);
                  root.put("language", language.code());
                  planAndFramework(
                      root,
                      c.evaluation().plan(),
                      Optional.of(c.document()),
                      c.evaluation().framework());
                  configuration(root, c.evaluation().tuning());
                  root.set("score", score(c.evaluation().score(), language));
                  return root;
                })
            .toList();
    return trees.size() == 1 ? pretty(trees.get(0)) : array(trees);
  }

  /** Several documents as one array, each pretty-printed as it would be alone. */
  private static String array(List<ObjectNode> trees) {
    return "[\n" + String.join(",\n", trees.stream().map(JsonReport::pretty).toList()) + "\n]";
  }

  static String pretty(Object tree) {
    try {
      return MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON report", e);
    }
  }

  private static void planAndFramework(
      ObjectNode root, Plan plan, Optional<PlanDocument> document, Framework framework) {
    ObjectNode p = root.putObject("plan");
    p.put("id", plan.id());
    p.put("title", plan.title());
    p.put("region", plan.region().id());
    p.put("period", plan.period().toString());
    document.ifPresent(d -> p.put("file", d.source()));
    ObjectNode f = root.putObject("framework");
    f.put("id", framework.id());
    f.put("title", framework.title());
    f.put("validity", framework.validity().toString());
    f.put("catalogue", framework.catalogue().origin());
    f.put("catalogueStatus", framework.catalogue().status().id());
  }

  private static ObjectNode score(Score score, Language language) {
    ObjectNode s = NODES.objectNode();
    s.put("total", score.total());
    s.put("points", score.points());
    s.put("applicableWeight", score.applicableWeight());
    s.put("totalWeight", score.totalWeight());
    ArrayNode left = s.putArray("notApplicable");
    score.notApplicable().forEach(c -> left.add(c.id()));
    s.put("summary", ScoreText.rescaling(score, language));
    ArrayNode criteria = s.putArray("criteria");
    for (CriterionScore c : score.criteria()) {
      ObjectNode n = criteria.addObject();
      n.put("id", c.id());
      n.put("name", c.name(language));
      n.put("weight", c.weight());
      n.put("points", c.points());
      n.put("applicable", c.applicable());
      ArrayNode evidence = n.putArray("evidence");
      for (Message m : c.evidence()) {
        evidence.add(m.render(language));
      }
      n.set("basis", legalBasis(c.basis(), language));
      c.rationale().ifPresent(r -> n.put("rationale", r.render(language)));
      n.set("weightBasis", ScoreText.weightBasisJson(c.weightBasis(), language));
    }
    return s;
  }

  static ObjectNode tree(
      Plan plan,
      Optional<PlanDocument> document,
      Framework framework,
      ValidationReport report,
      Score score,
      Language language) {
    return tree(
        plan, document, framework, report, score, Tuning.NONE, language, Baseline.Comparison.NONE);
  }

  /** What the project configuration changed, when it changed anything. */
  private static void configuration(ObjectNode root, Tuning tuning) {
    if (!tuning.isEmpty()) {
      root.set("configuration", TuningText.json(tuning));
    }
  }

  /**
   * The report of one plan. Every finding has its {@code fingerprint}; a suppressed one its {@code
   * suppression}; a re-graded one its {@code declaredSeverity}; with a baseline, each its {@code
   * baselineState} and the plan the baseline's findings now gone ({@code absent}).
   */
  static ObjectNode tree(
      Plan plan,
      Optional<PlanDocument> document,
      Framework framework,
      ValidationReport report,
      Score score,
      Tuning tuning,
      Language language,
      Baseline.Comparison comparison) {
    ObjectNode root = NODES.objectNode();
    root.put("reportVersion", Reports.JSON_REPORT_VERSION);
    root.put("language", language.code());
    planAndFramework(root, plan, document, framework);
    configuration(root, tuning);

    Map<Pointer, TextPosition> positions =
        document
            .map(d -> d.positions(report.findings().stream().map(Finding::pointer).toList()))
            .orElse(Map.of());
    ArrayNode findings = root.putArray("findings");
    for (int i = 0; i < report.findings().size(); i++) {
      Finding finding = report.findings().get(i);
      ObjectNode n = findings.addObject();
      n.put("code", finding.code());
      n.put("severity", finding.severity().name());
      finding
          .declaredSeverity()
          .filter(d -> d != finding.severity())
          .ifPresent(d -> n.put("declaredSeverity", d.name()));
      n.put("pointer", finding.pointer().toString());
      TextPosition pos = positions.get(finding.pointer());
      if (pos != null && pos.cell().isPresent()) {
        // A workbook has no lines: the cell, and its sheet apart for tools that filter by it.
        n.put("cell", pos.cell().get().toString());
        n.put("sheet", pos.cell().get().sheet());
      } else if (pos != null) {
        n.put("line", pos.line());
        n.put("column", pos.column());
      }
      n.put("element", finding.location().element().toString());
      n.put("message", finding.message(language));
      n.set("legalBasis", legalBasis(finding.legalBasis(), language));
      n.put("fingerprint", finding.fingerprint());
      finding
          .suppression()
          .ifPresent(
              s -> {
                ObjectNode sup = n.putObject("suppression");
                sup.put("reason", s.reason());
                s.by().ifPresent(b -> sup.put("by", b));
                s.date().ifPresent(d -> sup.put("date", d.toString()));
                sup.put("declaredIn", Marks.inPlan(s, plan) ? "plan" : "configuration");
              });
      comparison.state(i).ifPresent(st -> n.put("baselineState", st.id()));
    }
    if (comparison.compared()) {
      ArrayNode absent = root.putArray("absent");
      for (Baseline.Entry a : comparison.absent()) {
        ObjectNode n = absent.addObject();
        n.put("code", a.code());
        if (!a.severity().isEmpty()) {
          n.put("severity", a.severity());
        }
        n.put("pointer", a.pointer());
        n.put("element", a.element());
        n.put("fingerprint", a.fingerprint());
        n.put("message", a.message());
      }
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("errors", report.count(Severity.ERROR));
    summary.put("warnings", report.count(Severity.WARNING));
    summary.put("infos", report.count(Severity.INFO));
    long suppressed = report.findings().stream().filter(Finding::suppressed).count();
    if (suppressed > 0) {
      summary.put("suppressed", suppressed);
    }
    if (comparison.compared()) {
      summary.put("new", comparison.count(Baseline.State.NEW));
      summary.put("unchanged", comparison.count(Baseline.State.UNCHANGED));
      summary.put("absent", comparison.count(Baseline.State.ABSENT));
    }

    root.set("score", score(score, language));
    return root;
  }

  /** A legal basis as JSON, its caveat in the language (marked when it exists only in Italian). */
  static ObjectNode legalBasis(LegalBasis basis, Language language) {
    ObjectNode n = NODES.objectNode();
    n.put("act", basis.act());
    if (!basis.article().isEmpty()) {
      n.put("article", basis.article());
    }
    basis.url().ifPresent(u -> n.put("url", u));
    basis.caveat().ifPresent(c -> n.put("caveat", c.render(language)));
    return n;
  }
}
