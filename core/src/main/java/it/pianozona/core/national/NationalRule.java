package it.pianozona.core.national;

import it.pianozona.core.framework.Rule;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.RuleDescriptor;
import it.pianozona.core.validation.Severity;

/** A national rule: its descriptor uses the national message bundle. */
abstract class NationalRule implements Rule {

  private final RuleDescriptor descriptor;

  NationalRule(String code, Severity severity, LegalBasis basis) {
    this.descriptor = RuleDescriptor.of(code, severity, basis, NationalRules.BUNDLE);
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
