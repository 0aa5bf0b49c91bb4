package it.pianozona.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.pianozona.core.CheckedPlan;
import it.pianozona.core.Evaluation;
import it.pianozona.core.io.DataReader;
import it.pianozona.core.io.DocumentException;
import it.pianozona.core.io.DocumentProblem;
import it.pianozona.core.io.ProblemCode;
import it.pianozona.core.io.ReadLimits;
import it.pianozona.core.text.Language;
import it.pianozona.core.text.Message;
import it.pianozona.core.validation.Finding;
import it.pianozona.core.validation.Pointer;
import it.pianozona.core.validation.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The findings of an earlier JSON report, so that a run on a plan under revision can tell what is
 * new from what was already there: each finding now is {@link State#NEW} or {@link
 * State#UNCHANGED}, each finding of the baseline now gone is {@link State#ABSENT}. Findings match
 * by plan id and {@link Finding#fingerprint()} as a multiset, so that an edit elsewhere in the file
 * (an intervention added before others, which moves their indexes) changes no match, and two equal
 * findings now against one in the baseline are one unchanged and one new.
 *
 * <pre>{@code
 * Baseline before = Baseline.read(Path.of("/tmp/prima.json"));
 * String report = Reports.render(ReportFormat.SARIF, List.of(plan), Language.IT, before);
 * boolean fails = before.compare(plan.evaluation()).fails(Severity.ERROR);
 * }</pre>
 *
 * @since 0.1
 */
public final class Baseline {

  /** No baseline: every report renders as without one, and every finding counts. */
  public static final Baseline NONE = new Baseline("", Map.of(), false);

  /** Strict, as plan documents are read: no trailing content, no key given twice. */
  private static final ObjectMapper JSON =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  /** How a finding compares with the baseline; the names are SARIF's {@code baselineState}. */
  public enum State {
    NEW("new"),
    UNCHANGED("unchanged"),
    ABSENT("absent");

    private final String id;

    State(String id) {
      this.id = id;
    }

    /** The name in the JSON report and in SARIF, such as {@code unchanged}. */
    public String id() {
      return id;
    }
  }

  /**
   * A finding of the baseline as its report wrote it: what a report lists when it is now absent.
   *
   * @param code the rule code
   * @param severity its severity then, such as {@code WARNING}; empty if the report did not say
   * @param pointer its JSON Pointer then
   * @param element the element it was about, such as {@code intervention:PUG-V-01}
   * @param fingerprint what it matches by
   * @param message its message, in the language of that report
   */
  public record Entry(
      String code,
      String severity,
      String pointer,
      String element,
      String fingerprint,
      String message) {
    public Entry {
      requireNonNull(code, "code");
      requireNonNull(severity, "severity");
      requireNonNull(pointer, "pointer");
      requireNonNull(element, "element");
      requireNonNull(fingerprint, "fingerprint");
      requireNonNull(message, "message");
    }

    /** The entry of a finding, as a JSON report of it in the language would write it. */
    public static Entry of(Finding finding, Language language) {
      return new Entry(
          finding.code(),
          finding.severity().name(),
          finding.pointer().toString(),
          finding.location().element().toString(),
          finding.fingerprint(),
          finding.message(language));
    }
  }

  /**
   * One plan's findings against the baseline.
   *
   * @param compared whether there was a baseline to compare with; when false, states are empty
   * @param states the state of each finding, in the report's order
   * @param absent the baseline's findings of the plan that are gone, in the baseline's order
   */
  public record Comparison(boolean compared, List<State> states, List<Entry> absent) {

    /** No comparison: the run had no baseline. */
    public static final Comparison NONE = new Comparison(false, List.of(), List.of());

    public Comparison {
      states = List.copyOf(states);
      absent = List.copyOf(absent);
    }

    /** The state of the finding at this index of the report, if there was a baseline. */
    public Optional<State> state(int index) {
      return compared ? Optional.of(states.get(index)) : Optional.empty();
    }

    public long count(State state) {
      return state == State.ABSENT
          ? absent.size()
          : states.stream().filter(s -> s == state).count();
    }
  }

  private final String source;
  private final Map<String, List<Entry>> byPlan;
  private final boolean present;

  private Baseline(String source, Map<String, List<Entry>> byPlan, boolean present) {
    this.source = source;
    Map<String, List<Entry>> copy = new LinkedHashMap<>();
    byPlan.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.byPlan = Map.copyOf(copy);
    this.present = present;
  }

  /**
   * A baseline of the given findings by plan id, such as those of an earlier evaluation kept in
   * memory.
   *
   * @param source how reports name it, such as the report file it came from
   */
  public static Baseline of(String source, Map<String, List<Entry>> findingsByPlan) {
    return new Baseline(requireNonNull(source, "source"), findingsByPlan, true);
  }

  /** A baseline of plans checked now: what {@code validate --format json} would write of them. */
  public static Baseline of(String source, List<CheckedPlan> plans, Language language) {
    Map<String, List<Entry>> byPlan = new LinkedHashMap<>();
    for (CheckedPlan c : plans) {
      List<Entry> entries =
          byPlan.computeIfAbsent(c.evaluation().plan().id(), k -> new ArrayList<>());
      c.evaluation().report().findings().forEach(f -> entries.add(Entry.of(f, language)));
    }
    return of(source, byPlan);
  }

  /** How reports name the baseline, such as its file; empty for {@link #NONE}. */
  public String source() {
    return source;
  }

  /** Whether this is a baseline at all, rather than {@link #NONE}. */
  public boolean isPresent() {
    return present;
  }

  /** The baseline's findings of a plan, in its report's order; empty for a plan it lacks. */
  public List<Entry> findings(String planId) {
    return byPlan.getOrDefault(planId, List.of());
  }

  /**
   * Compares a plan's findings with the baseline's findings of the same plan id: the first of the
   * findings now with a fingerprint is matched with the first of the baseline's with that
   * fingerprint, and so on; a plan the baseline lacks has only new findings.
   */
  public Comparison compare(Evaluation evaluation) {
    if (!present) {
      return Comparison.NONE;
    }
    List<Entry> before = findings(evaluation.plan().id());
    Map<String, List<Integer>> waiting = new HashMap<>();
    for (int i = 0; i < before.size(); i++) {
      waiting.computeIfAbsent(before.get(i).fingerprint(), k -> new ArrayList<>()).add(i);
    }
    boolean[] matched = new boolean[before.size()];
    List<State> states = new ArrayList<>();
    for (Finding f : evaluation.report().findings()) {
      List<Integer> same = waiting.get(f.fingerprint());
      if (same == null || same.isEmpty()) {
        states.add(State.NEW);
      } else {
        matched[same.remove(0)] = true;
        states.add(State.UNCHANGED);
      }
    }
    List<Entry> absent = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      if (!matched[i]) {
        absent.add(before.get(i));
      }
    }
    return new Comparison(true, states, absent);
  }

  /**
   * Whether the plan fails at the threshold: a finding at least that serious, not suppressed and,
   * with a baseline, new. What {@code --fail-on} turns into the exit code.
   */
  public boolean fails(Evaluation evaluation, Severity threshold) {
    Comparison comparison = compare(evaluation);
    List<Finding> findings = evaluation.report().findings();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      if (f.severity().isAtLeast(threshold)
          && !f.suppressed()
          && comparison.state(i).orElse(State.NEW) == State.NEW) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads an earlier JSON report of pianozona ({@code validate --format json}), of one plan or
   * several.
   *
   * @throws DocumentException if the file cannot be read, is not such a report, or has a {@code
   *     reportVersion} this version does not read: every problem located by line, column and
   *     pointer
   */
  public static Baseline read(Path file) {
    String source = file.toString();
    byte[] content;
    try {
      if (Files.isDirectory(file)) {
        throw single(source, ProblemCode.DIRECTORY, phrase("baseline.file"));
      }
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        throw single(source, ProblemCode.SPECIAL_FILE, phrase("baseline.file"));
      }
      long size = Files.size(file);
      long max = ReadLimits.DEFAULT.maxDocumentBytes();
      if (size > max) {
        throw single(source, ProblemCode.DOCUMENT_TOO_LARGE, size, max);
      }
      content = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw single(source, ProblemCode.FILE_NOT_FOUND);
    } catch (IOException e) {
      throw single(source, ProblemCode.CANNOT_READ_FILE, DocumentProblem.reason(e));
    }
    JsonNode root;
    try {
      root = JSON.readTree(content);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String words = String.valueOf(e.getOriginalMessage());
      int newline = words.indexOf('\n');
      throw new DocumentException(
          List.of(
              DocumentProblem.of(
                  source,
                  at == null ? 0 : Math.max(0, at.getLineNr()),
                  at == null ? 0 : Math.max(0, at.getColumnNr()),
                  Pointer.ROOT,
                  ProblemCode.NOT_VALID_SYNTAX,
                  "JSON",
                  newline < 0 ? words : words.substring(0, newline))));
    } catch (IOException e) {
      throw single(source, ProblemCode.CANNOT_READ_FILE, DocumentProblem.reason(e));
    }
    List<DocumentProblem> problems = new ArrayList<>();
    Map<String, List<Entry>> byPlan = new LinkedHashMap<>();
    if (root == null || root.isMissingNode()) {
      problems.add(at(file, Pointer.ROOT, phrase("baseline.expected.report"), null));
    } else if (root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        plan(file, root.get(i), Pointer.of(i), byPlan, problems);
      }
    } else {
      plan(file, root, Pointer.ROOT, byPlan, problems);
    }
    if (!problems.isEmpty()) {
      throw new DocumentException(problems);
    }
    return of(source, byPlan);
  }

  private static void plan(
      Path file,
      JsonNode node,
      Pointer at,
      Map<String, List<Entry>> byPlan,
      List<DocumentProblem> problems) {
    if (!node.isObject() || !node.has("reportVersion")) {
      problems.add(at(file, at, phrase("baseline.expected.report"), node));
      return;
    }
    JsonNode version = node.get("reportVersion");
    if (!version.isInt() || version.intValue() != Reports.JSON_REPORT_VERSION) {
      problems.add(
          DataReader.problemAt(
              file,
              at.append("reportVersion"),
              ProblemCode.UNKNOWN_REPORT_VERSION,
              version.toString(),
              Reports.JSON_REPORT_VERSION));
      return;
    }
    JsonNode id = node.path("plan").path("id");
    if (!id.isTextual()) {
      problems.add(at(file, at.append("plan", "id"), phrase("baseline.expected.planId"), id));
      return;
    }
    JsonNode findings = node.get("findings");
    if (findings == null || !findings.isArray()) {
      problems.add(at(file, at.append("findings"), phrase("baseline.expected.findings"), findings));
      return;
    }
    List<Entry> entries = byPlan.computeIfAbsent(id.textValue(), k -> new ArrayList<>());
    for (int i = 0; i < findings.size(); i++) {
      JsonNode f = findings.get(i);
      Pointer fAt = at.append("findings", i);
      if (!f.isObject() || !f.path("code").isTextual()) {
        problems.add(at(file, fAt, phrase("baseline.expected.finding"), f));
      } else if (!f.path("fingerprint").isTextual()) {
        problems.add(DataReader.problemAt(file, fAt, ProblemCode.FINDING_WITHOUT_FINGERPRINT));
      } else {
        entries.add(
            new Entry(
                f.get("code").textValue(),
                f.path("severity").asText(""),
                f.path("pointer").asText(""),
                f.path("element").asText(""),
                f.get("fingerprint").textValue(),
                f.path("message").asText("")));
      }
    }
  }

  private static DocumentProblem at(Path file, Pointer pointer, Message expected, JsonNode found) {
    return DataReader.problemAt(file, pointer, ProblemCode.NOT_A_REPORT, expected, found(found));
  }

  /** What a node is, for "found ..." in the reader's language. */
  private static Message found(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return phrase("baseline.found.nothing");
    }
    if (node.isObject()) {
      return phrase("baseline.found.object");
    }
    if (node.isArray()) {
      return phrase("baseline.found.list", node.size());
    }
    if (node.isTextual()) {
      String text = node.textValue();
      return phrase(
          "baseline.found.text", text.length() > 60 ? text.substring(0, 57) + "..." : text);
    }
    if (node.isNumber()) {
      return phrase("baseline.found.number", node.asText());
    }
    return phrase("baseline.found.other", node.toString());
  }

  private static Message phrase(String key, Object... args) {
    return Message.of(ReportModel.LABELS, key, args);
  }

  private static DocumentException single(String source, ProblemCode code, Object... args) {
    return new DocumentException(List.of(DocumentProblem.of(source, code, args)));
  }

  @Override
  public String toString() {
    return present ? "baseline " + source : "no baseline";
  }
}
