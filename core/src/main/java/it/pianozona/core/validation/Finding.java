package it.pianozona.core.validation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import it.pianozona.core.model.Suppression;
import it.pianozona.core.text.Language;
import it.pianozona.core.text.Message;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One thing validation found in a plan: data, not an exception. It says which rule found it, how
 * serious it is, exactly where it is, the act behind it and what it means, in either language.
 *
 * @param code the rule's stable code
 * @param severity how serious it is, after any re-grading by the project configuration
 * @param location where in the plan
 * @param legalBasis the act behind the rule
 * @param message what was found, rendered on demand
 * @param declaredSeverity the rule's own severity, when the project configuration re-graded it
 * @param suppression the suppression that accepts it, if any: a suppressed finding stays in every
 *     report but no longer counts for the exit code
 * @since 0.1
 */
public record Finding(
    String code,
    Severity severity,
    Location location,
    LegalBasis legalBasis,
    Message message,
    Optional<Severity> declaredSeverity,
    Optional<Suppression> suppression) {

  /** Severity first, then position in the document, then code: the order reports use. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(f -> f.location().pointer())
          .thenComparing(Finding::code)
          .thenComparing(f -> f.message().args().toString());

  /** The version of {@link #fingerprint()}: it changes only if the way it is computed does. */
  public static final String FINGERPRINT_VERSION = "pianozona/v1";

  private static final Pattern INDEX = Pattern.compile("/\\d+(?=/|$)");

  public Finding {
    requireNonNull(code, "code");
    requireNonNull(severity, "severity");
    requireNonNull(location, "location");
    requireNonNull(legalBasis, "legalBasis");
    requireNonNull(message, "message");
    requireNonNull(declaredSeverity, "declaredSeverity");
    requireNonNull(suppression, "suppression");
  }

  /** A finding at its rule's own severity, not suppressed. */
  public Finding(
      String code, Severity severity, Location location, LegalBasis legalBasis, Message message) {
    this(code, severity, location, legalBasis, message, Optional.empty(), Optional.empty());
  }

  /** The finding of a rule at a location, with the arguments its message template takes. */
  public static Finding of(RuleDescriptor rule, Location location, Object... args) {
    return new Finding(
        rule.code(),
        rule.severity(),
        location,
        rule.legalBasis(),
        Message.of(rule.bundle(), rule.messageKey(), args));
  }

  public Pointer pointer() {
    return location.pointer();
  }

  public String message(Language language) {
    return message.render(language);
  }

  /** Whether a suppression accepts this finding. */
  public boolean suppressed() {
    return suppression.isPresent();
  }

  /** This finding, accepted by the suppression. */
  public Finding suppressedBy(Suppression value) {
    return new Finding(
        code,
        severity,
        location,
        legalBasis,
        message,
        declaredSeverity,
        Optional.of(requireNonNull(value, "suppression")));
  }

  /**
   * This finding at another severity, remembering the rule's own: what the project configuration
   * does when it re-grades a rule.
   */
  public Finding regraded(Severity value) {
    requireNonNull(value, "severity");
    if (value == severity) {
      return this;
    }
    return new Finding(
        code,
        value,
        location,
        legalBasis,
        message,
        Optional.of(declaredSeverity.orElse(severity)),
        suppression);
  }

  /**
   * What identifies this finding across versions of the plan: the rule code, the element it is
   * about (its kind and its own id, such as {@code intervention:PUG-V-01}) and the JSON Pointer
   * with its array indexes left out, so that adding or moving elements elsewhere in the file does
   * not change it. Never the line, the column or the message, which change with any edit.
   */
  public String fingerprintKey() {
    return code
        + "|"
        + location.element()
        + "|"
        + INDEX.matcher(location.pointer().toString()).replaceAll("/*");
  }

  /**
   * {@link #fingerprintKey()} as a short stable hash (SHA-256, first 16 hexadecimal digits): what
   * baselines match findings by, and what SARIF carries as {@code partialFingerprints} under {@link
   * #FINGERPRINT_VERSION}.
   */
  public String fingerprint() {
    return Hashing.sha256().hashString(fingerprintKey(), UTF_8).toString().substring(0, 16);
  }

  @Override
  public String toString() {
    return severity
        + " "
        + code
        + " at "
        + location.pointer()
        + ": "
        + message(Language.EN)
        + suppression.map(s -> " (suppressed: " + s.reason() + ")").orElse("");
  }
}
