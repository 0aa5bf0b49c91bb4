package it.pianozona.server.internal;

import java.util.Locale;

/**
 * The kinds of problem the service answers (RFC 9457), each with a stable type, {@code
 * /v1/problems/<slug>}, and its HTTP status. The slugs are public contract: clients branch on them.
 */
public enum ProblemType {
  UNREADABLE_DOCUMENT(422),
  TOO_LARGE(413),
  HEADERS_TOO_LARGE(431),
  BAD_REQUEST(400),
  UNSUPPORTED_MEDIA_TYPE(415),
  MISSING_PART(400),
  BAD_FORM(400),
  BAD_PARAMETER(400),
  MISSING_PARAMETER(400),
  AMBITO_OR_COMUNI(400),
  UNKNOWN_FRAMEWORK(404),
  UNKNOWN_RULE(404),
  NOT_FOUND(404),
  METHOD_NOT_ALLOWED(405),
  TEMPLATE_REFUSED(422),
  BUSY(503),
  TIMEOUT(503),
  STOPPING(503),
  INTERNAL(500);

  /** Where the types live, relative to the service's root. */
  public static final String BASE = "/v1/problems/";

  private final int status;

  ProblemType(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }

  /** The type's name in its URI, such as {@code unreadable-document}. */
  public String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The type as a URI reference, such as {@code /v1/problems/unreadable-document}. */
  public String uri() {
    return BASE + slug();
  }

  /** The key of its title in the service's messages. */
  String titleKey() {
    return "problem." + slug() + ".title";
  }

  /** The key of its usual detail, for the types that have one. */
  String detailKey() {
    return "problem." + slug() + ".detail";
  }

  static java.util.Optional<ProblemType> fromSlug(String slug) {
    for (ProblemType t : values()) {
      if (t.slug().equals(slug)) {
        return java.util.Optional.of(t);
      }
    }
    return java.util.Optional.empty();
  }
}
