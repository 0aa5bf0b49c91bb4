package it.pianozona.core.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The twenty Italian regions, each with the identifier plan documents use and its ISTAT code.
 *
 * <p>Social planning is a regional competence, so the region of a plan decides which framework
 * checks it. The list is constitutional and stable, unlike the regional frameworks themselves.
 *
 * @since 0.1
 */
public enum Region {
  PIEMONTE("piemonte", "01", "Piemonte"),
  VALLE_D_AOSTA("valle-d-aosta", "02", "Valle d'Aosta"),
  LOMBARDIA("lombardia", "03", "Lombardia"),
  TRENTINO_ALTO_ADIGE("trentino-alto-adige", "04", "Trentino-Alto Adige"),
  VENETO("veneto", "05", "Veneto"),
  FRIULI_VENEZIA_GIULIA("friuli-venezia-giulia", "06", "Friuli-Venezia Giulia"),
  LIGURIA("liguria", "07", "Liguria"),
  EMILIA_ROMAGNA("emilia-romagna", "08", "Emilia-Romagna"),
  TOSCANA("toscana", "09", "Toscana"),
  UMBRIA("umbria", "10", "Umbria"),
  MARCHE("marche", "11", "Marche"),
  LAZIO("lazio", "12", "Lazio"),
  ABRUZZO("abruzzo", "13", "Abruzzo"),
  MOLISE("molise", "14", "Molise"),
  CAMPANIA("campania", "15", "Campania"),
  PUGLIA("puglia", "16", "Puglia"),
  BASILICATA("basilicata", "17", "Basilicata"),
  CALABRIA("calabria", "18", "Calabria"),
  SICILIA("sicilia", "19", "Sicilia"),
  SARDEGNA("sardegna", "20", "Sardegna");

  private final String id;
  private final String istatCode;
  private final String displayName;

  Region(String id, String istatCode, String displayName) {
    this.id = id;
    this.istatCode = istatCode;
    this.displayName = displayName;
  }

  /** The identifier used in plan documents, such as {@code puglia}. */
  public String id() {
    return id;
  }

  /** The two-digit ISTAT region code, such as {@code 16}. */
  public String istatCode() {
    return istatCode;
  }

  /** The name in Italian, such as {@code Puglia}. */
  public String displayName() {
    return displayName;
  }

  /** Finds a region by its document identifier. */
  public static Optional<Region> fromId(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(Lookup.BY_ID.get(id));
  }

  /**
   * Finds a region by its two-digit ISTAT code. Looked up in a map: the bundled list of comuni asks
   * once for each of its 8,000 lines on every cold start.
   */
  public static Optional<Region> fromIstatCode(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(Lookup.BY_ISTAT_CODE.get(code));
  }

  private static final class Lookup {
    static final Map<String, Region> BY_ID =
        Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Region::id, r -> r));
    static final Map<String, Region> BY_ISTAT_CODE =
        Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(r -> r.istatCode, r -> r));
  }

  /** The identifiers of all regions, comma-separated, for messages that list what is accepted. */
  public static String allIds() {
    return Arrays.stream(values()).map(Region::id).collect(Collectors.joining(", "));
  }
}
