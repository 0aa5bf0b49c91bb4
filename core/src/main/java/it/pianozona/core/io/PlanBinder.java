package it.pianozona.core.io;

import static it.pianozona.core.io.PlanShapes.AGREEMENT;
import static it.pianozona.core.io.PlanShapes.ALLOCATION;
import static it.pianozona.core.io.PlanShapes.AMBITO;
import static it.pianozona.core.io.PlanShapes.APPROVAL;
import static it.pianozona.core.io.PlanShapes.BODY;
import static it.pianozona.core.io.PlanShapes.COMUNE;
import static it.pianozona.core.io.PlanShapes.FUNDING;
import static it.pianozona.core.io.PlanShapes.GOVERNANCE;
import static it.pianozona.core.io.PlanShapes.INTERVENTION;
import static it.pianozona.core.io.PlanShapes.PARTICIPATION;
import static it.pianozona.core.io.PlanShapes.PLAN;
import static it.pianozona.core.io.PlanShapes.SOURCE;
import static it.pianozona.core.io.PlanShapes.STAFFING;
import static it.pianozona.core.io.PlanShapes.SUPPRESSION;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.model.Agreement;
import it.pianozona.core.model.Allocation;
import it.pianozona.core.model.Ambito;
import it.pianozona.core.model.ApprovalAct;
import it.pianozona.core.model.Comune;
import it.pianozona.core.model.Euro;
import it.pianozona.core.model.Funding;
import it.pianozona.core.model.FundingSource;
import it.pianozona.core.model.Governance;
import it.pianozona.core.model.GovernanceBody;
import it.pianozona.core.model.Intervention;
import it.pianozona.core.model.IstatCode;
import it.pianozona.core.model.PartialDate;
import it.pianozona.core.model.ParticipationEvent;
import it.pianozona.core.model.Period;
import it.pianozona.core.model.Plan;
import it.pianozona.core.model.Region;
import it.pianozona.core.model.SourceRef;
import it.pianozona.core.model.Staffing;
import it.pianozona.core.model.Suppression;
import it.pianozona.core.text.Message;
import it.pianozona.core.validation.Pointer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Turns a document tree into a {@link Plan}, or into the list of every problem that prevents it.
 * Judging the plan is validation's job: here only what cannot be represented is refused.
 */
final class PlanBinder {

  private static final Pattern CONTENTS_KEY = Pattern.compile("[a-z][A-Za-z0-9]*");
  private static final BigDecimal MAX_FTE = BigDecimal.valueOf(100_000);

  /** A rule code: {@code PUG-V-CNT-002}, {@code NAT-FUND-006}, {@code CORE-SUP-001}. */
  /** The kinds of element a finding can be about, as reports write them. */
  private static final List<String> ELEMENT_KINDS =
      java.util.Arrays.stream(it.pianozona.core.validation.ElementRef.Kind.values())
          .map(k -> k.name().toLowerCase(java.util.Locale.ROOT))
          .toList();

  private static final Pattern RULE_CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

  /** An RFC 6901 JSON Pointer: empty, or tokens after '/', with '~' only in ~0 and ~1. */
  private static final Pattern JSON_POINTER = Pattern.compile("(/([^~/]|~[01])*)*");

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final NodeReader r;
  private final ReadLimits limits;

  /**
   * One instance per funding source id in a document: a plan names a handful of sources in
   * thousands of allocations, and the rules hash them once per allocation. Shared instances keep
   * that hashing in cache and the plan smaller.
   */
  private final Map<String, FundingSource> sources = new HashMap<>();

  /** What the document's amounts may still add up to, so that no sum of them can overflow. */
  private long totalLeft = Plan.MAX_TOTAL.cents();

  PlanBinder(Problems problems, ReadLimits limits) {
    this.r = new NodeReader(problems);
    this.limits = limits;
  }

  /** The plan, or null when any problem was recorded. */
  Plan bind(JsonNode root) {
    return bind(root, null, null);
  }

