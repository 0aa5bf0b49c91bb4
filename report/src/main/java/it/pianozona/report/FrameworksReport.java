package it.pianozona.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Area;
import it.pianozona.core.framework.Catalogue;
import it.pianozona.core.framework.DatedCodes;
import it.pianozona.core.framework.DatedParameter;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FundArea;
import it.pianozona.core.framework.FundingSourceInfo;
import it.pianozona.core.framework.Objective;
import it.pianozona.core.framework.ParticipationModel;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.framework.WeightedCriterion;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.RuleDescriptor;
import it.pianozona.core.validation.Severity;
import java.util.List;

/**
 * The frameworks a process knows, as JSON for programs or as text to read: what each covers, its
 * catalogue with its status and what it lacks, its rules and its scoring weights. A rule's severity
 * is the one its findings get under the framework's catalogue (at most INFO for a rule that checks
 * against an unverified one, with the rule's own as {@code declaredSeverity}). JSON field names are
 * a public contract, like the report's.
 *
 * @since 0.1
 */
public final class FrameworksReport {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private FrameworksReport() {}

  /** The frameworks as pretty-printed JSON: {@code {"frameworks": [...]}}. */
  public static String json(List<Framework> frameworks, Language language) {
    ObjectNode root = NODES.objectNode();
    ArrayNode list = root.putArray("frameworks");
    for (Framework f : frameworks) {
      list.add(framework(f, PianoZona.rulesOf(f), language));
    }
    return JsonReport.pretty(root);
  }

  /**
   * One framework as pretty-printed JSON: the object {@link #json(List, Language)} lists for it.
   */
  public static String json(Framework framework, Language language) {
    return JsonReport.pretty(framework(framework, PianoZona.rulesOf(framework), language));
  }

  /**
   * The frameworks as text, one block each: id, region, validity, act, catalogue with its areas and
   * objectives, what it lacks, and how many rules apply.
   */
  public static String text(List<Framework> frameworks, Language language) {
    StringBuilder out = new StringBuilder();
    for (Framework f : frameworks) {
      Catalogue c = f.catalogue();
      out.append(String.format("%s  %s  %s%n", f.id(), f.region().id(), f.validity()));
      out.append(String.format("  %s%n", f.title()));
      out.append(String.format("  %s%n", f.adoptedBy().citation()));
      out.append("  ")
          .append(
              label(
                  language,
                  c.areasComplete() ? "frameworks.catalogue" : "frameworks.catalogueIncomplete",
                  c.origin()))
          .append('\n');
      out.append("  ")
          .append(
              c.isVerified()
                  ? label(language, "frameworks.status.verified")
                  : label(
                      language,
                      "frameworks.status.unverified",
                      c.reference().caveat().orElseThrow()))
          .append('\n');
      for (Area a : c.areas()) {
        out.append(String.format("    %-5s %s%n", a.code(), a.title()));
      }
      out.append("  ")
          .append(
              c.objectivesExpected().isPresent()
                  ? label(
                      language,
                      "frameworks.objectivesOf",
                      c.objectives().size(),
                      c.objectivesExpected().getAsInt())
                  : label(language, "frameworks.objectives", c.objectives().size()))
          .append('\n');
      for (Objective o : c.objectives()) {
        out.append(String.format("    %-8s [%s] %s%n", o.code(), o.area(), o.title()));
      }
      c.missing()
          .ifPresent(
              m -> out.append("  ").append(label(language, "frameworks.missing", m)).append('\n'));
      out.append("  ")
          .append(label(language, "frameworks.rules", PianoZona.rulesOf(f).size()))
          .append('\n');
      out.append(System.lineSeparator());
    }
    return out.toString();
  }

  private static String label(Language language, String key, Object... args) {
    return TextReport.label(key, language, args);
  }

