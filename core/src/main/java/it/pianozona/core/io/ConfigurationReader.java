package it.pianozona.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.config.Configuration;
import it.pianozona.core.config.ConfiguredSuppression;
import it.pianozona.core.config.ParameterOverride;
import it.pianozona.core.config.RuleSelector;
import it.pianozona.core.config.RuleSetting;
import it.pianozona.core.framework.DatedCodes;
import it.pianozona.core.framework.DatedParameter;
import it.pianozona.core.framework.Parameters;
import it.pianozona.core.model.FundingSource;
import it.pianozona.core.model.Suppression;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.Pointer;
import it.pianozona.core.validation.RuleDescriptor;
import it.pianozona.core.validation.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads a project configuration file ({@code pianozona.yaml}, or JSON) into a {@link
 * Configuration}, with the same located problems as a plan: file, line, column, JSON Pointer and a
 * stable code in either language. What needs the installed rules and frameworks (codes, tags,
 * parameter and framework ids that do not exist) is checked by {@link #check}, which {@code
 * PianoZona.Builder.build()} calls.
 *
 * @since 0.1
 */
public final class ConfigurationReader {

  private static final Parsing PARSING = new Parsing(ReadLimits.DEFAULT);

  static final Shape CONFIGURATION =
      Shape.of("configuration")
          .optional("language")
          .optional("rules")
          .optional("parameters")
          .optional("catalogues")
          .optional("suppressions")
          .build();

  static final Shape RULE_SETTING =
      Shape.of("rule-setting")
          .optional("code")
          .optional("tag")
          .required("severity")
          .optional("reason")
          .build();

  static final Shape PARAMETER_OVERRIDE =
      Shape.of("parameter-override")
          .required("id")
          .optional("framework")
          .optional("value")
          .optional("codes")
          .required("validFrom")
          .optional("validTo")
          .required("reason")
          .optional("reference")
          .build();

  static final Shape CONFIGURED_SUPPRESSION =
      Shape.of("configured-suppression")
          .required("plan")
          .required("code")
          .required("pointer")
          .required("reason")
          .optional("by")
          .optional("date")
          .build();

  /** The words of {@code severity}, {@code off} turning the rules off. */
  static final List<String> SEVERITIES = List.of("error", "warning", "info", "off");

  private ConfigurationReader() {}