  /**
   * As {@link #bind(JsonNode)}, with the funding entries and the interventions already bound from
   * the parser's tokens by {@link StreamBinder} (each null when the tree still holds them); the
   * tree then holds an empty list in their place.
   */
  Plan bind(JsonNode root, List<Funding> boundFunding, List<Intervention> boundInterventions) {
    Pointer at = Pointer.ROOT;
    ObjectNode o = r.object(root, at, PLAN);
    if (o == null) {
      return null;
    }
    Long schemaVersion =
        o.has("schemaVersion")
            ? r.integer(
                o.get("schemaVersion"),
                at.append("schemaVersion"),
                NodeReader.phrase("value.schema-version", Plan.CURRENT_SCHEMA_VERSION),
                Plan.CURRENT_SCHEMA_VERSION,
                Plan.CURRENT_SCHEMA_VERSION)
            : null;
    String id = o.has("id") ? planId(o.get("id"), at.append("id")) : null;
    String title =
        o.has("title") ? r.text(o.get("title"), at.append("title"), "value.plan-title") : null;
    Region region =
        o.has("region") ? Binding.region(r, o.get("region"), at.append("region")) : null;
    Period period =
        o.has("period") ? Binding.period(r, o.get("period"), at.append("period")) : null;
    Optional<String> framework = r.optionalText(o, "framework", at, "value.framework-id");
    // The ambito's own problems are reported even when the region could not be read.
    Ambito ambito = o.has("ambito") ? ambito(o.get("ambito"), at.append("ambito"), region) : null;
    Map<String, String> contents = contents(o.get("contents"), at.append("contents"));
    List<Funding> funding = boundFunding == null ? new ArrayList<>() : boundFunding;
    List<JsonNode> fundingNodes =
        boundFunding == null
            ? r.list(o.get("funding"), at.append("funding"), "value.funding-entries")
            : List.of();
    for (int i = 0; i < fundingNodes.size(); i++) {
      add(funding, funding(fundingNodes.get(i), at.append("funding", i)));
    }
    Optional<Staffing> staffing =
        o.has("staffing")
            ? Optional.ofNullable(staffing(o.get("staffing"), at.append("staffing")))
            : Optional.empty();
    List<Intervention> interventions =
        boundInterventions == null ? new ArrayList<>() : boundInterventions;
    List<JsonNode> interventionNodes =
        boundInterventions == null
            ? r.list(o.get("interventions"), at.append("interventions"), "value.interventions")
            : List.of();
    if (interventionNodes.size() > limits.maxInterventions()) {
      r.problem(
          at.append("interventions"),
          ProblemCode.INTERVENTIONS_LIMIT,
          limits.maxInterventions(),
          interventionNodes.size());
    } else {
      for (int i = 0; i < interventionNodes.size(); i++) {
        add(interventions, intervention(interventionNodes.get(i), at.append("interventions", i)));
      }
    }
    Governance governance =
        o.has("governance")
            ? governance(o.get("governance"), at.append("governance"))
            : Governance.EMPTY;
    List<SourceRef> sources = new ArrayList<>();
    List<JsonNode> sourceNodes = r.list(o.get("sources"), at.append("sources"), "value.sources");
    for (int i = 0; i < sourceNodes.size(); i++) {
      add(sources, source(sourceNodes.get(i), at.append("sources", i)));
    }
    Optional<String> notes = r.optionalText(o, "notes", at, "value.notes");
    List<Suppression> suppressions = suppressions(o.get("suppressions"), at.append("suppressions"));

    if (!r.problems().isEmpty()) {
      return null;
    }
    return Binding.build(
        r,
        at,
        () ->
            new Plan(
                schemaVersion.intValue(),
                id,
                title,
                ambito,
                period,
                framework,
                contents,
                funding,
                staffing,
                interventions,
                governance,
                sources,
                notes,
                suppressions));
  }

