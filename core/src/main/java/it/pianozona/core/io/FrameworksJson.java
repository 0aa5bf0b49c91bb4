package it.pianozona.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.framework.Area;
import it.pianozona.core.framework.Catalogue;
import it.pianozona.core.framework.DatedParameter;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FundArea;
import it.pianozona.core.framework.FundingSourceInfo;
import it.pianozona.core.framework.Objective;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.framework.WeightedCriterion;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.RuleDescriptor;
import java.util.List;

/**
 * The frameworks a process knows, as JSON: what each covers, its catalogue with what it lacks,
 * its rules and its scoring weights. Field names are a public contract, like the report's.
 *
 * @since 0.1
 */
public final class FrameworksJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Parsing PARSING = new Parsing(ReadLimits.DEFAULT);

  private FrameworksJson() {}

  /**
   * The frameworks as pretty-printed JSON.
   *
   * @param rules for each framework, every rule applied to its plans (national ones included)
   */
  public static String write(List<Framework> frameworks,
      java.util.function.Function<Framework, List<Rule>> rules, Language language) {
    ObjectNode root = NODES.objectNode();
    ArrayNode list = root.putArray("frameworks");
    for (Framework f : frameworks) {
      list.add(framework(f, rules.apply(f), language));
    }
    try {
      return PARSING.mapper(DocumentFormat.JSON).writer()
          .with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write frameworks", e);
    }
  }

  static ObjectNode framework(Framework f, List<Rule> rules, Language language) {
    ObjectNode n = NODES.objectNode();
    n.put("id", f.id());
    n.put("region", f.region().id());
    n.put("title", f.title());
    ObjectNode validity = n.putObject("validity");
    validity.put("from", f.validity().from());
    validity.put("to", f.validity().to());
    n.set("adoptedBy", ReportJson.legalBasis(f.adoptedBy()));
    Catalogue c = f.catalogue();
    n.put("catalogue", c.origin());
    n.set("catalogueReference", ReportJson.legalBasis(c.reference()));
    n.put("areasComplete", c.areasComplete());
    ArrayNode areas = n.putArray("areas");
    for (Area a : c.areas()) {
      ObjectNode an = areas.addObject().put("code", a.code()).put("title", a.title());
      a.shortTitle().ifPresent(s -> an.put("shortTitle", s));
      an.set("source", ReportJson.legalBasis(a.source()));
    }
    if (c.objectivesExpected().isPresent()) {
      n.put("objectivesExpected", c.objectivesExpected().getAsInt());
    } else {
      n.putNull("objectivesExpected");
    }
    ArrayNode objectives = n.putArray("objectives");
    for (Objective o : c.objectives()) {
      ObjectNode on = objectives.addObject().put("code", o.code()).put("title", o.title())
          .put("area", o.area());
      ArrayNode leps = on.putArray("leps");
      o.leps().forEach(leps::add);
      o.intervention().ifPresent(i -> on.put("intervention", i));
      o.target().ifPresent(t -> on.putObject("target").put("indicator", t.indicator())
          .put("description", t.description()).put("threshold", t.threshold())
          .put("per", t.per().id()));
      on.set("source", ReportJson.legalBasis(o.source()));
    }
    c.missing().ifPresent(m -> n.put("missing", m));
    ArrayNode sources = n.putArray("fundingSources");
    for (FundingSourceInfo s : c.fundingSources()) {
      sources.addObject().put("id", s.id().id()).put("name", s.name())
          .set("source", ReportJson.legalBasis(s.source()));
    }
    ArrayNode fundAreas = n.putArray("fundAreas");
    for (FundArea fa : c.fundAreas()) {
      ObjectNode fn = fundAreas.addObject().put("source", fa.source().id());
      ArrayNode codes = fn.putArray("areas");
      fa.areas().forEach(codes::add);
      fn.set("basis", ReportJson.legalBasis(fa.basis()));
    }
    ArrayNode parameters = n.putArray("parameters");
    for (DatedParameter p : f.parameters().all()) {
      ObjectNode pn = parameters.addObject().put("id", p.id()).put("value", p.value())
          .put("validFrom", p.validFrom().toString());
      p.validTo().ifPresent(to -> pn.put("validTo", to.toString()));
      pn.set("reference", ReportJson.legalBasis(p.reference()));
    }
    ArrayNode ruleList = n.putArray("rules");
    for (Rule r : rules) {
      RuleDescriptor d = r.descriptor();
      ruleList.addObject().put("code", d.code()).put("severity", d.severity().name())
          .put("title", d.title(language))
          .set("legalBasis", ReportJson.legalBasis(d.legalBasis()));
    }
    ArrayNode scoring = n.putArray("scoring");
    for (WeightedCriterion w : f.scoring().criteria()) {
      ObjectNode wn = scoring.addObject().put("criterion", w.criterion().id())
          .put("name", w.criterion().name().render(language))
          .put("weight", w.weight());
      w.rationale().ifPresent(r -> wn.put("rationale", r));
    }
    return n;
  }
}
