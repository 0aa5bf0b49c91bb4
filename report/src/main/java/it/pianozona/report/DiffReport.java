package it.pianozona.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.model.Euro;
import it.pianozona.core.scoring.CriterionScore;
import it.pianozona.core.text.Formats;
import it.pianozona.core.text.Language;
import it.pianozona.core.text.MessageBundle;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A {@link PlanDiff} as text to read or as JSON for programs ({@code diffVersion} 1): the
 * renderings of the comparison, kept apart from the data so that an application can show it its own
 * way.
 *
 * @since 0.1
 */
public final class DiffReport {

  /** The version of the JSON comparison; changes when a field changes meaning. */
  public static final int DIFF_VERSION = 1;

  private DiffReport() {}

  /**
   * The comparison in the format: TEXT or JSON.
   *
   * @throws IllegalArgumentException for another format
   */
  public static String render(PlanDiff diff, ReportFormat format, Language language) {
    return switch (format) {
      case TEXT -> text(diff, language);
      case JSON -> json(diff, language);
      default ->
          throw new IllegalArgumentException(
              "a comparison is written as TEXT or JSON, not " + format);
    };
  }

  // ---- text ----

  private static String text(PlanDiff d, Language language) {
    StringBuilder s = new StringBuilder();
    s.append(label(language, "diff.title")).append('\n');
    s.append("  ")
        .append(
            label(
                language,
                "diff.before",
                d.before().file(),
                d.before().planId(),
                d.before().period(),
                d.before().framework()))
        .append('\n');
    s.append("  ")
        .append(
            label(
                language,
                "diff.after",
                d.after().file(),
                d.after().planId(),
                d.after().period(),
                d.after().framework()))
        .append('\n');
    for (PlanDiff.Side side : List.of(d.before(), d.after())) {
      if (!side.tuning().isEmpty()) {
        s.append("  ")
            .append(
                ReportModel.label(
                    language,
                    "configuration.title",
                    side.planId() + ": " + TuningText.file(side.tuning(), language)))
            .append('\n');
        for (String line :
            TuningText.lines(
                side.tuning(),
                language,
                sev -> ReportModel.label(language, "severity." + sev.name()))) {
          s.append("    ").append(line).append('\n');
        }
      }
    }
    if (!d.sameAmbito()) {
      s.append("  ")
          .append(label(language, "diff.otherAmbito", d.before().ambito(), d.after().ambito()));
    } else if (d.before().period().equals(d.after().period())) {
      s.append("  ").append(label(language, "diff.sameAmbito", d.after().ambito()));
    } else {
      s.append("  ").append(label(language, "diff.sameAmbitoCycles", d.after().ambito()));
    }
    s.append("\n\n");

    s.append(
            label(
                language,
                "diff.interventions",
                d.added().size(),
                d.removed().size(),
                d.changed().size(),
                d.unchanged()))
        .append('\n');
    for (PlanDiff.InterventionChange c : d.added()) {
      s.append(
          String.format(
              "  + %-10s [%s] %s  %s%n",
              c.id(), c.areaAfter().orElse(""), money(c.after(), language), c.title()));
    }
    for (PlanDiff.InterventionChange c : d.removed()) {
      s.append(
          String.format(
              "  - %-10s [%s] %s  %s%n",
              c.id(), c.areaBefore().orElse(""), money(c.before(), language), c.title()));
    }
    for (PlanDiff.InterventionChange c : d.changed()) {
      String area =
          c.areaBefore().equals(c.areaAfter())
              ? "[" + c.areaAfter().orElse("") + "]"
              : label(
                  language, "diff.areaMoved", c.areaBefore().orElse(""), c.areaAfter().orElse(""));
      s.append(
          String.format(
              "  ~ %-10s %s %s -> %s (%s)  %s%n",
              c.id(),
              area,
              money(c.before(), language),
              money(c.after(), language),
              signed(c.change(), language),
              c.title()));
    }
    s.append('\n').append(label(language, "diff.areas")).append('\n');
    moneyTable(s, d.areas(), language);
    s.append('\n').append(label(language, "diff.sources")).append('\n');
    moneyTable(s, d.sources(), language);
    s.append(
            label(
                language,
                "diff.declared",
                money(d.declared().before(), language),
                money(d.declared().after(), language),
                signed(d.declared().change(), language)))
        .append('\n');
    s.append(
            label(
                language,
                "diff.allocated",
                money(d.allocated().before(), language),
                money(d.allocated().after(), language),
                signed(d.allocated().change(), language)))
        .append("\n\n");

    s.append(label(language, "diff.findings", d.appeared().size(), d.resolved().size()))
        .append('\n');
    for (PlanDiff.FindingRef f : d.appeared()) {
      s.append(
          String.format(
              "  + %-12s %s  %s  %s%n",
              TextReport.severity(f.severity(), language),
              f.code(),
              f.pointer().isEmpty() ? "/" : f.pointer(),
              f.message()));
    }
    for (PlanDiff.FindingRef f : d.resolved()) {
      s.append(
          String.format(
              "  - %-12s %s  %s  %s%n",
              TextReport.severity(f.severity(), language),
              f.code(),
              f.pointer().isEmpty() ? "/" : f.pointer(),
              f.message()));
    }
    s.append('\n')
        .append(
            label(
                language,
                "diff.score",
                number(d.score().before(), language),
                number(d.score().after(), language),
                signed(d.score().change(), language)))
        .append('\n');
    for (PlanDiff.CriterionChange c : d.score().criteria()) {
      s.append(
          String.format(
              "  %-24s %-14s -> %-14s %s%n",
              c.id(), points(c.before(), language), points(c.after(), language), c.name()));
    }
    return s.toString();
  }

