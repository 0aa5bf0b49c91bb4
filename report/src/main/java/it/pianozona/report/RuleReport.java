package it.pianozona.report;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.national.NationalRules;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.RuleDescriptor;
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
   */
  public record RuleExplanation(
      RuleDescriptor descriptor, boolean national, List<Framework> frameworks) {
    public RuleExplanation {
      requireNonNull(descriptor, "descriptor");
      frameworks = List.copyOf(frameworks);
    }
  }

  /** Every rule of national law and of every installed framework, in code order of discovery. */
  public static List<RuleExplanation> all(PianoZona pianoZona) {
    return List.copyOf(known(pianoZona).values());
  }

  /** The rule with this code (any case, spaces around ignored), national or of a framework. */
  public static Optional<RuleExplanation> find(PianoZona pianoZona, String code) {
    return Optional.ofNullable(known(pianoZona).get(code.strip().toUpperCase(Locale.ROOT)));
  }

  /** The installed code closest to a mistyped one, if one is close enough to suggest. */
  public static Optional<String> closest(PianoZona pianoZona, String code) {
    String s = suggestion(code.strip().toUpperCase(Locale.ROOT), known(pianoZona));
    return s.isEmpty()
        ? Optional.empty()
        : Optional.of(s.substring(" Did you mean ".length(), s.length() - 1));
  }

  /**
   * The explanation as text or as JSON ({@code code}, {@code severity}, {@code language}, {@code
   * title}, {@code message}, {@code fix}, {@code legalBasis}, {@code national}, {@code
   * frameworks}).
   *
   * @throws IllegalArgumentException for a format other than TEXT or JSON
   */
  public static String render(RuleExplanation rule, ReportFormat format, Language language) {
    return switch (format) {
      case TEXT -> text(rule, language);
      case JSON -> json(rule, language) + "\n";
      default ->
          throw new IllegalArgumentException(
              "an explanation is written as TEXT or JSON, not " + format);
    };
  }

  /** Every rule of national law and of every installed framework, by code. */
  static Map<String, RuleExplanation> known(PianoZona pianoZona) {
    Map<String, RuleExplanation> known = new LinkedHashMap<>();
    for (Rule r : NationalRules.all()) {
      known.put(r.descriptor().code(), new RuleExplanation(r.descriptor(), true, List.of()));
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
                List.copyOf(frameworks)));
      }
    }
    return known;
  }

  private static String text(RuleExplanation rule, Language language) {
    RuleDescriptor d = rule.descriptor();
    StringBuilder s = new StringBuilder();
    s.append(d.code()).append("  ").append(d.severity()).append('\n');
    line(s, language, "explain.checks", d.title(language));
    line(s, language, "explain.reads", d.bundle().template(d.messageKey(), language));
    LegalBasis basis = d.legalBasis();
    line(s, language, "explain.basis", basis.citation());
    basis.url().ifPresent(u -> line(s, language, "explain.url", u));
    basis.caveat().ifPresent(c -> line(s, language, "explain.caveat", c.render(language)));
    line(s, language, "explain.fix", d.fix(language));
    if (rule.national()) {
      line(s, language, "explain.national");
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

  private static String json(RuleExplanation rule, Language language) {
    RuleDescriptor d = rule.descriptor();
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("code", d.code());
    n.put("severity", d.severity().name());
    n.put("language", language.code());
    n.put("title", d.title(language));
    n.put("message", d.bundle().template(d.messageKey(), language));
    n.put("fix", d.fix(language));
    n.set("legalBasis", JsonReport.legalBasis(d.legalBasis(), language));
    n.put("national", rule.national());
    ArrayNode frameworks = n.putArray("frameworks");
    rule.frameworks().forEach(f -> frameworks.add(f.id()));
    return JsonReport.pretty(n);
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
