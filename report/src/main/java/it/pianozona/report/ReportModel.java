package it.pianozona.report;

import it.pianozona.core.CheckedPlan;
import it.pianozona.core.Evaluation;
import it.pianozona.core.framework.Area;
import it.pianozona.core.framework.Catalogue;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FundingSourceInfo;
import it.pianozona.core.io.PlanDocument;
import it.pianozona.core.io.TextPosition;
import it.pianozona.core.model.Euro;
import it.pianozona.core.model.FundingSource;
import it.pianozona.core.model.Plan;
import it.pianozona.core.national.NationalRules;
import it.pianozona.core.national.Vocabulary;
import it.pianozona.core.scoring.CriterionScore;
import it.pianozona.core.text.Formats;
import it.pianozona.core.text.Language;
import it.pianozona.core.text.MessageBundle;
import it.pianozona.core.validation.Finding;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.Pointer;
import it.pianozona.core.validation.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What the HTML and Markdown reports show, worked out once in Java so that the templates only lay
 * it out: the summary, the score and its evidence, the findings grouped by area and the charts with
 * their geometry. Every text here is plain; the templates escape it for their format.
 */
final class ReportModel {

  static final MessageBundle LABELS =
      MessageBundle.load("messages", ReportModel.class::getResourceAsStream);

  /** Chart geometry, in SVG user units. */
  static final int CHART_WIDTH = 820;

  static final int LABEL_END = 250;
  static final int BAR_START = 260;
  static final int BAR_SPACE = 380;
  static final int LABEL_MAX = 36;

  private ReportModel() {}

  /** The whole report: one or more plans. */
  record Report(
      String lang,
      String title,
      String generatedBy,
      boolean several,
      List<PlanView> plans,
      Map<String, String> l) {}

  /**
   * One plan; baseline is the comparison's summary line and absent the baseline's findings now
   * gone, under absentTitle: null, null and empty when the run had no baseline.
   */
  record PlanView(
      String anchor,
      String heading,
      List<Fact> facts,
      TuningView tuning,
      ScoreView score,
      List<ChartView> charts,
      List<Group> groups,
      String baseline,
      String absentTitle,
      List<AbsentView> absent) {}

  /** A finding of the baseline now gone, as the baseline wrote it. */
  record AbsentView(String code, String severityLabel, String pointer, String message) {}

  /** What the project configuration changed; null when nothing, so templates can test it. */
  record TuningView(String title, List<String> lines) {}

  record Fact(String label, String value) {}

  /**
   * The score: the total, the rescaling line ({@code 55,8 su 70 applicabili, pari a 79,7 / 100}),
   * the criteria left out (null when none) and the breakdown.
   */
  record ScoreView(
      String total,
      int percent,
      String rescaling,
      String notApplicable,
      List<CriterionView> criteria) {}

  /** A criterion; rationale is null when the framework gives none, so templates can test it. */
  record CriterionView(
      String id,
      String name,
      String pointsText,
      boolean applicable,
      int percent,
      List<String> evidence,
      Basis basis,
      String rationale,
      String weightBasis) {}

  /** A legal basis; url and caveat are null when absent, so templates can test them. */
  record Basis(String citation, String url, String caveat) {}

  record Group(String title, String counts, List<FindingView> findings) {}

  /**
   * A finding; suppression is what accepts it (null when nothing does), newLabel the mark of a
   * finding the baseline lacks (null without a baseline or for one it has), and declared the
   * severity its rule declares when the configuration re-graded it (null otherwise).
   */
  record FindingView(
      String code,
      String severity,
      String severityLabel,
      String message,
      String where,
      String pointer,
      Basis basis,
      String suppression,
      String newLabel,
      String declared) {}

  record ChartView(
      String id,
      String title,
      String note,
      int width,
      int height,
      boolean empty,
      String emptyText,
      List<Legend> legend,
      List<Row> rows,
      List<String> header,
      List<TableRow> table) {}

