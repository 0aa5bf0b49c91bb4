package it.pianozona.core.national;

import it.pianozona.core.framework.ContentsSection;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FundingSourceInfo;
import it.pianozona.core.framework.LepsInfo;
import it.pianozona.core.text.Language;
import it.pianozona.core.text.Message;
import it.pianozona.core.text.MessageBundle;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names in Italian and English for the codes a plan uses (LEPS, funding sources, participation
 * kinds, governance bodies, agreements, contents sections), so that reports show {@code tavolo
 * tematico} rather than {@code thematic-table}, and the closed list of each.
 *
 * <p>Each list has one source: the LEPS and the national funding sources are those of {@code
 * national.yaml}, each with its act; participation kinds, governance bodies and agreements are the
 * codes this vocabulary names; contents sections are the national ones of art. 19. A framework adds
 * its catalogue's funding sources and the sections its rules ask for ({@link #codes(Kind,
 * Framework)}). A code outside its list is a finding with a suggestion, and is shown as it is.
 *
 * @since 0.1
 */
public final class Vocabulary {

  /** The vocabularies, each a prefix of the bundle's keys. */
  public enum Kind {
    LEPS("leps"),
    FUNDING_SOURCE("source"),
    PARTICIPATION("participation"),
    BODY("body"),
    AGREEMENT("agreement"),
    CONTENTS("contents");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }
  }

  static final MessageBundle BUNDLE =
      MessageBundle.load("vocabulary", Vocabulary.class::getResourceAsStream);

  private Vocabulary() {}

  /** The national closed list of a kind, in its source's order (the vocabulary's: alphabetical). */
  public static List<String> codes(Kind kind) {
    return NationalCodes.LISTS.get(kind);
  }

  /**
   * The closed list of a kind for a plan of the framework: the national list, with the funding
   * sources of the framework's catalogue and the contents sections its rules ask for.
   */
  public static List<String> codes(Kind kind, Framework framework) {
    if (kind != Kind.FUNDING_SOURCE && kind != Kind.CONTENTS) {
      return NationalCodes.DISTINCT.get(kind);
    }
    Set<String> codes = new LinkedHashSet<>(codes(kind));
    if (kind == Kind.FUNDING_SOURCE) {
      framework.catalogue().fundingSources().stream()
          .map(FundingSourceInfo::id)
          .forEach(f -> codes.add(f.id()));
    } else {
      framework.rules().stream()
          .filter(ContentsSection.class::isInstance)
          .map(r -> ((ContentsSection) r).contentsKey())
          .forEach(codes::add);
    }
    return List.copyOf(codes);
  }

  /**
   * The national lists, built once: the rules ask for them for every plan, and building them from
   * the reference data and the bundle's keys was a few per cent of checking a small plan.
   */
  private static final class NationalCodes {
    static final Map<Kind, List<String>> LISTS = lists();

    /** The lists without repeats, in their order: what a framework adds nothing to. */
    static final Map<Kind, List<String>> DISTINCT = distinct(LISTS);

    private static Map<Kind, List<String>> lists() {
      Map<Kind, List<String>> lists = new EnumMap<>(Kind.class);
      for (Kind kind : Kind.values()) {
        lists.put(
            kind,
            switch (kind) {
              case LEPS -> NationalRules.reference().leps().stream().map(LepsInfo::id).toList();
              case FUNDING_SOURCE ->
                  NationalRules.reference().fundingSources().stream()
                      .map(f -> f.id().id())
                      .toList();
              case CONTENTS -> NationalRules.CONTENTS_KEYS;
              case PARTICIPATION, BODY, AGREEMENT -> named(kind);
            });
      }
      return Collections.unmodifiableMap(lists);
    }

    private static Map<Kind, List<String>> distinct(Map<Kind, List<String>> lists) {
      Map<Kind, List<String>> distinct = new EnumMap<>(Kind.class);
      lists.forEach((kind, codes) -> distinct.put(kind, List.copyOf(new LinkedHashSet<>(codes))));
      return Collections.unmodifiableMap(distinct);
    }
  }

  /** The codes the bundle names for the kind. */
  private static List<String> named(Kind kind) {
    String prefix = kind.prefix + ".";
    return BUNDLE.keys().stream()
        .filter(k -> k.startsWith(prefix))
        .map(k -> k.substring(prefix.length()))
        .toList();
  }

  /** The name of a code in the language, if the vocabulary lists it. */
  public static Optional<String> name(Kind kind, String code, Language language) {
    String key = kind.prefix + "." + code;
    return BUNDLE.has(key) ? Optional.of(BUNDLE.template(key, language)) : Optional.empty();
  }

  /**
   * A message argument that reads as the code's name in the report's language, or as the code when
   * the vocabulary does not list it.
   */
  public static Object term(Kind kind, String code) {
    String key = kind.prefix + "." + code;
    return BUNDLE.has(key) ? Message.of(BUNDLE, key) : code;
  }

  /**
   * A message argument that reads as the name with the code beside it, {@code tavolo tematico
   * (thematic-table)}, for places where the user must type the code; the code alone when unlisted.
   */
  public static Object withCode(Kind kind, String code) {
    String key = kind.prefix + "." + code;
    return BUNDLE.has(key) ? Message.of(BUNDLE, "withCode", Message.of(BUNDLE, key), code) : code;
  }

  /** {@link #term} for each code, as one argument that reads as a list. */
  public static List<Object> terms(Kind kind, List<String> codes) {
    return codes.stream().map(c -> term(kind, c)).toList();
  }

  /** {@link #withCode} for each code, as one argument that reads as a list. */
  public static List<Object> withCodes(Kind kind, List<String> codes) {
    return codes.stream().map(c -> withCode(kind, c)).toList();
  }
}