  /**
   * The suppressions, each refused with its own problem when it lacks a reason, names no rule code
   * or no JSON Pointer, or repeats another: two suppressions of one finding would leave one of them
   * reported as stale.
   */
  private List<Suppression> suppressions(JsonNode node, Pointer at) {
    List<Suppression> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    List<JsonNode> nodes = r.list(node, at, "value.suppressions");
    for (int i = 0; i < nodes.size(); i++) {
      Suppression s = suppression(nodes.get(i), at.append(i));
      if (s == null) {
        continue;
      }
      Integer first = seen.putIfAbsent(s.code() + "\u0000" + s.pointer(), i);
      if (first != null) {
        r.problem(
            at.append(i),
            ProblemCode.DUPLICATE_SUPPRESSION,
            s.code(),
            s.pointer().isEmpty() ? "\"\"" : s.pointer(),
            at.append(first));
        continue;
      }
      out.add(s);
    }
    return out;
  }

  private Suppression suppression(JsonNode node, Pointer at) {
    ObjectNode o = r.object(node, at, SUPPRESSION);
    if (o == null) {
      return null;
    }
    String code = null;
    if (o.has("code")) {
      code = r.identifier(o.get("code"), at.append("code"), "value.rule-code");
      if (code != null && !RULE_CODE.matcher(code).matches()) {
        r.problem(at.append("code"), ProblemCode.BAD_RULE_CODE, NodeReader.printable(code));
        code = null;
      }
    }
    String pointer = o.has("pointer") ? pointer(o.get("pointer"), at.append("pointer")) : null;
    String reason =
        o.has("reason")
            ? r.text(o.get("reason"), at.append("reason"), "value.suppression-reason")
            : null;
    Optional<String> by = r.optionalText(o, "by", at, "value.suppressed-by");
    Optional<LocalDate> date =
        o.has("date")
            ? Optional.ofNullable(day(o.get("date"), at.append("date")))
            : Optional.empty();
    Optional<String> element =
        o.has("element")
            ? Optional.ofNullable(element(o.get("element"), at.append("element")))
            : Optional.empty();
    if (code == null
        || pointer == null
        || reason == null
        || (o.has("by") && by.isEmpty())
        || (o.has("date") && date.isEmpty())
        || (o.has("element") && element.isEmpty())) {
      return null;
    }
    String c = code;
    return Binding.build(r, at, () -> new Suppression(c, pointer, reason, by, date, element));
  }

  /** An element as reports show it, such as {@code intervention:A7-01}. */
  private String element(JsonNode node, Pointer at) {
    String text = r.text(node, at, "value.finding-element");
    if (text == null) {
      return null;
    }
    int colon = text.indexOf(':');
    String kind = colon > 0 ? text.substring(0, colon) : "";
    if (!ELEMENT_KINDS.contains(kind) || colon == text.length() - 1) {
      r.problem(
          at,
          ProblemCode.BAD_ELEMENT,
          NodeReader.printable(text),
          String.join(", ", ELEMENT_KINDS));
      return null;
    }
    return text;
  }

  /** A JSON Pointer as a report shows it, the empty text for the whole plan. */
  private String pointer(JsonNode node, Pointer at) {
    if (node == null || !node.isTextual()) {
      Message hint = NodeReader.phrase("hint.none");
      r.problem(
          at,
          ProblemCode.NOT_TEXT,
          NodeReader.phrase("value.pointer"),
          NodeReader.describe(node),
          hint);
      return null;
    }
    String text = node.textValue();
    if (!JSON_POINTER.matcher(text).matches() || NodeReader.firstControl(text) >= 0) {
      r.problem(at, ProblemCode.BAD_POINTER, NodeReader.printable(text));
      return null;
    }
    return text;
  }

  /** A whole ISO date, such as 2025-03-14: the day a suppression was accepted. */
  private LocalDate day(JsonNode node, Pointer at) {
    if (node != null && node.isTextual() && ISO_DATE.matcher(node.textValue()).matches()) {
      try {
        return LocalDate.parse(node.textValue());
      } catch (DateTimeParseException e) {
        // The form is right but the calendar has no such day: the same problem says so.
      }
    }
    r.problem(at, ProblemCode.BAD_SUPPRESSION_DATE, NodeReader.describe(node));
    return null;
  }

