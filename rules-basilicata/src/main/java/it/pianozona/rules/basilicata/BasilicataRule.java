package it.pianozona.rules.basilicata;

import it.pianozona.core.framework.Rule;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.RuleDescriptor;
import it.pianozona.core.validation.Severity;

/**
 * A Basilicata rule, coded under its framework ({@code BAS-2016-...}) with its messages under the
 * code without it ({@code BAS-GOV-001}), so a later framework can share them under new codes.
 */
abstract class BasilicataRule implements Rule {

  /** The code part of the framework of the 2015 guidelines ({@code basilicata-2016}). */
  static final String Y2016 = "2016";

  private final RuleDescriptor descriptor;

  BasilicataRule(String cycle, String topic, Severity severity, LegalBasis basis) {
    this.descriptor = RuleDescriptor.of("BAS-" + cycle + "-" + topic, severity, basis,
        BasilicataActs.MESSAGES, "BAS-" + topic);
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