  record Legend(int x, int y, int textX, int textY, String css, String label) {}

  record Row(String label, String fullLabel, int labelY, List<Bar> bars) {}

  record Bar(
      int x,
      int y,
      int width,
      int height,
      String css,
      String title,
      String text,
      int textX,
      int textY) {}

  record TableRow(List<String> cells) {}

  /** Builds the report of the given plans in the language. */
  static Report of(List<CheckedPlan> checked, Language language, String generator) {
    return of(checked, language, generator, Baseline.NONE);
  }

  /** As {@link #of(List, Language, String)}, each plan compared with the baseline. */
  static Report of(
      List<CheckedPlan> checked, Language language, String generator, Baseline baseline) {
    Map<String, String> l = new LinkedHashMap<>();
    for (String key : LABELS.keys()) {
      l.put(key, LABELS.template(key, language));
    }
    List<PlanView> plans = new ArrayList<>();
    for (int i = 0; i < checked.size(); i++) {
      plans.add(plan(checked.get(i), i, language, baseline));
    }
    String title =
        checked.size() == 1
            ? label(language, "reportTitleOne", checked.get(0).evaluation().plan().title())
            : label(language, "reportTitle");
    return new Report(
        language.code(),
        title,
        label(language, "generatedBy", generator),
        checked.size() > 1,
        plans,
        l);
  }

  static String label(Language language, String key, Object... args) {
    return LABELS.render(key, List.of(args), language);
  }

  private static PlanView plan(
      CheckedPlan checked, int index, Language language, Baseline baseline) {
    Evaluation e = checked.evaluation();
    Plan plan = e.plan();
    PlanMoney money = PlanMoney.of(plan);
    Baseline.Comparison comparison = baseline.compare(e);
    List<AbsentView> absent = new ArrayList<>();
    for (Baseline.Entry a : comparison.absent()) {
      absent.add(
          new AbsentView(
              a.code(),
              severityLabel(a.severity(), language),
              a.pointer().isEmpty() ? "/" : a.pointer(),
              a.message()));
    }
    return new PlanView(
        "plan-" + (index + 1),
        plan.title(),
        facts(checked, money, language),
        e.tuning().isEmpty()
            ? null
            : new TuningView(
                label(language, "configuration.title", TuningText.file(e.tuning(), language)),
                TuningText.lines(
                    e.tuning(), language, sev -> label(language, "severity." + sev.name()))),
        score(e, language),
        charts(plan, e.framework(), money, language, index),
        groups(checked, language, comparison),
        comparison.compared()
            ? Marks.baselineSummary(baseline, comparison, LABELS, language)
            : null,
        absent.isEmpty() ? null : label(language, "baseline.absent"),
        absent);
  }

  /** A severity a baseline wrote by name, as the reader's language names it. */
  private static String severityLabel(String name, Language language) {
    for (Severity v : Severity.values()) {
      if (v.name().equals(name)) {
        return label(language, "severity." + v.name());
      }
    }
    return name;
  }

