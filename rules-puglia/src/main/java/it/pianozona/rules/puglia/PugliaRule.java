package it.pianozona.rules.puglia;

import it.pianozona.core.framework.Rule;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.RuleDescriptor;
import it.pianozona.core.validation.Severity;

/**
 * A Puglia rule. One class serves every regional plan it applies to, each under its own code
 * ({@code PUG-IV-...}, {@code PUG-V-...}) with shared messages ({@code PUG-...}).
 */
abstract class PugliaRule implements Rule {

  private final RuleDescriptor descriptor;

  PugliaRule(String code, Severity severity, LegalBasis basis, String keyBase) {
    this.descriptor = RuleDescriptor.of(code, severity, basis, PugliaActs.MESSAGES, keyBase);
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
