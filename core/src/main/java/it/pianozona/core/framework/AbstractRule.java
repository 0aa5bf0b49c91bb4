package it.pianozona.core.framework;

import static java.util.Objects.requireNonNull;

import it.pianozona.core.text.MessageBundle;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.RuleDescriptor;
import it.pianozona.core.validation.Severity;

/**
 * A rule whose descriptor is built once in its constructor, so a rule class states its code,
 * severity, legal basis and messages there and writes only its check. The constructors mirror
 * {@link RuleDescriptor#of}: message keys under the code, or under a base shared by the same check
 * in other frameworks.
 *
 * @since 0.1
 */
public abstract class AbstractRule implements Rule {

  private final RuleDescriptor descriptor;

  /** A rule with the descriptor as given, such as one a region builds from its own scheme. */
  protected AbstractRule(RuleDescriptor descriptor) {
    this.descriptor = requireNonNull(descriptor, "descriptor");
  }

  /** A rule whose message keys start with its code. */
  protected AbstractRule(String code, Severity severity, LegalBasis basis, MessageBundle bundle) {
    this(RuleDescriptor.of(code, severity, basis, bundle));
  }

  /** A rule whose message keys start with a base shared with rules of other frameworks. */
  protected AbstractRule(
      String code, Severity severity, LegalBasis basis, MessageBundle bundle, String keyBase) {
    this(RuleDescriptor.of(code, severity, basis, bundle, keyBase));
  }

  @Override
  public final RuleDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public String toString() {
    return descriptor.code();
  }
}
