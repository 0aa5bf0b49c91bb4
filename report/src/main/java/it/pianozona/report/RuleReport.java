package it.pianozona.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Catalogue;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FrameworkSelectionException;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.io.PlanDocument;
import it.pianozona.core.io.TextPosition;
import it.pianozona.core.national.NationalRules;
import it.pianozona.core.text.Language;
import it.pianozona.core.text.Message;
import it.pianozona.core.text.MessageBundle;
import it.pianozona.core.text.Slots;
import it.pianozona.core.validation.Finding;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.RuleDescriptor;
import it.pianozona.core.validation.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a rule checks, how serious its findings are, the act it rests on, how to put a finding right
 * and where it applies: the explanation an officer reads before fixing a finding.
 *
 * @since 0.1
 */
public final class RuleReport {

  private RuleReport() {}

  /**
   * A rule and where it applies.
   *
   * @param descriptor the rule's code, severity, legal basis and texts
   * @param national whether it is national law, applied under every framework
   * @param frameworks the installed frameworks whose own rules include it
   * @param cappedUnder the installed frameworks it applies under whose catalogue is unverified:
   *     there a rule that checks against the catalogue reports at most INFO
   */
  public record RuleExplanation(
      RuleDescriptor descriptor,
      boolean national,
      List<Framework> frameworks,
      List<Framework> cappedUnder) {
    public RuleExplanation {
      requireNonNull(descriptor, "descriptor");
      frameworks = List.copyOf(frameworks);
      cappedUnder = List.copyOf(cappedUnder);
    }

    /**
     * Whether an application added the rule to its frameworks from its own code ({@code
     * PianoZona.Builder.rule}) rather than a region or national law defining it.
     */
    public boolean local() {
      return !national
          && !frameworks.isEmpty()
          && frameworks.stream().allMatch(f -> f.isLocal(descriptor.code()));
    }

    /** A rule whose severity no installed framework caps. */
    public RuleExplanation(
        RuleDescriptor descriptor, boolean national, List<Framework> frameworks) {
      this(descriptor, national, frameworks, List.of());
    }
  }

  /**
   * A finding of the rule as it reads on a real plan: what an officer will see once the rule fires.
   *
   * @param document the plan it fired on, named as the reports name it
   * @param framework the framework the plan was checked under
   * @param finding the rule's first finding on the plan, in report order
   */
  public record Example(PlanDocument document, Framework framework, Finding finding) {
    public Example {
      requireNonNull(document, "document");
      requireNonNull(framework, "framework");
      requireNonNull(finding, "finding");
    }

    /** Where the finding is in the plan's text, when the pointer leads to a line. */
    public Optional<TextPosition> position() {
      return document.position(finding.pointer());
    }
  }

  /** Every rule of national law and of every installed framework, in code order of discovery. */
  public static List<RuleExplanation> all(PianoZona pianoZona) {
    return List.copyOf(known(pianoZona).values());
  }

  /**
   * The rule with this code (any case, spaces around ignored), national, of a framework, or one of
   * the engine's own findings ({@link PianoZona#engineRules()}, explained as applying under every
   * framework).
   */
  public static Optional<RuleExplanation> find(PianoZona pianoZona, String code) {
    return Optional.ofNullable(explainable(pianoZona).get(code.strip().toUpperCase(Locale.ROOT)));
  }

  /** The rules {@link #find} knows: every rule, then the engine's own findings. */
  private static Map<String, RuleExplanation> explainable(PianoZona pianoZona) {
    Map<String, RuleExplanation> known = known(pianoZona);
    for (RuleDescriptor d : PianoZona.engineRules()) {
      known.putIfAbsent(d.code(), new RuleExplanation(d, true, List.of()));
    }
    return known;
  }

  /** The installed code closest to a mistyped one, if one is close enough to suggest. */
  public static Optional<String> closest(PianoZona pianoZona, String code) {
    String s = suggestion(code.strip().toUpperCase(Locale.ROOT), explainable(pianoZona));
    return s.isEmpty()
        ? Optional.empty()
        : Optional.of(s.substring(" Did you mean ".length(), s.length() - 1));
  }