  private static <T> void add(List<T> list, T value) {
    if (value != null) {
      list.add(value);
    }
  }

  private String planId(JsonNode node, Pointer at) {
    String id = r.text(node, at, "value.plan-id");
    if (id != null && !Plan.isValidId(id)) {
      r.problem(at, ProblemCode.BAD_PLAN_ID, NodeReader.describe(node));
      return null;
    }
    return id;
  }

  /** The ambito, or null; {@code region} is null when the plan's region could not be read. */
  private Ambito ambito(JsonNode node, Pointer at, Region region) {
    ObjectNode o = r.object(node, at, AMBITO);
    if (o == null) {
      return null;
    }
    Optional<String> id = r.optionalText(o, "id", at, "value.ambito-id");
    String name =
        o.has("name") ? r.text(o.get("name"), at.append("name"), "value.ambito-name") : null;
    IstatCode lead = o.has("lead") ? istat(o.get("lead"), at.append("lead")) : null;
    List<Comune> comuni = new ArrayList<>();
    List<JsonNode> comuneNodes = r.list(o.get("comuni"), at.append("comuni"), "value.comuni");
    for (int i = 0; i < comuneNodes.size(); i++) {
      add(comuni, comune(comuneNodes.get(i), at.append("comuni", i)));
    }
    if (region == null || name == null || lead == null || comuni.size() != comuneNodes.size()) {
      return null;
    }
    return Binding.build(r, at, () -> new Ambito(id, name, region, lead, comuni));
  }

  private IstatCode istat(JsonNode node, Pointer at) {
    if (node != null && node.isNumber()) {
      r.problem(at, ProblemCode.ISTAT_CODE_UNQUOTED, NodeReader.describe(node));
      return null;
    }
    String text = r.text(node, at, "value.istat-code");
    if (text == null) {
      return null;
    }
    if (!IstatCode.isWellFormed(text)) {
      r.problem(at, ProblemCode.BAD_ISTAT_CODE, NodeReader.describe(node));
      return null;
    }
    return IstatCode.of(text);
  }

  private Comune comune(JsonNode node, Pointer at) {
    ObjectNode o = r.object(node, at, COMUNE);
    if (o == null) {
      return null;
    }
    IstatCode code = o.has("istat") ? istat(o.get("istat"), at.append("istat")) : null;
    String name =
        o.has("name") ? r.text(o.get("name"), at.append("name"), "value.comune-name") : null;
    Long population =
        o.has("population")
            ? r.integer(
                o.get("population"), at.append("population"), "value.residents", 0, 10_000_000)
            : null;
    if (code == null || name == null || population == null) {
      return null;
    }
    return Binding.build(r, at, () -> new Comune(code, name, population));
  }

  private Map<String, String> contents(JsonNode node, Pointer at) {
    Map<String, String> contents = new LinkedHashMap<>();
    if (node == null) {
      return contents;
    }
    if (!node.isObject()) {
      r.problem(
          at,
          ProblemCode.NOT_A_MAP,
          NodeReader.phrase("value.contents"),
          NodeReader.phrase("value.section-key"),
          NodeReader.phrase("value.text"),
          NodeReader.describe(node));
      return contents;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Pointer keyAt = at.append(e.getKey());
      if (!CONTENTS_KEY.matcher(e.getKey()).matches()) {
        r.problem(keyAt, ProblemCode.BAD_CONTENTS_KEY, NodeReader.printable(e.getKey()));
        continue;
      }
      String text = r.text(e.getValue(), keyAt, "value.section-text");
      if (text != null) {
        contents.put(e.getKey(), text);
      }
    }
    return contents;
  }

  private FundingSource fundingSource(JsonNode node, Pointer at) {
    String id = r.text(node, at, "value.funding-source-id");
    if (id == null || !Binding.checkFundingSourceId(r, id, at)) {
      return null;
    }
    return fundingSource(id);
  }

