package it.pianozona.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.CheckedPlan;
import it.pianozona.core.Evaluation;
import it.pianozona.core.config.Tuning;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.io.DocumentFormat;
import it.pianozona.core.io.PlanDocument;
import it.pianozona.core.io.TextPosition;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.Finding;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.Pointer;
import it.pianozona.core.validation.RuleDescriptor;
import it.pianozona.core.validation.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The findings as a SARIF 2.1.0 log, the format code-scanning tools and editors read: one result
 * per finding, located by line and column in the plan document and, logically, by its JSON Pointer;
 * every rule described with what it checks, how to fix it and its legal basis.
 */
final class SarifReport {

  /** The schema the log declares. */
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  /** Where to learn about the tool. */
  public static final String INFORMATION_URI = "https://github.com/pianozona/pianozona";

  private static final ObjectMapper JSON = new ObjectMapper();

  private SarifReport() {}

  /** The log of the given plans: one run, one artifact per document. */
  static String write(List<CheckedPlan> plans, Language language) {
    return write(plans, language, Baseline.NONE);
  }

  /**
   * As {@link #write(List, Language)}; every result has its {@code partialFingerprints}, a
   * suppressed one its {@code suppressions} (in source for the plan's own, external for the
   * configuration's), and with a baseline each its {@code baselineState}, the baseline's findings
   * now gone added as results whose state is {@code absent}.
   */
  static String write(List<CheckedPlan> plans, Language language, Baseline baseline) {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();

    // Rules: every rule of every framework used, once, in code order.
    Map<String, RuleDescriptor> descriptors = new TreeMap<>();
    Map<String, TreeSet<String>> frameworksOf = new TreeMap<>();
    for (CheckedPlan p : plans) {
      Framework f = p.evaluation().framework();
      for (Rule r : p.evaluation().rules()) {
        descriptors.putIfAbsent(r.descriptor().code(), r.descriptor());
        frameworksOf.computeIfAbsent(r.descriptor().code(), k -> new TreeSet<>()).add(f.id());
      }
    }
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "pianozona");
    driver.put("fullName", ReportModel.label(language, "toolFullName"));
    driver.put("version", Reports.version());
    driver.put("informationUri", INFORMATION_URI);
    ArrayNode ruleNodes = driver.putArray("rules");
    for (RuleDescriptor d : descriptors.values()) {
      ruleIndex.put(d.code(), ruleIndex.size());
      ruleNodes.add(rule(d, frameworksOf.get(d.code()), language));
    }
    // A finding of a rule no framework lists (such as the engine's own) still gets a rule.
    for (CheckedPlan p : plans) {
      for (Finding f : p.evaluation().report().findings()) {
        if (!ruleIndex.containsKey(f.code())) {
          ruleIndex.put(f.code(), ruleIndex.size());
          ObjectNode n = ruleNodes.addObject();
          n.put("id", f.code());
          n.putObject("shortDescription").put("text", f.code());
          n.putObject("defaultConfiguration").put("level", level(f.severity()));
          n.putObject("properties")
              .set("legalBasis", JsonReport.legalBasis(f.legalBasis(), language));
        }
      }
    }

    for (CheckedPlan p : plans) {
      for (Baseline.Entry a : baseline.compare(p.evaluation()).absent()) {
        if (!ruleIndex.containsKey(a.code())) {
          ruleIndex.put(a.code(), ruleIndex.size());
          ObjectNode n = ruleNodes.addObject();
          n.put("id", a.code());
          n.putObject("shortDescription").put("text", a.code());
        }
      }
    }