  static ObjectNode framework(Framework f, List<Rule> rules, Language language) {
    ObjectNode n = NODES.objectNode();
    n.put("id", f.id());
    n.put("region", f.region().id());
    n.put("title", f.title());
    ObjectNode validity = n.putObject("validity");
    validity.put("from", f.validity().from());
    validity.put("to", f.validity().to());
    n.set("adoptedBy", JsonReport.legalBasis(f.adoptedBy(), language));
    Catalogue c = f.catalogue();
    n.put("catalogue", c.origin());
    n.set("catalogueReference", JsonReport.legalBasis(c.reference(), language));
    n.put("catalogueStatus", c.status().id());
    n.put("areasComplete", c.areasComplete());
    ArrayNode areas = n.putArray("areas");
    for (Area a : c.areas()) {
      ObjectNode an = areas.addObject().put("code", a.code()).put("title", a.title());
      a.shortTitle().ifPresent(s -> an.put("shortTitle", s));
      an.set("source", JsonReport.legalBasis(a.source(), language));
    }
    if (c.objectivesExpected().isPresent()) {
      n.put("objectivesExpected", c.objectivesExpected().getAsInt());
    } else {
      n.putNull("objectivesExpected");
    }
    ArrayNode objectives = n.putArray("objectives");
    for (Objective o : c.objectives()) {
      ObjectNode on =
          objectives
              .addObject()
              .put("code", o.code())
              .put("title", o.title())
              .put("area", o.area());
      ArrayNode leps = on.putArray("leps");
      o.leps().forEach(leps::add);
      o.intervention().ifPresent(i -> on.put("intervention", i));
      o.target()
          .ifPresent(
              t ->
                  on.putObject("target")
                      .put("indicator", t.indicator())
                      .put("description", t.description().render(language))
                      .put("threshold", t.threshold())
                      .put("per", t.per().id()));
      on.set("source", JsonReport.legalBasis(o.source(), language));
    }
    c.missing().ifPresent(m -> n.put("missing", m.render(language)));
    ArrayNode sources = n.putArray("fundingSources");
    for (FundingSourceInfo s : c.fundingSources()) {
      sources
          .addObject()
          .put("id", s.id().id())
          .put("name", s.name())
          .set("source", JsonReport.legalBasis(s.source(), language));
    }
    ArrayNode fundAreas = n.putArray("fundAreas");
    for (FundArea fa : c.fundAreas()) {
      ObjectNode fn = fundAreas.addObject().put("source", fa.source().id());
      ArrayNode codes = fn.putArray("areas");
      fa.areas().forEach(codes::add);
      fn.set("basis", JsonReport.legalBasis(fa.basis(), language));
    }
    ArrayNode parameters = n.putArray("parameters");
    for (DatedParameter p : f.parameters().all()) {
      ObjectNode pn =
          parameters
              .addObject()
              .put("id", p.id())
              .put("value", p.value())
              .put("validFrom", p.validFrom().toString());
      p.validTo().ifPresent(to -> pn.put("validTo", to.toString()));
      pn.set("reference", JsonReport.legalBasis(p.reference(), language));
    }
    for (DatedCodes p : f.parameters().lists()) {
      ObjectNode pn = parameters.addObject().put("id", p.id());
      ArrayNode codes = pn.putArray("value");
      p.codes().forEach(codes::add);
      pn.put("validFrom", p.validFrom().toString());
      p.validTo().ifPresent(to -> pn.put("validTo", to.toString()));
      pn.set("reference", JsonReport.legalBasis(p.reference(), language));
    }
    ArrayNode ruleList = n.putArray("rules");
    for (Rule r : rules) {
      RuleDescriptor d = r.descriptor();
      Severity effective = c.severityOf(d);
      ObjectNode rn =
          ruleList
              .addObject()
              .put("code", d.code())
              .put("severity", effective.name())
              .put("checksCatalogue", d.checksCatalogue());
      if (effective != d.severity()) {
        rn.put("declaredSeverity", d.severity().name());
      }
      if (f.isLocal(d.code())) {
        rn.put("local", true);
      }
      rn.put("title", d.title(language))
          .set("legalBasis", JsonReport.legalBasis(d.legalBasis(), language));
    }
    ArrayNode scoring = n.putArray("scoring");
    for (WeightedCriterion w : f.scoring().criteria()) {
      ObjectNode wn =
          scoring
              .addObject()
              .put("criterion", w.criterion().id())
              .put("name", w.criterion().name().render(language))
              .put("weight", w.weight());
      w.rationale().ifPresent(r -> wn.put("rationale", r.render(language)));
      wn.set("weightBasis", ScoreText.weightBasisJson(w.weightBasis(), language));
      if (f.localCriteria().contains(w)) {
        wn.put("local", true);
      }
    }
    f.participation()
        .ifPresent(
            model -> {
              ArrayNode stages = n.putObject("participation").putArray("stages");
              for (ParticipationModel.Stage st : model.stages()) {
                ObjectNode sn = stages.addObject();
                ArrayNode kinds = sn.putArray("kinds");
                st.kinds().forEach(kinds::add);
                ArrayNode bodies = sn.putArray("bodies");
                st.bodies().forEach(bodies::add);
                sn.set("source", JsonReport.legalBasis(st.source(), language));
              }
            });
    return n;
  }
}