  /** The one instance for a well-formed funding source id in this document. */
  FundingSource fundingSource(String id) {
    return sources.computeIfAbsent(id, FundingSource::of);
  }

  /**
   * Counts an amount bound from the parser's tokens towards the document's total, as {@link
   * #counted} does; false when it takes the total past {@link Plan#MAX_TOTAL}.
   */
  boolean count(Euro amount) {
    totalLeft -= amount.cents();
    return totalLeft >= 0;
  }

  private Funding funding(JsonNode node, Pointer at) {
    ObjectNode o = r.object(node, at, FUNDING);
    if (o == null) {
      return null;
    }
    FundingSource source =
        o.has("source") ? fundingSource(o.get("source"), at.append("source")) : null;
    Integer year =
        o.has("year") ? r.year(o.get("year"), at.append("year"), "value.budget-year") : null;
    Euro amount =
        o.has("amount")
            ? counted(r.amount(o.get("amount"), at.append("amount")), at.append("amount"))
            : null;
    boolean illustrative = r.flag(o, "illustrative", at);
    if (source == null || year == null || amount == null) {
      return null;
    }
    return Binding.build(r, at, () -> new Funding(source, year, amount, illustrative));
  }

  private Staffing staffing(JsonNode node, Pointer at) {
    ObjectNode o = r.object(node, at, STAFFING);
    if (o == null) {
      return null;
    }
    BigDecimal workers =
        o.has("socialWorkers")
            ? r.decimal(
                o.get("socialWorkers"), at.append("socialWorkers"), "value.social-workers", MAX_FTE)
            : null;
    boolean illustrative = r.flag(o, "illustrative", at);
    if (workers == null) {
      return null;
    }
    return Binding.build(r, at, () -> new Staffing(workers, illustrative));
  }

  private Intervention intervention(JsonNode node, Pointer at) {
    ObjectNode o = r.object(node, at, INTERVENTION);
    if (o == null) {
      return null;
    }
    String id =
        o.has("id") ? r.identifier(o.get("id"), at.append("id"), "value.intervention-id") : null;
    String title =
        o.has("title")
            ? r.text(o.get("title"), at.append("title"), "value.intervention-title")
            : null;
    String area =
        o.has("area") ? r.identifier(o.get("area"), at.append("area"), "value.area-code") : null;
    List<String> objectives =
        r.textList(o, "objectives", at, "value.objective-codes", "value.objective-code");
    List<String> leps = r.textList(o, "leps", at, "value.leps-ids", "value.leps-id");
    List<Allocation> allocations = new ArrayList<>();
    List<JsonNode> allocationNodes =
        r.list(o.get("allocations"), at.append("allocations"), "value.allocations");
    for (int i = 0; i < allocationNodes.size(); i++) {
      add(allocations, allocation(allocationNodes.get(i), at.append("allocations", i)));
    }
    List<String> tags = r.textList(o, "tags", at, "value.tags", "value.tag");
    Map<String, BigDecimal> indicators = indicators(o.get("indicators"), at.append("indicators"));
    Optional<String> description = r.optionalText(o, "description", at, "value.description");
    boolean illustrative = r.flag(o, "illustrative", at);
    if (id == null
        || title == null
        || area == null
        || allocations.size() != allocationNodes.size()) {
      return null;
    }
    return Binding.build(
        r,
        at,
        () ->
            new Intervention(
                id,
                title,
                area,
                objectives,
                leps,
                allocations,
                tags,
                indicators,
                description,
                illustrative));
  }

