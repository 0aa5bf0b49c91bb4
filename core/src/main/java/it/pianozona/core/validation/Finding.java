package it.pianozona.core.validation;

import static java.util.Objects.requireNonNull;

import it.pianozona.core.text.Language;
import it.pianozona.core.text.Message;
import java.util.Comparator;

/**
 * One thing validation found in a plan: data, not an exception. It says which rule found it, how
 * serious it is, exactly where it is, the act behind it and what it means, in either language.
 *
 * @param code the rule's stable code
 * @param severity how serious it is
 * @param location where in the plan
 * @param legalBasis the act behind the rule
 * @param message what was found, rendered on demand
 * @since 0.1
 */
public record Finding(
    String code, Severity severity, Location location, LegalBasis legalBasis, Message message) {

  /** Severity first, then position in the document, then code: the order reports use. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(f -> f.location().pointer())
          .thenComparing(Finding::code)
          .thenComparing(f -> f.message().args().toString());

  public Finding {
    requireNonNull(code, "code");
    requireNonNull(severity, "severity");
    requireNonNull(location, "location");
    requireNonNull(legalBasis, "legalBasis");
    requireNonNull(message, "message");
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

  @Override
  public String toString() {
    return severity + " " + code + " at " + location.pointer() + ": " + message(Language.EN);
  }
}
