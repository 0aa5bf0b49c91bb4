package it.pianozona.core.national;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.pianozona.core.criteria.BuiltInCriteria;
import it.pianozona.core.framework.DatedParameter;
import it.pianozona.core.framework.FundingSourceInfo;
import it.pianozona.core.framework.LepsInfo;
import it.pianozona.core.framework.NationalReference;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.internal.Engine;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.LegalBasis;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The national reference data and the acts the national rules and built-in criteria cite: every
 * caveat in both languages, every link to the act itself on an official site. (Region modules get
 * the same checks from the contract suite.)
 */
class NationalDataTest {

  /** Where national acts are published: Normattiva and the Gazzetta Ufficiale. */
  static final Set<String> OFFICIAL_HOSTS = Set.of("www.normattiva.it", "www.gazzettaufficiale.it");

  static Map<String, LegalBasis> legalBases() {
    Map<String, LegalBasis> out = new LinkedHashMap<>();
    NationalReference national = NationalRules.reference();
    for (LepsInfo l : national.leps()) {
      out.put("leps/" + l.id() + "/source", l.source());
    }
    for (FundingSourceInfo f : national.fundingSources()) {
      out.put("fundingSources/" + f.id().id() + "/source", f.source());
    }
    for (DatedParameter p : national.parameters().all()) {
      out.put("parameters/" + p.id() + "/reference", p.reference());
    }
    for (Rule r : NationalRules.all()) {
      out.put("rules/" + r.descriptor().code(), r.descriptor().legalBasis());
    }
    out.put("rules/" + Engine.RULE_FAILED.code(), Engine.RULE_FAILED.legalBasis());
    BuiltInCriteria.all().forEach((id, c) -> out.put("criteria/" + id, c.basis()));
    return out;
  }

  @Test
  void everyNationalCaveatIsInItalianAndEnglish() {
    List<String> italianOnly = new ArrayList<>();
    legalBases()
        .forEach(
            (where, b) ->
                b.caveat()
                    .filter(t -> !t.has(Language.EN))
                    .ifPresent(t -> italianOnly.add(where + ": " + t.it())));
    assertEquals(List.of(), italianOnly);
  }

  @Test
  void everyNationalLegalBasisLinksToTheActOnNormattivaOrTheGazzettaUfficiale() {
    List<String> unofficial = new ArrayList<>();
    legalBases()
        .forEach(
            (where, b) ->
                b.url().filter(u -> !official(u)).ifPresent(u -> unofficial.add(where + ": " + u)));
    assertEquals(List.of(), unofficial);
  }

  static boolean official(String url) {
    URI uri = URI.create(url);
    return "https".equals(uri.getScheme())
        && OFFICIAL_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT));
  }
}