  private static void moneyTable(
      StringBuilder s, List<PlanDiff.MoneyChange> rows, Language language) {
    for (PlanDiff.MoneyChange m : rows) {
      s.append(
          String.format(
              "  %-16s %18s -> %18s  %18s  %s%n",
              m.key(),
              money(m.before(), language),
              money(m.after(), language),
              signed(m.change(), language),
              m.label()));
    }
  }

  private static String points(Optional<CriterionScore> c, Language language) {
    return c.map(
            x ->
                x.applicable()
                    ? number(x.points(), language) + " / " + number(x.weight(), language)
                    : label(language, "diff.na") + " / " + number(x.weight(), language))
        .orElse(label(language, "diff.absent"));
  }

  private static String money(Euro e, Language language) {
    return Formats.money(e, language);
  }

  private static String signed(Euro e, Language language) {
    return (e.isNegative() ? "-" : "+")
        + Formats.money(Euro.ofCents(Math.abs(e.cents())), language);
  }

  private static String signed(BigDecimal value, Language language) {
    return (value.signum() < 0 ? "-" : "+") + number(value.abs(), language);
  }

  private static String number(BigDecimal value, Language language) {
    return MessageBundle.format(value, language);
  }

  private static String label(Language language, String key, Object... args) {
    return TextReport.label(key, language, args);
  }

  // ---- JSON ----

  private static String json(PlanDiff d, Language language) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("diffVersion", DIFF_VERSION);
    root.put("language", language.code());
    root.set("old", side(mapper, d.before(), d.score().before()));
    root.set("new", side(mapper, d.after(), d.score().after()));
    root.put("sameAmbito", d.sameAmbito());
    ObjectNode interventions = root.putObject("interventions");
    interventions.set("added", interventions(mapper, d.added()));
    interventions.set("removed", interventions(mapper, d.removed()));
    interventions.set("changed", interventions(mapper, d.changed()));
    interventions.put("unchanged", d.unchanged());
    root.set("areas", moneyRows(mapper, d.areas()));
    root.set("sources", moneyRows(mapper, d.sources()));
    ObjectNode totals = root.putObject("totals");
    totals.set("declared", amounts(mapper, d.declared()));
    totals.set("allocated", amounts(mapper, d.allocated()));
    ObjectNode findings = root.putObject("findings");
    findings.set("appeared", findings(mapper, d.appeared()));
    findings.set("resolved", findings(mapper, d.resolved()));
    ObjectNode score = root.putObject("score");
    score.put("old", d.score().before());
    score.put("new", d.score().after());
    score.put("change", d.score().change());
    ArrayNode criteria = score.putArray("criteria");
    for (PlanDiff.CriterionChange c : d.score().criteria()) {
      ObjectNode n = criteria.addObject().put("id", c.id()).put("name", c.name());
      criterion(n, "old", c.before());
      criterion(n, "new", c.after());
    }
    return JsonReport.pretty(root);
  }

  private static ObjectNode side(ObjectMapper mapper, PlanDiff.Side side, BigDecimal score) {
    ObjectNode n =
        mapper
            .createObjectNode()
            .put("file", side.file())
            .put("plan", side.planId())
            .put("title", side.title())
            .put("ambito", side.ambito())
            .put("period", side.period())
            .put("framework", side.framework())
            .put("score", score);
    if (!side.tuning().isEmpty()) {
      n.set("configuration", TuningText.json(side.tuning()));
    }
    return n;
  }

  private static ArrayNode interventions(
      ObjectMapper mapper, List<PlanDiff.InterventionChange> list) {
    ArrayNode a = mapper.createArrayNode();
    for (PlanDiff.InterventionChange c : list) {
      ObjectNode n = a.addObject().put("id", c.id()).put("title", c.title());
      c.areaBefore().ifPresentOrElse(x -> n.put("oldArea", x), () -> n.putNull("oldArea"));
      c.areaAfter().ifPresentOrElse(x -> n.put("newArea", x), () -> n.putNull("newArea"));
      n.put("old", c.before().toBigDecimal())
          .put("new", c.after().toBigDecimal())
          .put("change", c.change().toBigDecimal());
    }
    return a;
  }

  private static ArrayNode moneyRows(ObjectMapper mapper, List<PlanDiff.MoneyChange> rows) {
    ArrayNode a = mapper.createArrayNode();
    for (PlanDiff.MoneyChange m : rows) {
      a.addObject()
          .put("id", m.key())
          .put("name", m.label())
          .put("old", m.before().toBigDecimal())
          .put("new", m.after().toBigDecimal())
          .put("change", m.change().toBigDecimal());
    }
    return a;
  }

  private static ObjectNode amounts(ObjectMapper mapper, PlanDiff.MoneyChange m) {
    return mapper
        .createObjectNode()
        .put("old", m.before().toBigDecimal())
        .put("new", m.after().toBigDecimal())
        .put("change", m.change().toBigDecimal());
  }

  private static ArrayNode findings(ObjectMapper mapper, List<PlanDiff.FindingRef> list) {
    ArrayNode a = mapper.createArrayNode();
    for (PlanDiff.FindingRef f : list) {
      a.addObject()
          .put("code", f.code())
          .put("severity", f.severity().name())
          .put("pointer", f.pointer())
          .put("element", f.element())
          .put("message", f.message());
    }
    return a;
  }

  private static void criterion(ObjectNode n, String side, Optional<CriterionScore> c) {
    if (c.isEmpty()) {
      n.putNull(side);
      return;
    }
    n.putObject(side)
        .put("points", c.get().points())
        .put("weight", c.get().weight())
        .put("applicable", c.get().applicable());
  }
}
