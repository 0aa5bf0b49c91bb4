package it.pianozona.core.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import it.pianozona.core.text.Language;
import it.pianozona.core.text.MessageBundle;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a rule is, apart from what it does: a stable code, a severity, the act it rests on and its
 * messages. The messages live in the rule's bundle under three keys: {@code BASE.title} (what it
 * checks), {@code BASE.message} (the finding, with arguments) and {@code BASE.fix} (how to put it
 * right), where the base is the code itself, or a shared base when one rule class serves several
 * frameworks under different codes (such as {@code PUG-IV-AREA-001} and {@code PUG-V-AREA-001},
 * both with base {@code PUG-AREA-001}).
 *
 * @param code the stable code, such as {@code NAT-TERR-001} or {@code PUG-V-AREA-001}: once
 *     published, never reused for another check
 * @param severity the severity of its findings
 * @param legalBasis the act it rests on
 * @param bundle the messages
 * @param keyBase the base of its message keys, usually the code
 * @param checksCatalogue whether the rule checks plans against the framework's catalogue (its
 *     areas, objectives or fund restrictions): under an unverified catalogue its findings are at
 *     most INFO (see {@code Catalogue.severityOf})
 * @since 0.1
 */
public record RuleDescriptor(
    String code,
    Severity severity,
    LegalBasis legalBasis,
    MessageBundle bundle,
    String keyBase,
    boolean checksCatalogue) {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

  public RuleDescriptor {
    checkArgument(
        code != null && CODE.matcher(code).matches(),
        "a rule code is upper-case words joined by hyphens, such as NAT-TERR-001, got '%s'",
        code);
    requireNonNull(severity, "severity");
    requireNonNull(legalBasis, "legalBasis");
    requireNonNull(bundle, "bundle");
    checkArgument(keyBase != null && !keyBase.isBlank(), "rule %s needs a message key base", code);
  }

  /** A rule that does not check plans against the catalogue. */
  public RuleDescriptor(
      String code, Severity severity, LegalBasis legalBasis, MessageBundle bundle, String keyBase) {
    this(code, severity, legalBasis, bundle, keyBase, false);
  }

  /** A rule whose message keys start with its code. */
  public static RuleDescriptor of(
      String code, Severity severity, LegalBasis legalBasis, MessageBundle bundle) {
    return new RuleDescriptor(code, severity, legalBasis, bundle, code);
  }

  /** A rule whose message keys start with a base shared with rules of other frameworks. */
  public static RuleDescriptor of(
      String code, Severity severity, LegalBasis legalBasis, MessageBundle bundle, String keyBase) {
    return new RuleDescriptor(code, severity, legalBasis, bundle, keyBase);
  }

  /**
   * This descriptor for a rule that checks plans against the framework's catalogue, such as one
   * that looks an intervention's area up in it.
   */
  public RuleDescriptor checkingCatalogue() {
    return new RuleDescriptor(code, severity, legalBasis, bundle, keyBase, true);
  }

  public String titleKey() {
    return keyBase + ".title";
  }

  public String messageKey() {
    return keyBase + ".message";
  }

  public String fixKey() {
    return keyBase + ".fix";
  }

  /** What the rule checks, in one line. */
  public String title(Language language) {
    return bundle.render(titleKey(), List.of(), language);
  }

  /** How to put a finding of this rule right. */
  public String fix(Language language) {
    return bundle.render(fixKey(), List.of(), language);
  }

  /**
   * The tags the project configuration can turn the rule off or re-grade it by, derived from its
   * code so that they never drift from it: where the rule comes from ({@code national}, {@code
   * puglia}, {@code lombardia}, {@code basilicata}, {@code pianozona} for the engine's own, or
   * {@code local} for an office's own rule coded {@code LOC-...}), what part of the plan it reads
   * ({@code contents}, {@code funding}, {@code interventions}, {@code leps}, {@code period}, {@code
   * territory}, {@code vocabulary}, {@code access}, {@code areas}, {@code governance}, {@code
   * suppressions}) and {@code catalogue} when it checks against the framework's catalogue. A code
   * outside these families gives its own segments, lower-cased.
   */
  public Set<String> tags() {
    String[] parts = code.split("-");
    Set<String> tags = new LinkedHashSet<>();
    tags.add(SCOPES.getOrDefault(parts[0], parts[0].toLowerCase(Locale.ROOT)));
    int family = parts.length - 1;
    while (family > 0 && parts[family].chars().allMatch(Character::isDigit)) {
      family--;
    }
    if (family > 0) {
      tags.add(FAMILIES.getOrDefault(parts[family], parts[family].toLowerCase(Locale.ROOT)));
    }
    if (checksCatalogue) {
      tags.add("catalogue");
    }
    return Collections.unmodifiableSet(tags);
  }

  private static final Map<String, String> SCOPES =
      Map.of(
          "NAT", "national",
          "CORE", "pianozona",
          "PUG", "puglia",
          "LOM", "lombardia",
          "BAS", "basilicata",
          "LOC", "local");

  private static final Map<String, String> FAMILIES =
      Map.ofEntries(
          Map.entry("CNT", "contents"),
          Map.entry("FUND", "funding"),
          Map.entry("INT", "interventions"),
          Map.entry("LEPS", "leps"),
          Map.entry("PER", "period"),
          Map.entry("TERR", "territory"),
          Map.entry("VOC", "vocabulary"),
          Map.entry("ACC", "access"),
          Map.entry("AREA", "areas"),
          Map.entry("GOV", "governance"),
          Map.entry("ENG", "engine"),
          Map.entry("SUP", "suppressions"));

  /** The keys this descriptor needs in its bundle. */
  public List<String> requiredKeys() {
    return List.of(titleKey(), messageKey(), fixKey());
  }
}
