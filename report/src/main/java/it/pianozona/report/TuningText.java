package it.pianozona.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.config.ParameterOverride;
import it.pianozona.core.config.RuleSelector;
import it.pianozona.core.config.Tuning;
import it.pianozona.core.text.Formats;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.Finding;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the project configuration changed in an evaluation, as every report says it: the file, the
 * rules turned off or re-graded, the parameters replaced and the catalogue put in place of the
 * framework's, each with its reason. One wording for text, Markdown, HTML and SARIF, and one JSON
 * shape for the JSON report and SARIF; nothing at all when the check ran untuned, so that an
 * untuned report stays as it was.
 */
final class TuningText {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TuningText() {}

  /** The configuration as reports name it: its file, or "set in code". */
  static String file(Tuning tuning, Language language) {
    return tuning
        .file()
        .map(Path::toString)
        .orElseGet(() -> ReportModel.label(language, "configuration.inCode"));
  }

  /** One line per change, severities named by {@code severity}. */
  static List<String> lines(Tuning tuning, Language language, Function<Severity, String> severity) {
    List<String> lines = new ArrayList<>();
    for (Tuning.RuleChange r : tuning.rules()) {
      String what =
          r.now()
              .map(
                  now ->
                      ReportModel.label(
                          language,
                          "configuration.rule",
                          r.code(),
                          severity.apply(r.declared()),
                          severity.apply(now)))
              .orElseGet(
                  () ->
                      ReportModel.label(
                          language,
                          "configuration.ruleOff",
                          r.code(),
                          severity.apply(r.declared())));
      if (r.setting().selector().kind() == RuleSelector.Kind.TAG) {
        what +=
            " "
                + ReportModel.label(
                    language, "configuration.byTag", r.setting().selector().value());
      }
      lines.add(withReason(what, r.setting().reason(), language));
    }
    for (ParameterOverride p : tuning.parameters()) {
      String value = value(p, language);
      String what =
          p.validTo()
              .map(
                  to ->
                      ReportModel.label(
                          language,
                          "configuration.parameterTo",
                          p.id(),
                          value,
                          Formats.date(p.validFrom(), language),
                          Formats.date(to, language)))
              .orElseGet(
                  () ->
                      ReportModel.label(
                          language,
                          "configuration.parameter",
                          p.id(),
                          value,
                          Formats.date(p.validFrom(), language)));
      what +=
          "; " + ReportModel.label(language, "configuration.reference", reference(p).citation());
      lines.add(withReason(what, Optional.of(p.reason()), language));
    }
    tuning
        .catalogue()
        .ifPresent(c -> lines.add(ReportModel.label(language, "configuration.catalogue", c)));
    return lines;
  }

  /** "declared severity: WARNING, changed by the configuration", for a re-graded finding. */
  static Optional<String> declared(
      Finding finding, Language language, Function<Severity, String> severity) {
    return finding
        .declaredSeverity()
        .filter(d -> d != finding.severity())
        .map(d -> ReportModel.label(language, "configuration.declared", severity.apply(d)));
  }

  private static String withReason(String what, Optional<String> reason, Language language) {
    return reason
        .map(r -> what + " (" + ReportModel.label(language, "configuration.reason", r) + ")")
        .orElse(what);
  }

  private static String value(ParameterOverride p, Language language) {
    return p.value()
        .map(v -> Formats.number(v.value(), language))
        .orElseGet(() -> String.join(", ", p.codes().orElseThrow().codes()));
  }

  private static LegalBasis reference(ParameterOverride p) {
    return p.value().map(v -> v.reference()).orElseGet(() -> p.codes().orElseThrow().reference());
  }

  /**
   * The {@code configuration} object of the JSON report: {@code file}, {@code rules}, {@code
   * parameters}, {@code catalogue}.
   */
  static ObjectNode json(Tuning tuning) {
    ObjectNode n = NODES.objectNode();
    tuning.file().ifPresent(f -> n.put("file", f.toString()));
    ArrayNode rules = n.putArray("rules");
    for (Tuning.RuleChange r : tuning.rules()) {
      ObjectNode o = rules.addObject();
      o.put("code", r.code());
      o.put("declaredSeverity", r.declared().name());
      if (r.now().isPresent()) {
        o.put("severity", r.now().get().name());
      } else {
        o.put("off", true);
      }
      r.setting().reason().ifPresent(reason -> o.put("reason", reason));
      ObjectNode selector = o.putObject("selector");
      selector.put(
          r.setting().selector().kind() == RuleSelector.Kind.CODE ? "code" : "tag",
          r.setting().selector().value());
    }
    ArrayNode parameters = n.putArray("parameters");
    for (ParameterOverride p : tuning.parameters()) {
      ObjectNode o = parameters.addObject();
      o.put("id", p.id());
      p.framework().ifPresent(f -> o.put("framework", f));
      if (p.value().isPresent()) {
        o.put("value", p.value().get().value());
      } else {
        ArrayNode codes = o.putArray("codes");
        p.codes().orElseThrow().codes().forEach(codes::add);
      }
      o.put("validFrom", p.validFrom().toString());
      p.validTo().ifPresent(to -> o.put("validTo", to.toString()));
      o.put("reason", p.reason());
      o.put("reference", reference(p).citation());
    }
    tuning.catalogue().ifPresent(c -> n.put("catalogue", c.toString()));
    return n;
  }
}
