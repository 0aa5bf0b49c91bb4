package it.pianozona.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.model.Euro;
import it.pianozona.core.scoring.CriterionScore;
import it.pianozona.core.text.Language;
import it.pianozona.core.text.MessageBundle;
import it.pianozona.examples.report.PlanDiff;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pianozona diff OLD NEW}: what changed between two versions of a plan, or between the
 * plans of two cycles of the same ambito.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = "Compares two plans: two versions of one plan, or the plans of two planning"
        + " cycles of the same ambito. Shows interventions added, removed and changed, money"
        + " moved between areas and funding sources, findings that appeared or were resolved,"
        + " and the change in score. Each plan is checked under the framework of its own"
        + " period.",
    footer = {"", "Exit codes: 0 compared, 2 unreadable document or wrong arguments.", "",
        "Example:", "  pianozona diff piano-2022-bozza.yaml piano-2022-approvato.yaml"})
final class DiffCommand implements Callable<Integer> {

  /** The version of the JSON this command writes; changes when a field changes meaning. */
  static final int DIFF_VERSION = 1;

  @Parameters(index = "0", paramLabel = "OLD", description = "The older plan document.")
  Path older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The newer plan document.")
  Path newer;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Options.Format format;

  @Option(names = "--lang", defaultValue = "it", paramLabel = "LANG",
      converter = Options.LanguageConverter.class,
      description = "Language of messages: it or en (default: ${DEFAULT-VALUE}).")
  Language language;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the comparison to this file instead of standard output.")
  Optional<Path> output;

