package it.pianozona.tck;

import it.pianozona.core.framework.Area;
import it.pianozona.core.framework.Catalogue;
import it.pianozona.core.framework.DatedCodes;
import it.pianozona.core.framework.DatedParameter;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FundArea;
import it.pianozona.core.framework.FundingSourceInfo;
import it.pianozona.core.framework.Objective;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.framework.WeightedCriterion;
import it.pianozona.core.text.Text;
import it.pianozona.core.validation.LegalBasis;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything of a framework that a regional expert traces or a reader reads as prose: every legal
 * basis (of the act, the catalogue, its areas, objectives and funds, the parameters, the rules and
 * the criteria) and every passage of data prose (caveats, what the catalogue lacks, targets'
 * descriptions, weights' rationales), each named by where it stands. The contract suite checks
 * them; a region's own tests may check its reference data with {@link #isOfficial(String)}.
 *
 * @since 0.1
 */
public final class FrameworkSources {

  /**
   * The hosts where an act itself is published: Normattiva and the Gazzetta Ufficiale for national
   * law, the regions' official bulletins and sites. A legal basis links only to one of these, or
   * has no link.
   */
  public static final Set<String> OFFICIAL_HOSTS =
      Set.of(
          "www.normattiva.it",
          "www.gazzettaufficiale.it",
          "burp.regione.puglia.it",
          "www.regione.puglia.it",
          "normelombardia.consiglio.regione.lombardia.it",
          "www.regione.lombardia.it",
          "www.consiglio.basilicata.it",
          "www.regione.basilicata.it");

  private FrameworkSources() {}

  /** Whether a link is an https address on one of the {@link #OFFICIAL_HOSTS}. */
  public static boolean isOfficial(String url) {
    try {
      URI uri = new URI(url);
      return "https".equals(uri.getScheme())
          && uri.getHost() != null
          && OFFICIAL_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** Every legal basis of the framework, by where it stands, such as {@code areas/A1/source}. */
  public static Map<String, LegalBasis> legalBases(Framework f) {
    Map<String, LegalBasis> out = new LinkedHashMap<>();
    out.put("adoptedBy", f.adoptedBy());
    Catalogue c = f.catalogue();
    out.put("catalogue/reference", c.reference());
    for (Area a : c.areas()) {
      out.put("areas/" + a.code() + "/source", a.source());
    }
    for (Objective o : c.objectives()) {
      out.put("objectives/" + o.code() + "/source", o.source());
    }
    for (FundingSourceInfo s : c.fundingSources()) {
      out.put("fundingSources/" + s.id().id() + "/source", s.source());
    }
    for (FundArea fa : c.fundAreas()) {
      out.put("fundAreas/" + fa.source().id() + "/basis", fa.basis());
    }
    for (DatedParameter p : f.parameters().all()) {
      out.put("parameters/" + p.id() + "@" + p.validFrom() + "/reference", p.reference());
    }
    for (DatedCodes p : f.parameters().lists()) {
      out.put("parameters/" + p.id() + "@" + p.validFrom() + "/reference", p.reference());
    }
    f.participation()
        .ifPresent(
            m -> {
              for (int i = 0; i < m.stages().size(); i++) {
                out.put("participation/stages/" + i + "/source", m.stages().get(i).source());
              }
            });
    for (Rule r : f.rules()) {
      out.put("rules/" + r.descriptor().code(), r.descriptor().legalBasis());
    }
    for (WeightedCriterion w : f.scoring().criteria()) {
      out.put("scoring/" + w.criterion().id() + "/basis", w.criterion().basis());
      w.weightBasis()
          .act()
          .ifPresent(act -> out.put("scoring/" + w.criterion().id() + "/weightBasis", act));
    }
    return out;
  }

  /** Every passage of data prose of the framework, by where it stands. */
  public static Map<String, Text> texts(Framework f) {
    Map<String, Text> out = new LinkedHashMap<>();
    legalBases(f).forEach((where, b) -> b.caveat().ifPresent(t -> out.put(where + "/caveat", t)));
    Catalogue c = f.catalogue();
    c.missing().ifPresent(t -> out.put("catalogue/missing", t));
    for (Objective o : c.objectives()) {
      o.target()
          .ifPresent(
              t -> out.put("objectives/" + o.code() + "/target/description", t.description()));
    }
    for (WeightedCriterion w : f.scoring().criteria()) {
      w.rationale().ifPresent(t -> out.put("scoring/" + w.criterion().id() + "/rationale", t));
    }
    return out;
  }
}