  /**
   * The rule's first finding on the first of the plans where it fires, each plan checked as {@code
   * validate} checks it: under the framework its region and period select (or that it names). A
   * plan no framework fits is passed over. Empty when the rule fires on none.
   */
  public static Optional<Example> example(
      PianoZona pianoZona, RuleExplanation rule, List<PlanDocument> plans) {
    String code = rule.descriptor().code();
    for (PlanDocument document : plans) {
      Framework framework;
      try {
        framework = pianoZona.frameworkFor(document.plan());
      } catch (FrameworkSelectionException e) {
        continue;
      }
      if (!rule.national()
          && rule.frameworks().stream().noneMatch(f -> f.id().equals(framework.id()))) {
        continue; // its rules never include this one
      }
      Optional<Finding> finding =
          pianoZona.evaluate(document.plan(), framework).report().withCode(code).stream()
              .findFirst();
      if (finding.isPresent()) {
        return Optional.of(new Example(document, framework, finding.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * The explanation as text or as JSON ({@code code}, {@code severity}, {@code language}, {@code
   * title}, {@code message}, {@code namedMessage}, {@code slots}, {@code fix}, {@code legalBasis},
   * {@code national}, {@code local}, {@code frameworks}, {@code checksCatalogue}, {@code
   * cappedUnder}: the frameworks whose unverified catalogue lowers its findings to INFO), without
   * an example.
   *
   * @throws IllegalArgumentException for a format other than TEXT or JSON
   */
  public static String render(RuleExplanation rule, ReportFormat format, Language language) {
    return render(rule, false, Optional.empty(), format, language);
  }

  /**
   * The explanation with what the rule's finding looks like on a real plan (from {@link #example}),
   * or saying that none of the plans looked at gets it (an empty example); in JSON, the field
   * {@code example}, {@code null} when there is none.
   *
   * @throws IllegalArgumentException for a format other than TEXT or JSON
   */
  public static String render(
      RuleExplanation rule, Optional<Example> example, ReportFormat format, Language language) {
    return render(rule, true, example, format, language);
  }

  /** The explanation, with the example section when {@code sought}. */
  private static String render(
      RuleExplanation rule,
      boolean sought,
      Optional<Example> example,
      ReportFormat format,
      Language language) {
    return switch (format) {
      case TEXT -> text(rule, sought, example, language);
      case JSON -> json(rule, sought, example, language) + "\n";
      default ->
          throw new IllegalArgumentException(
              "an explanation is written as TEXT or JSON, not " + format);
    };
  }

  /** Every rule of national law and of every installed framework, by code. */
  static Map<String, RuleExplanation> known(PianoZona pianoZona) {
    Map<String, RuleExplanation> known = new LinkedHashMap<>();
    List<Framework> installed = pianoZona.frameworks().frameworks();
    for (Rule r : NationalRules.all()) {
      known.put(
          r.descriptor().code(),
          new RuleExplanation(
              r.descriptor(), true, List.of(), cappedUnder(r.descriptor(), installed)));
    }
    for (Framework f : pianoZona.frameworks().frameworks()) {
      for (Rule r : f.rules()) {
        RuleExplanation k = known.get(r.descriptor().code());
        List<Framework> frameworks = new ArrayList<>(k == null ? List.of() : k.frameworks());
        frameworks.add(f);
        known.put(
            r.descriptor().code(),
            new RuleExplanation(
                k == null ? r.descriptor() : k.descriptor(),
                k != null && k.national(),
                List.copyOf(frameworks),
                cappedUnder(r.descriptor(), frameworks)));
      }
    }
    return known;
  }

  /** The frameworks among these whose unverified catalogue lowers the rule's severity. */
  private static List<Framework> cappedUnder(RuleDescriptor d, List<Framework> frameworks) {
    return frameworks.stream().filter(f -> f.catalogue().severityOf(d) != d.severity()).toList();
  }

  private static String text(
      RuleExplanation rule, boolean sought, Optional<Example> example, Language language) {
    RuleDescriptor d = rule.descriptor();
    StringBuilder s = new StringBuilder();
    s.append(d.code())
        .append("  ")
        .append(TextReport.severity(d.severity(), language))
        .append('\n');
    line(s, language, "explain.checks", d.title(language));
    line(s, language, "explain.reads", Slots.named(d.bundle(), d.messageKey(), language));
    if (sought) {
      if (example.isPresent()) {
        Example e = example.get();
        Finding f = e.finding();
        String where =
            TextReport.where(e.document(), e.position().orElse(null))
                + " "
                + (f.pointer().isRoot() ? "/" : f.pointer().toString());
        line(s, language, "explain.example", where, e.framework().id());
        s.append("    ").append(f.message(language)).append('\n');
      } else {
        line(s, language, "explain.example.none");
      }
    }
    LegalBasis basis = d.legalBasis();
    line(s, language, "explain.basis", basis.citation());
    basis.url().ifPresent(u -> line(s, language, "explain.url", u));
    basis.caveat().ifPresent(c -> line(s, language, "explain.caveat", c.render(language)));
    line(s, language, "explain.fix", d.fix(language));
    if (!rule.cappedUnder().isEmpty()) {
      line(
          s,
          language,
          "explain.capped",
          String.join(", ", rule.cappedUnder().stream().map(Framework::id).toList()),
          TextReport.severity(Severity.INFO, language));
    }
    if (PianoZona.engineRules().contains(d)) {
      line(s, language, "explain.engine");
    } else if (rule.national()) {
      line(s, language, "explain.national");
    } else if (rule.local()) {
      line(
          s,
          language,
          "explain.local",
          String.join(
              ", ", rule.frameworks().stream().map(f -> f.id() + " (" + f.title() + ")").toList()));
    } else {
      line(
          s,
          language,
          "explain.frameworks",
          String.join(
              ", ", rule.frameworks().stream().map(f -> f.id() + " (" + f.title() + ")").toList()));
    }
    return s.toString();
  }

  private static void line(StringBuilder s, Language language, String key, Object... args) {
    s.append("  ").append(TextReport.label(key, language, args)).append('\n');
  }

  private static String json(
      RuleExplanation rule, boolean sought, Optional<Example> example, Language language) {
    RuleDescriptor d = rule.descriptor();
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("code", d.code());
    n.put("severity", d.severity().name());
    n.put("language", language.code());
    n.put("title", d.title(language));
    n.put("message", d.bundle().template(d.messageKey(), language));
    n.put("namedMessage", Slots.named(d.bundle(), d.messageKey(), language));
    List<String> names = Slots.names(d.bundle(), d.messageKey(), language);
    ArrayNode slots = n.putArray("slots");
    names.forEach(slots::add);
    n.put("fix", d.fix(language));
    n.set("legalBasis", JsonReport.legalBasis(d.legalBasis(), language));
    n.put("national", rule.national());
    n.put("local", rule.local());
    ArrayNode frameworks = n.putArray("frameworks");
    rule.frameworks().forEach(f -> frameworks.add(f.id()));
    n.put("checksCatalogue", d.checksCatalogue());
    ArrayNode capped = n.putArray("cappedUnder");
    rule.cappedUnder().forEach(f -> capped.add(f.id()));
    if (sought) {
      if (example.isPresent()) {
        n.set("example", example(example.get(), names, language));
      } else {
        n.putNull("example");
      }
    }
    return JsonReport.pretty(n);
  }

  private static ObjectNode example(Example e, List<String> names, Language language) {
    Finding f = e.finding();
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("file", e.document().source());
    n.put("framework", e.framework().id());
    n.put("pointer", f.pointer().toString());
    e.position()
        .ifPresent(
            p -> {
              n.put("line", p.line());
              n.put("column", p.column());
            });
    n.put("message", f.message(language));
    ObjectNode arguments = n.putObject("arguments");
    List<Object> args = ruleMessage(f).args();
    for (int i = 0; i < args.size(); i++) {
      arguments.put(
          i < names.size() ? names.get(i) : Integer.toString(i),
          MessageBundle.format(args.get(i), language));
    }
    return n;
  }

  /**
   * The rule's own message of a finding: under an unverified catalogue the engine wraps it, with
   * the catalogue's caveat, as the first argument of another message.
   */
  private static Message ruleMessage(Finding f) {
    Message m = f.message();
    if (m.key().equals(Catalogue.UNVERIFIED_FINDING)
        && !m.args().isEmpty()
        && m.args().get(0) instanceof Message inner) {
      return inner;
    }
    return m;
  }

  /** " Did you mean X?" for the known code closest to a mistyped one, if one is close. */
  static String suggestion(String wanted, Map<String, RuleExplanation> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known.keySet()) {
      int d = distance(wanted, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= 3 ? " Did you mean " + best + "?" : "";
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