  @CommandLine.Mixin LibraryOptions library;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Checker> checker = library.create(err)
        .flatMap(pz -> Checker.create(pz, Optional.empty(), err));
    if (checker.isEmpty()) {
      return PianoZonaCli.UNUSABLE;
    }
    Checker.Outcome before = checker.get().check(older);
    Checker.Outcome after = checker.get().check(newer);
    before.problems().forEach(err::println);
    after.problems().forEach(err::println);
    err.flush();
    if (before.checked().isEmpty() || after.checked().isEmpty()) {
      return PianoZonaCli.UNUSABLE;
    }
    PlanDiff diff = PlanDiff.of(before.checked().get(), after.checked().get(), language);
    String text = format == Options.Format.json ? json(diff) : text(diff);
    return Output.write(output, text, out, err) ? PianoZonaCli.OK : PianoZonaCli.UNUSABLE;
  }

  // ---- text ----

  private String text(PlanDiff d) {
    StringBuilder s = new StringBuilder();
    s.append(label("diff.title")).append('\n');
    s.append("  ").append(label("diff.before", d.before().file(), d.before().planId(),
        d.before().period(), d.before().framework())).append('\n');
    s.append("  ").append(label("diff.after", d.after().file(), d.after().planId(),
        d.after().period(), d.after().framework())).append('\n');
    if (!d.sameAmbito()) {
      s.append("  ").append(label("diff.otherAmbito", d.before().ambito(), d.after().ambito()));
    } else if (d.before().period().equals(d.after().period())) {
      s.append("  ").append(label("diff.sameAmbito", d.after().ambito()));
    } else {
      s.append("  ").append(label("diff.sameAmbitoCycles", d.after().ambito()));
    }
    s.append("\n\n");

    s.append(label("diff.interventions", d.added().size(), d.removed().size(),
        d.changed().size(), d.unchanged())).append('\n');
    for (PlanDiff.InterventionChange c : d.added()) {
      s.append(String.format("  + %-10s [%s] %s  %s%n", c.id(), c.areaAfter().orElse(""),
          money(c.after()), c.title()));
    }
    for (PlanDiff.InterventionChange c : d.removed()) {
      s.append(String.format("  - %-10s [%s] %s  %s%n", c.id(), c.areaBefore().orElse(""),
          money(c.before()), c.title()));
    }
    for (PlanDiff.InterventionChange c : d.changed()) {
      String area = c.areaBefore().equals(c.areaAfter()) ? "[" + c.areaAfter().orElse("") + "]"
          : label("diff.areaMoved", c.areaBefore().orElse(""), c.areaAfter().orElse(""));
      s.append(String.format("  ~ %-10s %s %s -> %s (%s)  %s%n", c.id(), area,
          money(c.before()), money(c.after()), signed(c.change()), c.title()));
    }
    s.append('\n').append(label("diff.areas")).append('\n');
    moneyTable(s, d.areas());
    s.append('\n').append(label("diff.sources")).append('\n');
    moneyTable(s, d.sources());
    s.append(label("diff.declared", money(d.declared().before()), money(d.declared().after()),
        signed(d.declared().change()))).append('\n');
    s.append(label("diff.allocated", money(d.allocated().before()),
        money(d.allocated().after()), signed(d.allocated().change()))).append("\n\n");

    s.append(label("diff.findings", d.appeared().size(), d.resolved().size())).append('\n');
    for (PlanDiff.FindingRef f : d.appeared()) {
      s.append(String.format("  + %-7s %s  %s  %s%n", f.severity(), f.code(),
          f.pointer().isEmpty() ? "/" : f.pointer(), f.message()));
    }
    for (PlanDiff.FindingRef f : d.resolved()) {
      s.append(String.format("  - %-7s %s  %s  %s%n", f.severity(), f.code(),
          f.pointer().isEmpty() ? "/" : f.pointer(), f.message()));
    }
    s.append('\n').append(label("diff.score", number(d.score().before()),
        number(d.score().after()), signed(d.score().change()))).append('\n');
    for (PlanDiff.CriterionChange c : d.score().criteria()) {
      s.append(String.format("  %-24s %-14s -> %-14s %s%n", c.id(), points(c.before()),
          points(c.after()), c.name()));
    }
    return s.toString();
  }

  private void moneyTable(StringBuilder s, List<PlanDiff.MoneyChange> rows) {
    for (PlanDiff.MoneyChange m : rows) {
      s.append(String.format("  %-16s %18s -> %18s  %18s  %s%n", m.key(), money(m.before()),
          money(m.after()), signed(m.change()), m.label()));
    }
  }

  private String points(Optional<CriterionScore> c) {
    return c.map(x -> x.applicable() ? number(x.points()) + " / " + number(x.weight())
        : "n/a / " + number(x.weight())).orElse(label("diff.absent"));
  }

  private String money(Euro e) {
    return e.format(language.locale());
  }

  private String signed(Euro e) {
    return (e.isNegative() ? "-" : "+") + Euro.ofCents(Math.abs(e.cents()))
        .format(language.locale());
  }

  private String signed(BigDecimal value) {
    return (value.signum() < 0 ? "-" : "+") + number(value.abs());
  }

  private String number(BigDecimal value) {
    return MessageBundle.format(value, language);
  }

  private String label(String key, Object... args) {
    return TextReport.label(key, language, args);
  }

  // ---- JSON ----

  private String json(PlanDiff d) {
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
    try {
      return mapper.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the comparison", e);
    }
  }

  private static ObjectNode side(ObjectMapper mapper, PlanDiff.Side side, BigDecimal score) {
    return mapper.createObjectNode().put("file", side.file()).put("plan", side.planId())
        .put("title", side.title()).put("ambito", side.ambito()).put("period", side.period())
        .put("framework", side.framework()).put("score", score);
  }

  private static ArrayNode interventions(ObjectMapper mapper,
      List<PlanDiff.InterventionChange> list) {
    ArrayNode a = mapper.createArrayNode();
    for (PlanDiff.InterventionChange c : list) {
      ObjectNode n = a.addObject().put("id", c.id()).put("title", c.title());
      c.areaBefore().ifPresentOrElse(x -> n.put("oldArea", x), () -> n.putNull("oldArea"));
      c.areaAfter().ifPresentOrElse(x -> n.put("newArea", x), () -> n.putNull("newArea"));
      n.put("old", c.before().toBigDecimal()).put("new", c.after().toBigDecimal())
          .put("change", c.change().toBigDecimal());
    }
    return a;
  }

  private static ArrayNode moneyRows(ObjectMapper mapper, List<PlanDiff.MoneyChange> rows) {
    ArrayNode a = mapper.createArrayNode();
    for (PlanDiff.MoneyChange m : rows) {
      a.addObject().put("id", m.key()).put("name", m.label())
          .put("old", m.before().toBigDecimal()).put("new", m.after().toBigDecimal())
          .put("change", m.change().toBigDecimal());
    }
    return a;
  }

  private static ObjectNode amounts(ObjectMapper mapper, PlanDiff.MoneyChange m) {
    return mapper.createObjectNode().put("old", m.before().toBigDecimal())
        .put("new", m.after().toBigDecimal()).put("change", m.change().toBigDecimal());
  }

  private static ArrayNode findings(ObjectMapper mapper, List<PlanDiff.FindingRef> list) {
    ArrayNode a = mapper.createArrayNode();
    for (PlanDiff.FindingRef f : list) {
      a.addObject().put("code", f.code()).put("severity", f.severity().name())
          .put("pointer", f.pointer()).put("element", f.element()).put("message", f.message());
    }
    return a;
  }

  private static void criterion(ObjectNode n, String side, Optional<CriterionScore> c) {
    if (c.isEmpty()) {
      n.putNull(side);
      return;
    }
    n.putObject(side).put("points", c.get().points()).put("weight", c.get().weight())
        .put("applicable", c.get().applicable());
  }
}
