package it.pianozona.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.national.NationalRules;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.RuleDescriptor;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pianozona explain CODE}: what a rule checks, its severity, its act and the fix. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Explains a rule by its code: what it checks, how serious its findings are,"
        + " the act it rests on and how to put a finding right.",
    footer = {"", "Exit codes: 0 explained, 2 no rule with that code or wrong arguments.", "",
        "Examples:", "  pianozona explain PUG-V-AREA-001",
        "  pianozona explain --lang en --format json NAT-LEPS-001"})
final class ExplainCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "CODE",
      description = "A rule code, as findings show it, such as NAT-TERR-001 (any case).")
  String code;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Options.Format format;

  @Option(names = "--lang", defaultValue = "it", paramLabel = "LANG",
      converter = Options.LanguageConverter.class,
      description = "Language of the explanation: it or en (default: ${DEFAULT-VALUE}).")
  Language language;

  @CommandLine.Mixin LibraryOptions library;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** A rule and where it applies: everywhere when national, else under these frameworks. */
  record Known(RuleDescriptor descriptor, boolean national, List<Framework> frameworks) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<PianoZona> created = library.create(err);
    if (created.isEmpty()) {
      return PianoZonaCli.UNUSABLE;
    }
    Map<String, Known> known = known(created.get());
    String wanted = code.strip().toUpperCase(Locale.ROOT);
    Known rule = known.get(wanted);
    if (rule == null) {
      err.println("pianozona: no rule with code '" + code + "'." + suggestion(wanted, known)
          + " ('pianozona frameworks --format json' lists every code)");
      err.flush();
      return PianoZonaCli.UNUSABLE;
    }
    out.print(format == Options.Format.json ? json(rule) + "\n" : text(rule));
    out.flush();
    return PianoZonaCli.OK;
  }

  /** Every rule of national law and of every installed framework, by code. */
  static Map<String, Known> known(PianoZona pianoZona) {
    Map<String, Known> known = new LinkedHashMap<>();
    for (Rule r : NationalRules.all()) {
      known.put(r.descriptor().code(), new Known(r.descriptor(), true, List.of()));
    }
    for (Framework f : pianoZona.frameworks().frameworks()) {
      for (Rule r : f.rules()) {
        Known k = known.get(r.descriptor().code());
        List<Framework> frameworks = new ArrayList<>(k == null ? List.of() : k.frameworks());
        frameworks.add(f);
        known.put(r.descriptor().code(), new Known(k == null ? r.descriptor() : k.descriptor(),
            k != null && k.national(), List.copyOf(frameworks)));
      }
    }
    return known;
  }

  private String text(Known rule) {
    RuleDescriptor d = rule.descriptor();
    StringBuilder s = new StringBuilder();
    s.append(d.code()).append("  ").append(d.severity()).append('\n');
    line(s, "explain.checks", d.title(language));
    line(s, "explain.reads", d.bundle().template(d.messageKey(), language));
    LegalBasis basis = d.legalBasis();
    line(s, "explain.basis", basis.citation());
    basis.url().ifPresent(u -> line(s, "explain.url", u));
    basis.caveat().ifPresent(c -> line(s, "explain.caveat", c));
    line(s, "explain.fix", d.fix(language));
    if (rule.national()) {
      line(s, "explain.national");
    } else {
      line(s, "explain.frameworks", String.join(", ", rule.frameworks().stream()
          .map(f -> f.id() + " (" + f.title() + ")").toList()));
    }
    return s.toString();
  }

  private void line(StringBuilder s, String key, Object... args) {
    s.append("  ").append(TextReport.label(key, language, args)).append('\n');
  }

  private String json(Known rule) {
    RuleDescriptor d = rule.descriptor();
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode n = mapper.createObjectNode();
    n.put("code", d.code());
    n.put("severity", d.severity().name());
    n.put("language", language.code());
    n.put("title", d.title(language));
    n.put("message", d.bundle().template(d.messageKey(), language));
    n.put("fix", d.fix(language));
    ObjectNode basis = n.putObject("legalBasis");
    basis.put("act", d.legalBasis().act());
    if (!d.legalBasis().article().isEmpty()) {
      basis.put("article", d.legalBasis().article());
    }
    d.legalBasis().url().ifPresent(u -> basis.put("url", u));
    d.legalBasis().caveat().ifPresent(c -> basis.put("caveat", c));
    n.put("national", rule.national());
    ArrayNode frameworks = n.putArray("frameworks");
    rule.frameworks().forEach(f -> frameworks.add(f.id()));
    try {
      return mapper.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the explanation of " + d.code(), e);
    }
  }

  /** " Did you mean X?" for the known code closest to a mistyped one, if one is close. */
  static String suggestion(String wanted, Map<String, Known> known) {
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
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1),
            previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