  private Map<String, BigDecimal> indicators(JsonNode node, Pointer at) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    if (node == null) {
      return out;
    }
    if (!node.isObject()) {
      r.problem(
          at,
          ProblemCode.NOT_A_MAP,
          NodeReader.phrase("value.indicators"),
          NodeReader.phrase("value.indicator-id-key"),
          NodeReader.phrase("value.number"),
          NodeReader.describe(node));
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Pointer keyAt = at.append(e.getKey());
      if (!Binding.checkIndicatorId(r, e.getKey(), keyAt)) {
        continue;
      }
      BigDecimal value =
          r.decimal(
              e.getValue(), keyAt, "value.indicator-value", BigDecimal.valueOf(1_000_000_000L));
      if (value != null) {
        out.put(e.getKey(), value);
      }
    }
    return out;
  }

  private Allocation allocation(JsonNode node, Pointer at) {
    ObjectNode o = r.object(node, at, ALLOCATION);
    if (o == null) {
      return null;
    }
    FundingSource source =
        o.has("source") ? fundingSource(o.get("source"), at.append("source")) : null;
    Integer year =
        o.has("year") ? r.year(o.get("year"), at.append("year"), "value.budget-year") : null;
    Euro amount =
        o.has("amount")
            ? counted(r.amount(o.get("amount"), at.append("amount")), at.append("amount"))
            : null;
    if (source == null || year == null || amount == null) {
      return null;
    }
    return Binding.build(r, at, () -> new Allocation(source, year, amount));
  }

  /**
   * The amount, counted towards the document's total; null and a problem at the amount that takes
   * the total of all amounts past {@link Plan#MAX_TOTAL}.
   */
  private Euro counted(Euro amount, Pointer at) {
    if (amount == null || totalLeft < 0) {
      return amount;
    }
    totalLeft -= amount.cents();
    if (totalLeft < 0) {
      r.problem(at, ProblemCode.AMOUNTS_ADD_UP_TOO_MUCH, Plan.MAX_TOTAL);
      return null;
    }
    return amount;
  }

  private Governance governance(JsonNode node, Pointer at) {
    ObjectNode o = r.object(node, at, GOVERNANCE);
    if (o == null) {
      return null;
    }
    List<ApprovalAct> approvals = new ArrayList<>();
    List<JsonNode> approvalNodes =
        r.list(o.get("approvals"), at.append("approvals"), "value.approvals");
    for (int i = 0; i < approvalNodes.size(); i++) {
      add(approvals, approval(approvalNodes.get(i), at.append("approvals", i)));
    }
    List<ParticipationEvent> events = new ArrayList<>();
    List<JsonNode> eventNodes =
        r.list(o.get("participation"), at.append("participation"), "value.participation-events");
    for (int i = 0; i < eventNodes.size(); i++) {
      add(events, participation(eventNodes.get(i), at.append("participation", i)));
    }
    List<Agreement> agreements = new ArrayList<>();
    List<JsonNode> agreementNodes =
        r.list(o.get("agreements"), at.append("agreements"), "value.agreements");
    for (int i = 0; i < agreementNodes.size(); i++) {
      add(agreements, agreement(agreementNodes.get(i), at.append("agreements", i)));
    }
    List<GovernanceBody> bodies = new ArrayList<>();
    List<JsonNode> bodyNodes = r.list(o.get("bodies"), at.append("bodies"), "value.bodies");
    for (int i = 0; i < bodyNodes.size(); i++) {
      add(bodies, body(bodyNodes.get(i), at.append("bodies", i)));
    }
    return new Governance(approvals, events, agreements, bodies);
  }

  private List<String> identifiers(
      ObjectNode o, String key, Pointer at, String expectedList, String expectedItem) {
    List<String> out = new ArrayList<>();
    Pointer listAt = at.append(key);
    List<JsonNode> items = r.list(o.get(key), listAt, expectedList);
    for (int i = 0; i < items.size(); i++) {
      String id = identifier(items.get(i), listAt.append(i), expectedItem);
      if (id != null) {
        out.add(id);
      }
    }
    return out;
  }

  private Agreement agreement(JsonNode node, Pointer at) {
    ObjectNode o = r.object(node, at, AGREEMENT);
    if (o == null) {
      return null;
    }
    String kind =
        o.has("kind") ? identifier(o.get("kind"), at.append("kind"), "value.agreement-kind") : null;
    Optional<PartialDate> date = r.optionalDate(o, "date", at);
    List<String> parties = identifiers(o, "parties", at, "value.parties", "value.party");
    Optional<String> number =
        o.has("number") && o.get("number").isNumber()
            ? Optional.of(o.get("number").asText())
            : r.optionalText(o, "number", at, "value.act-number");
    Optional<String> title = r.optionalText(o, "title", at, "value.description");
    Optional<String> notes = r.optionalText(o, "notes", at, "value.notes");
    if (kind == null) {
      return null;
    }
    return Binding.build(r, at, () -> new Agreement(kind, date, parties, number, title, notes));
  }

  private GovernanceBody body(JsonNode node, Pointer at) {
    ObjectNode o = r.object(node, at, BODY);
    if (o == null) {
      return null;
    }
    String kind =
        o.has("kind") ? identifier(o.get("kind"), at.append("kind"), "value.body-kind") : null;
    Optional<PartialDate> established = r.optionalDate(o, "established", at);
    OptionalInt staff = r.optionalInteger(o, "staff", at, "value.staff", 0, 100_000);
    Optional<String> notes = r.optionalText(o, "notes", at, "value.notes");
    if (kind == null) {
      return null;
    }
    return Binding.build(r, at, () -> new GovernanceBody(kind, established, staff, notes));
  }

  private String identifier(JsonNode node, Pointer at, String expected) {
    String text = r.text(node, at, expected);
    if (text != null && !FundingSource.isWellFormed(text)) {
      r.problem(
          at,
          ProblemCode.BAD_HYPHENATED_ID,
          NodeReader.phrase(expected),
          NodeReader.describe(node));
      return null;
    }
    return text;
  }

  private ApprovalAct approval(JsonNode node, Pointer at) {
    ObjectNode o = r.object(node, at, APPROVAL);
    if (o == null) {
      return null;
    }
    String body =
        o.has("body") ? identifier(o.get("body"), at.append("body"), "value.approval-body") : null;
    PartialDate date = o.has("date") ? r.date(o.get("date"), at.append("date")) : null;
    Optional<String> number =
        o.has("number") && o.get("number").isNumber()
            ? Optional.of(o.get("number").asText())
            : r.optionalText(o, "number", at, "value.act-number");
    Optional<String> title = r.optionalText(o, "title", at, "value.act-description");
    Optional<String> notes = r.optionalText(o, "notes", at, "value.notes");
    if (body == null || date == null) {
      return null;
    }
    return Binding.build(r, at, () -> new ApprovalAct(body, date, number, title, notes));
  }

  private ParticipationEvent participation(JsonNode node, Pointer at) {
    ObjectNode o = r.object(node, at, PARTICIPATION);
    if (o == null) {
      return null;
    }
    Optional<PartialDate> date = r.optionalDate(o, "date", at);
    String kind =
        o.has("kind") ? identifier(o.get("kind"), at.append("kind"), "value.event-kind") : null;
    Optional<String> topic = r.optionalText(o, "topic", at, "value.topic");
    List<String> actors = identifiers(o, "actors", at, "value.actors", "value.actor");
    OptionalInt participants =
        r.optionalInteger(o, "participants", at, "value.participants", 0, 1_000_000);
    Optional<String> place = r.optionalText(o, "place", at, "value.place");
    Optional<PartialDate> deadline = r.optionalDate(o, "deadline", at);
    Optional<String> notes = r.optionalText(o, "notes", at, "value.notes");
    if (kind == null) {
      return null;
    }
    return Binding.build(
        r,
        at,
        () ->
            new ParticipationEvent(
                date, kind, topic, actors, participants, place, deadline, notes));
  }

  private SourceRef source(JsonNode node, Pointer at) {
    ObjectNode o = r.object(node, at, SOURCE);
    if (o == null) {
      return null;
    }
    String title =
        o.has("title") ? r.text(o.get("title"), at.append("title"), "value.source-title") : null;
    Optional<String> url = r.optionalText(o, "url", at, "value.url");
    Optional<PartialDate> date = r.optionalDate(o, "date", at);
    if (title == null) {
      return null;
    }
    return Binding.build(r, at, () -> new SourceRef(title, url, date));
  }
}