    run.put("language", language.code());
    run.put("columnKind", "unicodeCodePoints");
    ArrayNode artifacts = run.putArray("artifacts");
    ArrayNode results = run.putArray("results");
    ArrayNode planNodes = JSON.createArrayNode();
    for (int a = 0; a < plans.size(); a++) {
      CheckedPlan p = plans.get(a);
      PlanDocument document = p.document();
      Evaluation e = p.evaluation();
      ObjectNode artifact = artifacts.addObject();
      artifact.putObject("location").put("uri", uri(document.source()));
      if (document.format() == DocumentFormat.XLSX) {
        artifact.put(
            "mimeType", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      } else {
        artifact.put("sourceLanguage", document.format() == DocumentFormat.JSON ? "json" : "yaml");
      }
      artifact.put("roles", JSON.createArrayNode().add("analysisTarget"));
      ObjectNode planNode =
          planNodes
              .addObject()
              .put("id", e.plan().id())
              .put("file", document.source())
              .put("framework", e.framework().id())
              .put("score", e.score().total());
      if (!e.tuning().isEmpty()) {
        // What the project configuration changed, as the JSON report says it.
        planNode.set("configuration", TuningText.json(e.tuning()));
      }

      Map<Pointer, TextPosition> positions =
          document.positions(e.report().findings().stream().map(Finding::pointer).toList());
      Baseline.Comparison comparison = baseline.compare(e);
      List<Finding> findings = e.report().findings();
      for (int i = 0; i < findings.size(); i++) {
        Finding f = findings.get(i);
        ObjectNode result = results.addObject();
        result.put("ruleId", f.code());
        result.put("ruleIndex", ruleIndex.get(f.code()));
        result.put("level", level(f.severity()));
        result.putObject("message").put("text", sentence(f.message(language)));
        ObjectNode location = result.putArray("locations").addObject();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(document.source())).put("index", a);
        TextPosition pos = positions.get(f.pointer());
        if (pos != null && pos.line() > 0) {
          // For a workbook, the sheet's row and column, the sheet named in the region's properties.
          ObjectNode region = physical.putObject("region").put("startLine", pos.line());
          if (pos.column() > 0) {
            region.put("startColumn", pos.column());
          }
          pos.cell()
              .ifPresent(
                  c ->
                      region
                          .putObject("properties")
                          .put("sheet", c.sheet())
                          .put("cell", c.toString()));
        }
        location.putArray("logicalLocations").add(logicalLocation(f.pointer(), language));
        ObjectNode properties = result.putObject("properties");
        properties.put("plan", e.plan().id());
        properties.put("framework", e.framework().id());
        properties.put("pointer", f.pointer().toString());
        if (pos != null) {
          pos.cell().ifPresent(c -> properties.put("cell", c.toString()));
        }
        properties.put("element", f.location().element().toString());
        properties.set("legalBasis", JsonReport.legalBasis(f.legalBasis(), language));
        result.putObject("partialFingerprints").put(Finding.FINGERPRINT_VERSION, f.fingerprint());
        f.suppression()
            .ifPresent(
                s ->
                    result
                        .putArray("suppressions")
                        .addObject()
                        .put("kind", Marks.inPlan(s, e.plan()) ? "inSource" : "external")
                        .put("status", "accepted")
                        .put("justification", s.reason()));
        comparison.state(i).ifPresent(st -> result.put("baselineState", st.id()));
      }
      for (Baseline.Entry absent : comparison.absent()) {
        ObjectNode result = results.addObject();
        result.put("ruleId", absent.code());
        result.put("ruleIndex", ruleIndex.get(absent.code()));
        result.put("level", absentLevel(absent.severity()));
        result
            .putObject("message")
            .put("text", sentence(absent.message().isEmpty() ? absent.code() : absent.message()));
        // Gone from the document, it has no line there: located logically, by its old pointer.
        ObjectNode location = result.putArray("locations").addObject();
        Pointer pointer;
        try {
          pointer = Pointer.parse(absent.pointer());
        } catch (IllegalArgumentException bad) {
          pointer = Pointer.ROOT;
        }
        location.putArray("logicalLocations").add(logicalLocation(pointer, language));
        ObjectNode properties = result.putObject("properties");
        properties.put("plan", e.plan().id());
        properties.put("framework", e.framework().id());
        properties.put("pointer", absent.pointer());
        properties.put("element", absent.element());
        result
            .putObject("partialFingerprints")
            .put(Finding.FINGERPRINT_VERSION, absent.fingerprint());
        result.put("baselineState", Baseline.State.ABSENT.id());
      }
    }
    // SARIF's configuration overrides hold for a whole invocation: plans checked under different
    // rule settings (each with the configuration found for it) are one invocation each, and with
    // more than one every result says which through provenance.invocationIndex.
    Map<List<String>, List<CheckedPlan>> byTuning = new LinkedHashMap<>();
    for (CheckedPlan p : plans) {
      byTuning.computeIfAbsent(tuningKey(p), k -> new java.util.ArrayList<>()).add(p);
    }
    if (byTuning.isEmpty()) {
      byTuning.put(List.of(), List.of());
    }
    ArrayNode invocations = run.putArray("invocations");
    Map<String, Integer> invocationOfPlan = new java.util.HashMap<>();
    for (List<CheckedPlan> group : byTuning.values()) {
      ObjectNode invocation = invocations.addObject();
      invocation.put("executionSuccessful", true);
      overrides(group, ruleIndex).ifPresent(o -> invocation.set("ruleConfigurationOverrides", o));
      int index = invocations.size() - 1;
      group.forEach(p -> invocationOfPlan.put(p.evaluation().plan().id(), index));
    }
    if (invocations.size() > 1) {
      for (com.fasterxml.jackson.databind.JsonNode r : results) {
        Integer index = invocationOfPlan.get(r.path("properties").path("plan").asText());
        if (index != null) {
          ((ObjectNode) r).putObject("provenance").put("invocationIndex", index);
        }
      }
    }
    run.putObject("properties").set("plans", planNodes);
    try {
      return JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the SARIF log", e);
    }
  }

  /** What a plan's rules were run with: the same for plans that share one invocation. */
  private static List<String> tuningKey(CheckedPlan p) {
    return p.evaluation().tuning().rules().stream().map(r -> r.code() + " " + r.now()).toList();
  }

  /**
   * The rules the project configuration turned off or re-graded, as SARIF's configuration overrides
   * of the rules' default configuration: once per rule and change, whichever plans it applied to.
   */
  private static Optional<ArrayNode> overrides(
      List<CheckedPlan> plans, Map<String, Integer> ruleIndex) {
    ArrayNode out = JSON.createArrayNode();
    Set<String> seen = new HashSet<>();
    for (CheckedPlan p : plans) {
      for (Tuning.RuleChange r : p.evaluation().tuning().rules()) {
        String key = r.code() + " " + r.now();
        if (!ruleIndex.containsKey(r.code()) || !seen.add(key)) {
          continue;
        }
        ObjectNode o = out.addObject();
        o.putObject("descriptor").put("id", r.code()).put("index", ruleIndex.get(r.code()));
        ObjectNode configuration = o.putObject("configuration");
        if (r.now().isPresent()) {
          configuration.put("level", level(r.now().get()));
        } else {
          configuration.put("enabled", false);
        }
      }
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(out);
  }

  private static ObjectNode rule(RuleDescriptor d, TreeSet<String> frameworks, Language language) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", d.code());
    String title = d.title(language);
    String basis = ReportModel.label(language, "ruleBasis", citation(d.legalBasis(), language));
    String fix = ReportModel.label(language, "ruleFix", d.fix(language));
    n.putObject("shortDescription").put("text", sentence(title));
    n.putObject("fullDescription").put("text", sentence(title) + " " + sentence(basis));
    n.putObject("help")
        .put("text", sentence(fix) + " " + sentence(basis))
        .put(
            "markdown",
            Reports.escapeMarkdown(sentence(fix))
                + "\n\n"
                + Reports.escapeMarkdown(sentence(basis))
                + ReportModel.safeUrl(d.legalBasis().url()).map(u -> " <" + u + ">").orElse(""));
    ReportModel.safeUrl(d.legalBasis().url()).ifPresent(u -> n.put("helpUri", u));
    n.putObject("defaultConfiguration").put("level", level(d.severity()));
    ObjectNode properties = n.putObject("properties");
    properties.set("legalBasis", JsonReport.legalBasis(d.legalBasis(), language));
    ArrayNode list = properties.putArray("frameworks");
    frameworks.forEach(list::add);
    return n;
  }

  private static String citation(LegalBasis basis, Language language) {
    return basis.citation()
        + basis
            .caveat()
            .map(c -> " (" + ReportModel.label(language, "toVerify", c.render(language)) + ")")
            .orElse("");
  }

  /** SARIF wants messages to be sentences: ends one with a full stop where it lacks one. */
  static String sentence(String text) {
    String t = text.strip();
    return t.isEmpty() || t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
  }

  /** The level of a baseline's finding, by the severity name the baseline wrote. */
  private static String absentLevel(String severity) {
    for (Severity v : Severity.values()) {
      if (v.name().equals(severity)) {
        return level(v);
      }
    }
    return "none";
  }

  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static ObjectNode logicalLocation(Pointer pointer, Language language) {
    ObjectNode n = JSON.createObjectNode();
    List<String> tokens = pointer.tokens();
    if (tokens.isEmpty()) {
      return n.put("name", ReportModel.label(language, "wholeDocument"))
          .put("fullyQualifiedName", "")
          .put("kind", "object");
    }
    String last = tokens.get(tokens.size() - 1);
    boolean index = last.matches("\\d{1,9}");
    return n.put("name", last)
        .put("fullyQualifiedName", pointer.toString())
        .put("kind", index ? "value" : "property");
  }

  /** A URI reference for a document path: relative stays relative, absolute becomes file:. */
  static String uri(String source) {
    Path path = Path.of(source);
    if (path.isAbsolute()) {
      return path.toUri().toString();
    }
    try {
      return new URI(null, null, source.replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      return path.toAbsolutePath().toUri().toString();
    }
  }
}
