package it.pianozona.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.framework.Framework;
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
import java.util.Map;
import java.util.Optional;

/**
 * The machine-readable report of a validated and scored plan, as JSON. Its field names are a
 * public contract ({@code plan}, {@code framework}, {@code findings[].code}, {@code severity},
 * {@code pointer}, {@code message}, {@code legalBasis}, {@code score.total},
 * {@code score.criteria}); {@code reportVersion} changes when a field changes meaning.
 *
 * @since 0.1
 */
public final class ReportJson {

  /** The version of the report's format. */
  public static final int REPORT_VERSION = 1;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Parsing PARSING = new Parsing(ReadLimits.DEFAULT);

  private ReportJson() {}

  /**
   * The report as pretty-printed JSON.
   *
   * @param document the document the plan was read from, for line and column; may be empty
   */
  public static String write(Plan plan, Optional<PlanDocument> document, Framework framework,
      ValidationReport report, Score score, Language language) {
    try {
      return PARSING.mapper(DocumentFormat.JSON).writer()
          .with(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(tree(plan, document, framework, report, score, language));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report of " + plan.id(), e);
    }
  }

  /** The score alone, with the plan and framework it belongs to, as pretty-printed JSON. */
  public static String writeScore(Plan plan, Optional<PlanDocument> document,
      Framework framework, Score score, Language language) {
    ObjectNode root = NODES.objectNode();
    root.put("reportVersion", REPORT_VERSION);
    root.put("language", language.code());
    planAndFramework(root, plan, document, framework);
    root.set("score", score(score, language));
    try {
      return PARSING.mapper(DocumentFormat.JSON).writer()
          .with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the score of " + plan.id(), e);
    }
  }

  private static void planAndFramework(ObjectNode root, Plan plan,
      Optional<PlanDocument> document, Framework framework) {
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
  }

  private static ObjectNode score(Score score, Language language) {
    ObjectNode s = NODES.objectNode();
    s.put("total", score.total());
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
      n.set("basis", legalBasis(c.basis()));
      c.rationale().ifPresent(r -> n.put("rationale", r));
    }
    return s;
  }

  static ObjectNode tree(Plan plan, Optional<PlanDocument> document, Framework framework,
      ValidationReport report, Score score, Language language) {
    ObjectNode root = NODES.objectNode();
    root.put("reportVersion", REPORT_VERSION);
    root.put("language", language.code());
    planAndFramework(root, plan, document, framework);

    Map<Pointer, TextPosition> positions = document
        .map(d -> d.positions(report.findings().stream().map(Finding::pointer).toList()))
        .orElse(Map.of());
    ArrayNode findings = root.putArray("findings");
    for (Finding finding : report.findings()) {
      ObjectNode n = findings.addObject();
      n.put("code", finding.code());
      n.put("severity", finding.severity().name());
      n.put("pointer", finding.pointer().toString());
      TextPosition pos = positions.get(finding.pointer());
      if (pos != null) {
        n.put("line", pos.line());
        n.put("column", pos.column());
      }
      n.put("element", finding.location().element().toString());
      n.put("message", finding.message(language));
      n.set("legalBasis", legalBasis(finding.legalBasis()));
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("errors", report.count(Severity.ERROR));
    summary.put("warnings", report.count(Severity.WARNING));
    summary.put("infos", report.count(Severity.INFO));

    root.set("score", score(score, language));
    return root;
  }

  static ObjectNode legalBasis(LegalBasis basis) {
    ObjectNode n = NODES.objectNode();
    n.put("act", basis.act());
    if (!basis.article().isEmpty()) {
      n.put("article", basis.article());
    }
    basis.url().ifPresent(u -> n.put("url", u));
    basis.caveat().ifPresent(c -> n.put("caveat", c));
    return n;
  }
}