  /**
   * Reads a configuration file; its catalogue paths are resolved against the file's folder. An
   * empty file (or one with comments only) is a configuration that changes nothing.
   *
   * @throws DocumentException listing every problem, located
   */
  public static Configuration read(Path file) {
    String source = file.toString();
    if (DocumentFormat.textOf(file).isEmpty()) {
      throw single(
          source,
          ProblemCode.UNSUPPORTED_EXTENSION,
          Wording.phrase("document.configuration"),
          Wording.phrase("extensions.text"));
    }
    if (Files.isDirectory(file) || (Files.exists(file) && !Files.isRegularFile(file))) {
      throw single(
          source,
          Files.isDirectory(file) ? ProblemCode.DIRECTORY : ProblemCode.SPECIAL_FILE,
          Wording.phrase("file.configuration"));
    }
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw single(source, ProblemCode.FILE_NOT_FOUND);
    } catch (IOException e) {
      throw single(source, ProblemCode.CANNOT_READ_FILE, DocumentProblem.reason(e));
    }
    return read(file, content);
  }

  /** Reads configuration content as if from the file (which need not exist), for tests. */
  static Configuration read(Path file, byte[] content) {
    String source = file.toString();
    DocumentFormat format = DocumentFormat.textOf(file).orElse(DocumentFormat.YAML);
    JsonNode root;
    try {
      root =
          PlanReader.create().parse(source, content, format, Wording.phrase("empty.configuration"));
    } catch (DocumentException e) {
      if (e.problems().size() == 1
          && e.problems().get(0).code().equals(ProblemCode.EMPTY_DOCUMENT.code())) {
        // An empty file, or comments only: a project that states nothing yet.
        return Configuration.builder().file(file).build();
      }
      throw e;
    }
    Problems problems = new Problems();
    NodeReader r = new NodeReader(problems);
    Path folder = file.toAbsolutePath().getParent();
    Configuration.Builder b = Configuration.builder().file(file);
    ObjectNode o = r.object(root, Pointer.ROOT, CONFIGURATION);
    if (o != null) {
      language(r, o).ifPresent(b::language);
      rules(r, o.get("rules"), Pointer.of("rules")).forEach(b::rule);
      parameters(r, o.get("parameters"), Pointer.of("parameters"), source).forEach(b::parameter);
      List<JsonNode> catalogues =
          r.list(o.get("catalogues"), Pointer.of("catalogues"), "value.catalogue-files");
      for (int i = 0; i < catalogues.size(); i++) {
        Pointer at = Pointer.of("catalogues", i);
        String name = r.text(catalogues.get(i), at, "value.catalogue-file");
        if (name == null) {
          continue;
        }
        Path resolved = folder == null ? Path.of(name) : folder.resolve(name).normalize();
        if (!Files.exists(resolved)) {
          r.problem(at, ProblemCode.CONFIGURATION_CATALOGUE_MISSING, name, resolved);
        } else {
          b.catalogue(resolved);
        }
      }
      suppressions(r, o.get("suppressions"), Pointer.of("suppressions")).forEach(b::suppression);
    }
    if (o == null || !problems.isEmpty()) {
      throw problems.located(
          source, PARSING, format, content, Wording.phrase("document.configuration"));
    }
    return b.build();
  }

  private static Optional<Language> language(NodeReader r, ObjectNode o) {
    if (!o.has("language")) {
      return Optional.empty();
    }
    Pointer at = Pointer.of("language");
    String code = r.text(o.get("language"), at, "value.language");
    if (code == null) {
      return Optional.empty();
    }
    Optional<Language> language =
        code.equals(code.toLowerCase(Locale.ROOT)) ? Language.fromCode(code) : Optional.empty();
    if (language.isEmpty()) {
      r.problem(
          at,
          ProblemCode.BAD_LANGUAGE,
          NodeReader.printable(code),
          NodeReader.didYouMean(code.toLowerCase(Locale.ROOT), List.of("it", "en")));
    }
    return language;
  }

  private static List<RuleSetting> rules(NodeReader r, JsonNode node, Pointer at) {
    List<RuleSetting> out = new ArrayList<>();
    List<JsonNode> nodes = r.list(node, at, "value.rule-settings");
    for (int i = 0; i < nodes.size(); i++) {
      Pointer p = at.append(i);
      ObjectNode o = r.object(nodes.get(i), p, RULE_SETTING);
      if (o == null) {
        continue;
      }
      int before = r.problems().size();
      if (o.has("code") == o.has("tag")) {
        r.problem(p, ProblemCode.RULE_SETTING_SELECTOR);
      }
      String code =
          o.has("code") ? r.identifier(o.get("code"), p.append("code"), "value.rule-code") : null;
      String tag =
          o.has("tag") ? r.identifier(o.get("tag"), p.append("tag"), "value.rule-tag") : null;
      Optional<Optional<Severity>> severity = severity(r, o, p);
      Optional<String> reason = r.optionalText(o, "reason", p, "value.reason");
      if (r.problems().size() > before || severity.isEmpty()) {
        continue;
      }
      RuleSelector selector = code != null ? RuleSelector.code(code) : RuleSelector.tag(tag);
      out.add(new RuleSetting(selector, severity.get(), reason, p));
    }
    return out;
  }

  /** The severity of a rule setting: empty when unreadable, an empty severity for {@code off}. */
  private static Optional<Optional<Severity>> severity(NodeReader r, ObjectNode o, Pointer p) {
    if (!o.has("severity")) {
      return Optional.empty();
    }
    Pointer at = p.append("severity");
    JsonNode node = o.get("severity");
    if (node.isBoolean() && !node.booleanValue()) {
      // YAML 1.1 reads a bare off as false; the parser lets only the word off through here.
      return Optional.of(Optional.empty());
    }
    String word = r.text(node, at, "value.severity");
    if (word == null) {
      return Optional.empty();
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (!SEVERITIES.contains(lower)) {
      r.problem(
          at,
          ProblemCode.BAD_SETTING_SEVERITY,
          NodeReader.printable(word),
          NodeReader.didYouMean(lower, SEVERITIES));
      return Optional.empty();
    }
    return Optional.of(
        lower.equals("off")
            ? Optional.empty()
            : Optional.of(Severity.valueOf(lower.toUpperCase(Locale.ROOT))));
  }

  private static List<ParameterOverride> parameters(
      NodeReader r, JsonNode node, Pointer at, String source) {
    List<ParameterOverride> out = new ArrayList<>();
    List<JsonNode> nodes = r.list(node, at, "value.parameter-overrides");
    for (int i = 0; i < nodes.size(); i++) {
      Pointer p = at.append(i);
      ObjectNode o = r.object(nodes.get(i), p, PARAMETER_OVERRIDE);
      if (o == null) {
        continue;
      }
      int before = r.problems().size();
      String id =
          o.has("id") ? r.identifier(o.get("id"), p.append("id"), "value.parameter-id") : null;
      Optional<String> framework =
          o.has("framework")
              ? Optional.ofNullable(
                  r.identifier(o.get("framework"), p.append("framework"), "value.framework-id"))
              : Optional.empty();
      if (o.has("value") == o.has("codes")) {
        r.problem(p, ProblemCode.PARAMETER_OVERRIDE_VALUE);
      }
      BigDecimal value = o.has("value") ? number(r, o.get("value"), p.append("value")) : null;
      List<String> codes = o.has("codes") ? codes(r, o.get("codes"), p.append("codes"), id) : null;
      LocalDate from =
          o.has("validFrom") ? DataReader.day(r, o.get("validFrom"), p.append("validFrom")) : null;
      Optional<LocalDate> to =
          o.has("validTo")
              ? Optional.ofNullable(DataReader.day(r, o.get("validTo"), p.append("validTo")))
              : Optional.empty();
      String reason =
          o.has("reason") ? r.text(o.get("reason"), p.append("reason"), "value.reason") : null;
      Optional<String> reference = r.optionalText(o, "reference", p, "value.reference");
      if (from != null && to.isPresent() && to.get().isBefore(from)) {
        r.problem(p.append("validTo"), ProblemCode.PARAMETER_ENDS_BEFORE_START, id, to.get(), from);
        continue;
      }
      if (r.problems().size() > before || id == null || from == null || reason == null) {
        continue;
      }
      Optional<LocalDate> overlapping = overlapping(out, id, framework, from, to);
      if (overlapping.isPresent()) {
        r.problem(
            p.append("validFrom"), ProblemCode.PARAMETER_OVERLAP, id, overlapping.get(), from);
        continue;
      }
      // The act the new value rests on; without one, the configuration file itself.
      LegalBasis basis = LegalBasis.of(reference.orElse(source), "", null);
      ParameterOverride override =
          value != null
              ? new ParameterOverride(
                  framework,
                  Optional.of(new DatedParameter(id, value, from, to, basis)),
                  Optional.empty(),
                  reason,
                  p)
              : new ParameterOverride(
                  framework,
                  Optional.empty(),
                  Optional.of(new DatedCodes(id, codes, from, to, basis)),
                  reason,
                  p);
      out.add(override);
    }
    return out;
  }

  private static BigDecimal number(NodeReader r, JsonNode node, Pointer at) {
    if (node.isNumber()
        && Math.abs((long) node.decimalValue().scale()) > NodeReader.MAX_PLAIN_SCALE) {
      r.problem(
          at, ProblemCode.NUMBER_TOO_SPREAD, NodeReader.MAX_PLAIN_SCALE, NodeReader.describe(node));
      return null;
    }
    if (!node.isNumber()) {
      r.problem(
          at,
          ProblemCode.NOT_A_NUMBER,
          NodeReader.phrase("value.parameter-value"),
          NodeReader.describe(node));
      return null;
    }
    return node.decimalValue();
  }

  private static List<String> codes(NodeReader r, JsonNode node, Pointer at, String id) {
    int before = r.problems().size();
    List<JsonNode> items = r.list(node, at, "value.parameter-codes");
    if (items.isEmpty()) {
      if (r.problems().size() == before) {
        r.problem(at, ProblemCode.PARAMETER_WITHOUT_CODES, id == null ? "?" : id);
      }
      return null;
    }
    List<String> codes = new ArrayList<>();
    for (int j = 0; j < items.size(); j++) {
      String code = r.text(items.get(j), at.append(j), "value.parameter-code");
      if (code != null && !FundingSource.isWellFormed(code)) {
        r.problem(
            at.append(j),
            ProblemCode.BAD_HYPHENATED_ID,
            NodeReader.phrase("value.parameter-code"),
            NodeReader.describe(items.get(j)));
      } else if (code != null) {
        codes.add(code);
      }
    }
    return r.problems().size() > before ? null : codes;
  }

  /** The first day of an earlier override of the parameter, for a framework this one covers too. */
  private static Optional<LocalDate> overlapping(
      List<ParameterOverride> read,
      String id,
      Optional<String> framework,
      LocalDate from,
      Optional<LocalDate> to) {
    LocalDate end = to.orElse(LocalDate.MAX);
    return read.stream()
        .filter(q -> q.id().equals(id))
        .filter(
            q -> q.framework().isEmpty() || framework.isEmpty() || q.framework().equals(framework))
        .filter(
            q -> !from.isAfter(q.validTo().orElse(LocalDate.MAX)) && !q.validFrom().isAfter(end))
        .map(ParameterOverride::validFrom)
        .findFirst();
  }

  private static List<ConfiguredSuppression> suppressions(NodeReader r, JsonNode node, Pointer at) {
    List<ConfiguredSuppression> out = new ArrayList<>();
    List<JsonNode> nodes = r.list(node, at, "value.suppressions");
    for (int i = 0; i < nodes.size(); i++) {
      Pointer p = at.append(i);
      ObjectNode o = r.object(nodes.get(i), p, CONFIGURED_SUPPRESSION);
      if (o == null) {
        continue;
      }
      int before = r.problems().size();
      String plan =
          o.has("plan") ? r.identifier(o.get("plan"), p.append("plan"), "value.plan-id") : null;
      String code =
          o.has("code") ? r.identifier(o.get("code"), p.append("code"), "value.rule-code") : null;
      String pointer = null;
      if (o.has("pointer")) {
        JsonNode n = o.get("pointer");
        if (!n.isTextual()) {
          r.problem(
              p.append("pointer"),
              ProblemCode.NOT_TEXT,
              NodeReader.phrase("value.pointer"),
              NodeReader.describe(n),
              NodeReader.phrase("hint.none"));
        } else if (!n.textValue().isEmpty() && !n.textValue().startsWith("/")) {
          r.problem(
              p.append("pointer"),
              ProblemCode.BAD_SUPPRESSION_POINTER,
              NodeReader.printable(n.textValue()));
        } else {
          pointer = n.textValue();
        }
      }
      String reason =
          o.has("reason") ? r.text(o.get("reason"), p.append("reason"), "value.reason") : null;
      Optional<String> by = r.optionalText(o, "by", p, "value.by");
      Optional<LocalDate> date =
          o.has("date")
              ? Optional.ofNullable(DataReader.day(r, o.get("date"), p.append("date")))
              : Optional.empty();
      if (r.problems().size() > before
          || plan == null
          || code == null
          || pointer == null
          || reason == null) {
        continue;
      }
      String c = code;
      String ptr = pointer;
      ConfiguredSuppression s =
          Binding.build(
              r,
              p,
              () -> new ConfiguredSuppression(plan, new Suppression(c, ptr, reason, by, date), p));
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The problems of a configuration that only the installed rules and frameworks reveal: a rule
   * code, a tag, a parameter or a framework that does not exist (each with "did you mean"), and a
   * parameter override whose kind (a number, a list of codes) is not the parameter's. Located in
   * the configuration's file when it has one.
   *
   * @param rules every rule that can run: the national ones, every installed framework's and the
   *     engine's own
   * @param parameters every installed framework's parameters (the national ones included), by
   *     framework id
   * @return the problems, in the order of the configuration; empty when it fits
   */
  public static List<DocumentProblem> check(
      Configuration configuration,
      Collection<RuleDescriptor> rules,
      Map<String, Parameters> parameters) {
    List<Pending> pending = new ArrayList<>();
    TreeSet<String> codes =
        rules.stream().map(RuleDescriptor::code).collect(Collectors.toCollection(TreeSet::new));
    TreeSet<String> tags =
        rules.stream()
            .flatMap(d -> d.tags().stream())
            .collect(Collectors.toCollection(TreeSet::new));
    for (RuleSetting s : configuration.rules()) {
      String value = s.selector().value();
      if (s.selector().kind() == RuleSelector.Kind.CODE && !codes.contains(value)) {
        pending.add(
            new Pending(
                s.at().append("code"),
                ProblemCode.UNKNOWN_RULE_CODE,
                value,
                suggest(value, codes)));
      } else if (s.selector().kind() == RuleSelector.Kind.TAG && !tags.contains(value)) {
        pending.add(
            new Pending(
                s.at().append("tag"),
                ProblemCode.UNKNOWN_RULE_TAG,
                value,
                suggest(value, tags),
                String.join(", ", tags)));
      }
    }
    for (ParameterOverride o : configuration.parameters()) {
      if (o.framework().isPresent() && !parameters.containsKey(o.framework().get())) {
        String id = o.framework().get();
        pending.add(
            new Pending(
                o.at().append("framework"),
                ProblemCode.CONFIGURATION_UNKNOWN_FRAMEWORK,
                id,
                suggest(id, parameters.keySet()),
                String.join(", ", new TreeSet<>(parameters.keySet()))));
        continue;
      }
      List<Parameters> scope =
          o.framework()
              .map(f -> List.of(parameters.get(f)))
              .orElse(List.copyOf(parameters.values()));
      TreeSet<String> known = new TreeSet<>();
      scope.forEach(ps -> known.addAll(ids(ps)));
      if (!known.contains(o.id())) {
        Object suggestion = suggest(o.id(), known);
        pending.add(
            o.framework().isPresent()
                ? new Pending(
                    o.at().append("id"),
                    ProblemCode.PARAMETER_NOT_IN_FRAMEWORK,
                    o.framework().get(),
                    o.id(),
                    suggestion)
                : new Pending(
                    o.at().append("id"), ProblemCode.UNKNOWN_PARAMETER, o.id(), suggestion));
        continue;
      }
      boolean isList =
          scope.stream().anyMatch(ps -> ps.lists().stream().anyMatch(l -> l.id().equals(o.id())));
      boolean isNumber =
          scope.stream().anyMatch(ps -> ps.all().stream().anyMatch(n -> n.id().equals(o.id())));
      if (o.value().isPresent() && !isNumber) {
        pending.add(
            new Pending(
                o.at().append("value"),
                ProblemCode.PARAMETER_OVERRIDE_KIND,
                o.id(),
                Wording.phrase("kind.list"),
                "codes"));
      } else if (o.codes().isPresent() && !isList) {
        pending.add(
            new Pending(
                o.at().append("codes"),
                ProblemCode.PARAMETER_OVERRIDE_KIND,
                o.id(),
                Wording.phrase("kind.number"),
                "value"));
      }
    }
    for (ConfiguredSuppression c : configuration.suppressions()) {
      String code = c.suppression().code();
      if (!codes.contains(code)) {
        pending.add(
            new Pending(
                c.at().append("code"), ProblemCode.UNKNOWN_RULE_CODE, code, suggest(code, codes)));
      }
    }
    Optional<Path> file = configuration.file();
    return pending.stream()
        .map(
            p ->
                file.map(f -> DataReader.problemAt(f, p.pointer(), p.code(), p.args().toArray()))
                    .orElseGet(
                        () ->
                            DocumentProblem.of(
                                "Configuration", 0, 0, p.pointer(), p.code(), p.args().toArray())))
        .toList();
  }

  private record Pending(Pointer pointer, ProblemCode code, List<Object> args) {
    Pending(Pointer pointer, ProblemCode code, Object... args) {
      this(pointer, code, List.of(args));
    }
  }

  private static Object suggest(String value, Collection<String> known) {
    return NodeReader.didYouMean(value, List.copyOf(known));
  }

  private static List<String> ids(Parameters ps) {
    List<String> ids = new ArrayList<>();
    ps.all().forEach(p -> ids.add(p.id()));
    ps.lists().forEach(p -> ids.add(p.id()));
    return ids;
  }

  private static DocumentException single(String source, ProblemCode code, Object... args) {
    return new DocumentException(List.of(DocumentProblem.of(source, code, args)));
  }
}