  private static List<Fact> facts(CheckedPlan checked, PlanMoney money, Language language) {
    Evaluation e = checked.evaluation();
    Plan plan = e.plan();
    Framework f = e.framework();
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact(label(language, "plan"), plan.id()));
    facts.add(new Fact(label(language, "file"), checked.document().source()));
    facts.add(
        new Fact(
            label(language, "ambito"),
            plan.ambito().name() + plan.ambito().id().map(id -> " (" + id + ")").orElse("")));
    facts.add(new Fact(label(language, "region"), plan.region().displayName()));
    facts.add(new Fact(label(language, "period"), plan.period().toString()));
    facts.add(new Fact(label(language, "framework"), f.id() + ": " + f.title()));
    facts.add(new Fact(label(language, "catalogue"), f.catalogue().origin()));
    facts.add(
        new Fact(
            label(language, "catalogueStatus"),
            f.catalogue().isVerified()
                ? label(language, "catalogueStatus.verified")
                : label(
                    language,
                    "catalogueStatus.unverified",
                    f.catalogue().reference().caveat().orElseThrow().render(language))));
    facts.add(new Fact(label(language, "comuni"), Integer.toString(plan.ambito().comuni().size())));
    facts.add(
        new Fact(
            label(language, "population"), Formats.integer(plan.ambito().population(), language)));
    facts.add(new Fact(label(language, "funding"), Formats.money(money.declared(), language)));
    facts.add(new Fact(label(language, "allocated"), Formats.money(money.allocated(), language)));
    facts.add(
        new Fact(label(language, "interventions"), Integer.toString(plan.interventions().size())));
    facts.add(
        new Fact(
            label(language, "findingsCount"),
            label(
                    language,
                    "findingsCountValue",
                    e.report().count(Severity.ERROR),
                    e.report().count(Severity.WARNING),
                    e.report().count(Severity.INFO))
                + Marks.suppressedCount(e.report(), LABELS, language)));
    long illustrativeInterventions =
        plan.interventions().stream().filter(i -> i.illustrative()).count();
    long illustrativeFunding = plan.funding().stream().filter(x -> x.illustrative()).count();
    if (illustrativeInterventions + illustrativeFunding > 0) {
      facts.add(
          new Fact(
              label(language, "illustrative"),
              label(
                  language,
                  "illustrativeValue",
                  illustrativeInterventions,
                  illustrativeFunding,
                  plan.interventions().size(),
                  plan.funding().size())));
    }
    facts.add(new Fact(label(language, "score"), label(language, "scoreOutOf", e.score().total())));
    return facts;
  }

  private static ScoreView score(Evaluation e, Language language) {
    List<CriterionView> criteria = new ArrayList<>();
    for (CriterionScore c : e.score().criteria()) {
      String weight = MessageBundle.format(c.weight(), language);
      String points =
          c.applicable()
              ? label(language, "pointsOf", MessageBundle.format(c.points(), language), weight)
              : label(language, "notApplicable", weight);
      criteria.add(
          new CriterionView(
              c.id(),
              c.name(language),
              points,
              c.applicable(),
              c.applicable() ? percent(c.points(), c.weight()) : 0,
              c.evidence().stream().map(m -> m.render(language)).toList(),
              basis(c.basis(), language),
              c.rationale().map(r -> r.render(language)).orElse(null),
              ScoreText.weightBasis(c, language)));
    }
    String left = ScoreText.notApplicable(e.score(), language);
    return new ScoreView(
        MessageBundle.format(e.score().total(), language),
        e.score().total().setScale(0, RoundingMode.HALF_EVEN).intValue(),
        ScoreText.rescaling(e.score(), language),
        left.isEmpty() ? null : left,
        criteria);
  }

  private static int percent(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0
        ? 0
        : part.multiply(BigDecimal.valueOf(100))
            .divide(whole, 0, RoundingMode.HALF_EVEN)
            .intValue();
  }

  static Basis basis(LegalBasis b, Language language) {
    return new Basis(
        b.citation(),
        safeUrl(b.url()).orElse(null),
        b.caveat().map(c -> label(language, "toVerify", c.render(language))).orElse(null));
  }

  private static final java.util.regex.Pattern WEB_URL =
      java.util.regex.Pattern.compile("https?://[^\\s<>\"'`]+");

  /**
   * A URL reports may link to: only http and https, with nothing that could end an attribute or an
   * autolink. A catalogue an officer supplies may carry any text, and a link such as {@code
   * javascript:...} must never become clickable.
   */
  static Optional<String> safeUrl(Optional<String> url) {
    return url.filter(u -> WEB_URL.matcher(u).matches());
  }

  // ---- findings, grouped by area ----

  private static List<Group> groups(
      CheckedPlan checked, Language language, Baseline.Comparison comparison) {
    Evaluation e = checked.evaluation();
    Plan plan = e.plan();
    PlanDocument document = checked.document();
    Map<Pointer, TextPosition> positions =
        document.positions(e.report().findings().stream().map(Finding::pointer).toList());
    Map<String, List<Finding>> byGroup = new LinkedHashMap<>();
    for (String topic :
        List.of("plan", "period", "ambito", "contents", "funding", "staffing", "governance")) {
      byGroup.put(topic, new ArrayList<>());
    }
    for (Area a : e.framework().catalogue().areas()) {
      byGroup.put("area:" + a.code(), new ArrayList<>());
    }
    Map<Finding, Boolean> isNew = new IdentityHashMap<>();
    for (int i = 0; i < e.report().findings().size(); i++) {
      Finding f = e.report().findings().get(i);
      isNew.put(f, comparison.state(i).orElse(null) == Baseline.State.NEW);
      byGroup.computeIfAbsent(groupKey(f.pointer(), plan), k -> new ArrayList<>()).add(f);
    }
    List<Group> groups = new ArrayList<>();
    for (Map.Entry<String, List<Finding>> g : byGroup.entrySet()) {
      if (g.getValue().isEmpty()) {
        continue;
      }
      List<FindingView> findings = new ArrayList<>();
      for (Finding f : g.getValue()) {
        TextPosition pos = positions.get(f.pointer());
        String where = TextReport.where(document, pos);
        findings.add(
            new FindingView(
                f.code(),
                f.severity().name(),
                label(language, "severity." + f.severity().name()),
                f.message(language),
                where,
                f.pointer().isRoot() ? "/" : f.pointer().toString(),
                basis(f.legalBasis(), language),
                Marks.suppression(f, plan, LABELS, language).orElse(null),
                isNew.get(f) ? label(language, "baseline.new") : null,
                TuningText.declared(f, language, sev -> label(language, "severity." + sev.name()))
                    .orElse(null)));
      }
      long errors = g.getValue().stream().filter(f -> f.severity() == Severity.ERROR).count();
      long warnings = g.getValue().stream().filter(f -> f.severity() == Severity.WARNING).count();
      long infos = g.getValue().size() - errors - warnings;
      groups.add(
          new Group(
              groupTitle(g.getKey(), e.framework().catalogue(), language),
              label(language, "findingsCountValue", errors, warnings, infos)
                  + Marks.suppressedCount(g.getValue(), LABELS, language),
              findings));
    }
    return groups;
  }

  /**
   * The group of a finding: the area of the intervention it points into, or else the part of the
   * plan its pointer names (the ambito, the contents, the funding, ...).
   */
  static String groupKey(Pointer pointer, Plan plan) {
    List<String> tokens = pointer.tokens();
    if (tokens.isEmpty()) {
      return "plan";
    }
    String first = tokens.get(0);
    if (first.equals("interventions")) {
      if (tokens.size() > 1 && tokens.get(1).matches("\\d{1,9}")) {
        int index = Integer.parseInt(tokens.get(1));
        if (index < plan.interventions().size()) {
          return "area:" + plan.interventions().get(index).area();
        }
      }
      return "plan";
    }
    return switch (first) {
      case "period", "framework" -> "period";
      case "ambito", "region" -> "ambito";
      case "contents" -> "contents";
      case "funding" -> "funding";
      case "staffing" -> "staffing";
      case "governance" -> "governance";
      default -> "plan";
    };
  }

  private static String groupTitle(String key, Catalogue catalogue, Language language) {
    if (key.startsWith("area:")) {
      String code = key.substring("area:".length());
      return catalogue
          .area(code)
          .map(a -> label(language, "group.area", code, a.title()))
          .orElseGet(() -> label(language, "group.unknownArea", code));
    }
    return label(language, "group." + key);
  }

  // ---- charts ----

  private static List<ChartView> charts(
      Plan plan, Framework framework, PlanMoney money, Language language, int planIndex) {
    String prefix = "p" + (planIndex + 1) + "-";
    List<ChartView> charts = new ArrayList<>();

    // By area: every area of the catalogue, in its order, then any the plan adds.
    List<Item> areas = new ArrayList<>();
    TreeSet<String> seen = new TreeSet<>();
    for (Area a : framework.catalogue().areas()) {
      seen.add(a.code());
      areas.add(
          new Item(
              a.code() + " " + a.label(),
              a.code() + ": " + a.title(),
              List.of(money.allocatedByArea().getOrDefault(a.code(), Euro.ZERO))));
    }
    money
        .allocatedByArea()
        .forEach(
            (code, amount) -> {
              if (!seen.contains(code)) {
                areas.add(new Item(code, code, List.of(amount)));
              }
            });
    List<TableRow> areaTable = new ArrayList<>();
    for (Item item : areas) {
      areaTable.add(
          new TableRow(
              List.of(
                  item.fullLabel(),
                  Formats.money(item.values().get(0), language),
                  Formats.share(
                      item.values().get(0).cents(), money.allocated().cents(), language))));
    }
    charts.add(
        chart(
            prefix + "area",
            label(language, "chartArea"),
            null,
            areas,
            List.of("allocated"),
            List.of(label(language, "allocatedShort")),
            language,
            List.of(label(language, "area"), label(language, "amount"), label(language, "share")),
            areaTable));

    // By source: declared and allocated.
    TreeSet<FundingSource> sources = new TreeSet<>(money.declaredBySource().keySet());
    sources.addAll(money.allocatedBySource().keySet());
    List<Item> bySource = new ArrayList<>();
    List<TableRow> sourceTable = new ArrayList<>();
    for (FundingSource s : sources) {
      String name = sourceName(s, framework, language);
      Euro declared = money.declaredBySource().getOrDefault(s, Euro.ZERO);
      Euro allocated = money.allocatedBySource().getOrDefault(s, Euro.ZERO);
      bySource.add(new Item(s.id(), name, List.of(declared, allocated)));
      sourceTable.add(
          new TableRow(
              List.of(
                  name + " (" + s.id() + ")",
                  Formats.money(declared, language),
                  Formats.money(allocated, language))));
    }
    charts.add(
        chart(
            prefix + "source",
            label(language, "chartSource"),
            null,
            bySource,
            List.of("declared", "allocated"),
            List.of(label(language, "declared"), label(language, "allocatedShort")),
            language,
            List.of(
                label(language, "source"),
                label(language, "declared"),
                label(language, "allocatedShort")),
            sourceTable));

    // By year: declared and allocated.
    TreeSet<Integer> years = new TreeSet<>(money.declaredByYear().keySet());
    years.addAll(money.allocatedByYear().keySet());
    plan.period().years().forEach(years::add);
    List<Item> byYear = new ArrayList<>();
    List<TableRow> yearTable = new ArrayList<>();
    for (int year : years) {
      Euro declared = money.declaredByYear().getOrDefault(year, Euro.ZERO);
      Euro allocated = money.allocatedByYear().getOrDefault(year, Euro.ZERO);
      byYear.add(
          new Item(Integer.toString(year), Integer.toString(year), List.of(declared, allocated)));
      yearTable.add(
          new TableRow(
              List.of(
                  Integer.toString(year),
                  Formats.money(declared, language),
                  Formats.money(allocated, language))));
    }
    charts.add(
        chart(
            prefix + "year",
            label(language, "chartYear"),
            null,
            byYear,
            List.of("declared", "allocated"),
            List.of(label(language, "declared"), label(language, "allocatedShort")),
            language,
            List.of(
                label(language, "year"),
                label(language, "declared"),
                label(language, "allocatedShort")),
            yearTable));

    // Per comune: apportioned by population, with the per-capita figure.
    Optional<BigDecimal> perCapita = money.perCapita(plan);
    List<Item> byComune = new ArrayList<>();
    List<TableRow> comuneTable = new ArrayList<>();
    String perCapitaText = perCapita.map(p -> Formats.money(Euro.of(p), language)).orElse("");
    for (PlanMoney.ComuneShare share : money.perComune(plan)) {
      String population = Formats.integer(share.comune().population(), language);
      byComune.add(
          new Item(
              share.comune().name() + " (" + population + ")",
              share.comune().name(),
              List.of(share.share())));
      comuneTable.add(
          new TableRow(
              List.of(
                  share.comune().name(),
                  population,
                  Formats.money(share.share(), language),
                  perCapitaText)));
    }
    String note =
        perCapita.isPresent()
            ? label(language, "chartComuneNote", perCapitaText)
            : label(language, "chartComuneNoPopulation");
    charts.add(
        chart(
            prefix + "comune",
            label(language, "chartComune"),
            note,
            byComune,
            List.of("share"),
            List.of(label(language, "share")),
            language,
            List.of(
                label(language, "comune"),
                label(language, "population"),
                label(language, "share"),
                label(language, "perCapitaHeader")),
            comuneTable));
    return charts;
  }

  /** A row of a chart before layout: its label and one value per series. */
  private record Item(String label, String fullLabel, List<Euro> values) {}

  private static ChartView chart(
      String id,
      String title,
      String note,
      List<Item> items,
      List<String> series,
      List<String> seriesLabels,
      Language language,
      List<String> header,
      List<TableRow> table) {
    boolean two = series.size() > 1;
    int top = two ? 28 : 8;
    int barHeight = two ? 12 : 16;
    int rowHeight = two ? 34 : 24;
    long max =
        items.stream().flatMap(i -> i.values().stream()).mapToLong(Euro::cents).max().orElse(0);
    List<Legend> legend = new ArrayList<>();
    if (two) {
      for (int s = 0; s < series.size(); s++) {
        int x = BAR_START + s * 150;
        legend.add(new Legend(x, 6, x + 18, 17, series.get(s), seriesLabels.get(s)));
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < items.size(); r++) {
      Item item = items.get(r);
      int rowTop = top + r * rowHeight;
      List<Bar> bars = new ArrayList<>();
      for (int s = 0; s < series.size(); s++) {
        Euro value = item.values().get(s);
        int width = max == 0 ? 0 : (int) Math.round((double) value.cents() / max * BAR_SPACE);
        if (width == 0 && value.cents() > 0) {
          width = 1;
        }
        int y = rowTop + 2 + s * (barHeight + 2);
        String text = Formats.money(value, language);
        bars.add(
            new Bar(
                BAR_START,
                y,
                width,
                barHeight,
                series.get(s),
                item.fullLabel() + ", " + seriesLabels.get(s) + ": " + text,
                text,
                BAR_START + width + 6,
                y + barHeight - 3));
      }
      rows.add(
          new Row(
              truncate(item.label()),
              item.fullLabel(),
              rowTop + 2 + (two ? barHeight + 5 : barHeight - 3),
              bars));
    }
    int height = Math.max(top + items.size() * rowHeight + 8, 40);
    return new ChartView(
        id,
        title,
        note,
        CHART_WIDTH,
        height,
        items.isEmpty() || max == 0,
        label(language, "chartNoData"),
        legend,
        rows,
        header,
        table);
  }

  private static String truncate(String label) {
    return label.length() <= LABEL_MAX ? label : label.substring(0, LABEL_MAX - 1) + "…";
  }

  /**
   * The full name of a funding source in the reader's language: the national vocabulary first (its
   * codes are national), then the framework's own list, then the national reference.
   */
  static String sourceName(FundingSource source, Framework framework, Language language) {
    Optional<String> named = Vocabulary.name(Vocabulary.Kind.FUNDING_SOURCE, source.id(), language);
    if (named.isPresent()) {
      return named.get();
    }
    return framework.catalogue().fundingSources().stream()
        .filter(s -> s.id().equals(source))
        .map(FundingSourceInfo::name)
        .findFirst()
        .or(() -> NationalRules.reference().fundingSource(source).map(FundingSourceInfo::name))
        .orElse(source.id());
  }
}
