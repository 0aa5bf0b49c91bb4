package it.pianozona.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.model.Agreement;
import it.pianozona.core.model.Allocation;
import it.pianozona.core.model.ApprovalAct;
import it.pianozona.core.model.Comune;
import it.pianozona.core.model.Funding;
import it.pianozona.core.model.GovernanceBody;
import it.pianozona.core.model.Intervention;
import it.pianozona.core.model.ParticipationEvent;
import it.pianozona.core.model.Plan;
import it.pianozona.core.model.SourceRef;
import it.pianozona.core.model.Suppression;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Writes plans as documents in the canonical key order. Writing and reading back gives an equal
 * plan, in either format: nothing the model holds is lost.
 *
 * @since 0.1
 */
public final class PlanWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Parsing PARSING = new Parsing(ReadLimits.DEFAULT);

  private PlanWriter() {}

  /**
   * The plan as text in the format.
   *
   * @throws IllegalArgumentException for a workbook, which is not text: see {@link WorkbookWriter}
   */
  public static String write(Plan plan, DocumentFormat format) {
    if (!format.isText()) {
      throw new IllegalArgumentException("a workbook is not text: use WorkbookWriter");
    }
    try {
      return PARSING
          .mapper(format)
          .writer()
          .with(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(tree(plan));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write plan " + plan.id(), e);
    }
  }

  /**
   * Writes the plan to a file, in the format its extension names; a {@code .xlsx} file is a
   * workbook, written by {@link WorkbookWriter} without drop-down lists.
   */
  public static void write(Plan plan, Path file) {
    DocumentFormat format =
        DocumentFormat.of(file)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unsupported file extension: "
                            + file
                            + " (expected .yaml, .yml, .json or .xlsx)"));
    if (format == DocumentFormat.XLSX) {
      WorkbookWriter.write(plan, WorkbookWriter.Lists.NONE, file);
      return;
    }
    try {
      Files.writeString(file, write(plan, format), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static ObjectNode tree(Plan plan) {
    ObjectNode o = NODES.objectNode();
    o.put("schemaVersion", plan.schemaVersion());
    o.put("id", plan.id());
    o.put("title", plan.title());
    o.put("region", plan.region().id());
    ObjectNode period = o.putObject("period");
    period.put("from", plan.period().from());
    period.put("to", plan.period().to());
    plan.framework().ifPresent(f -> o.put("framework", f));

    ObjectNode ambito = o.putObject("ambito");
    plan.ambito().id().ifPresent(id -> ambito.put("id", id));
    ambito.put("name", plan.ambito().name());
    ambito.put("lead", plan.ambito().lead().value());
    ArrayNode comuni = ambito.putArray("comuni");
    for (Comune c : plan.ambito().comuni()) {
      comuni
          .addObject()
          .put("istat", c.istat().value())
          .put("name", c.name())
          .put("population", c.population());
    }

    if (!plan.contents().isEmpty()) {
      ObjectNode contents = o.putObject("contents");
      plan.contents().forEach(contents::put);
    }
    if (!plan.funding().isEmpty()) {
      ArrayNode funding = o.putArray("funding");
      for (Funding f : plan.funding()) {
        ObjectNode n =
            funding
                .addObject()
                .put("source", f.source().id())
                .put("year", f.year())
                .put("amount", f.amount().toBigDecimal());
        flag(n, "illustrative", f.illustrative());
      }
    }
    plan.staffing()
        .ifPresent(
            s -> {
              ObjectNode n = o.putObject("staffing").put("socialWorkers", s.socialWorkers());
              flag(n, "illustrative", s.illustrative());
            });

    ArrayNode interventions = o.putArray("interventions");
    for (Intervention i : plan.interventions()) {
      ObjectNode n =
          interventions.addObject().put("id", i.id()).put("title", i.title()).put("area", i.area());
      texts(n, "objectives", i.objectives());
      texts(n, "leps", i.leps());
      if (!i.allocations().isEmpty()) {
        ArrayNode allocations = n.putArray("allocations");
        for (Allocation a : i.allocations()) {
          allocations
              .addObject()
              .put("source", a.source().id())
              .put("year", a.year())
              .put("amount", a.amount().toBigDecimal());
        }
      }
      texts(n, "tags", i.tags());
      if (!i.indicators().isEmpty()) {
        ObjectNode indicators = n.putObject("indicators");
        i.indicators().forEach(indicators::put);
      }
      text(n, "description", i.description());
      flag(n, "illustrative", i.illustrative());
    }

    if (!plan.governance().isEmpty()) {
      ObjectNode governance = o.putObject("governance");
      if (!plan.governance().approvals().isEmpty()) {
        ArrayNode approvals = governance.putArray("approvals");
        for (ApprovalAct a : plan.governance().approvals()) {
          ObjectNode n =
              approvals.addObject().put("body", a.body()).put("date", a.date().toString());
          text(n, "number", a.number());
          text(n, "title", a.title());
          text(n, "notes", a.notes());
        }
      }
      if (!plan.governance().participation().isEmpty()) {
        ArrayNode events = governance.putArray("participation");
        for (ParticipationEvent e : plan.governance().participation()) {
          ObjectNode n = events.addObject();
          e.date().ifPresent(d -> n.put("date", d.toString()));
          n.put("kind", e.kind());
          text(n, "topic", e.topic());
          texts(n, "actors", e.actors());
          e.participants().ifPresent(p -> n.put("participants", p));
          text(n, "place", e.place());
          e.deadline().ifPresent(d -> n.put("deadline", d.toString()));
          text(n, "notes", e.notes());
        }
      }
      if (!plan.governance().agreements().isEmpty()) {
        ArrayNode agreements = governance.putArray("agreements");
        for (Agreement a : plan.governance().agreements()) {
          ObjectNode n = agreements.addObject().put("kind", a.kind());
          a.date().ifPresent(d -> n.put("date", d.toString()));
          texts(n, "parties", a.parties());
          text(n, "number", a.number());
          text(n, "title", a.title());
          text(n, "notes", a.notes());
        }
      }
      if (!plan.governance().bodies().isEmpty()) {
        ArrayNode bodies = governance.putArray("bodies");
        for (GovernanceBody b : plan.governance().bodies()) {
          ObjectNode n = bodies.addObject().put("kind", b.kind());
          b.established().ifPresent(d -> n.put("established", d.toString()));
          b.staff().ifPresent(st -> n.put("staff", st));
          text(n, "notes", b.notes());
        }
      }
    }
    if (!plan.sources().isEmpty()) {
      ArrayNode sources = o.putArray("sources");
      for (SourceRef s : plan.sources()) {
        ObjectNode n = sources.addObject().put("title", s.title());
        text(n, "url", s.url());
        s.date().ifPresent(d -> n.put("date", d.toString()));
      }
    }
    text(o, "notes", plan.notes());
    if (!plan.suppressions().isEmpty()) {
      ArrayNode suppressions = o.putArray("suppressions");
      for (Suppression s : plan.suppressions()) {
        ObjectNode n =
            suppressions
                .addObject()
                .put("code", s.code())
                .put("pointer", s.pointer())
                .put("reason", s.reason());
        text(n, "by", s.by());
        s.date().ifPresent(d -> n.put("date", d.toString()));
        text(n, "element", s.element());
      }
    }
    return o;
  }

  private static void texts(ObjectNode n, String key, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode array = n.putArray(key);
      values.forEach(array::add);
    }
  }

  private static void text(ObjectNode n, String key, Optional<String> value) {
    value.ifPresent(v -> n.put(key, v));
  }

  private static void flag(ObjectNode n, String key, boolean value) {
    if (value) {
      n.put(key, true);
    }
  }
}
