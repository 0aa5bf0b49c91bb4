package it.pianozona.rules.lombardia;

import it.pianozona.core.framework.Rule;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.RuleDescriptor;
import it.pianozona.core.validation.Severity;

/**
 * A Lombard rule: one check of l.r. 3/2008 art. 18, coded per triennium ({@code LOM-1820-...},
 * {@code LOM-2123-...}) so each framework's findings stay distinct, with the messages shared
 * under the code without the triennium ({@code LOM-GOV-001}).
 */
abstract class LombardiaRule implements Rule {

  private final RuleDescriptor descriptor;

  /**
   * @param cycle the triennium's short form, such as {@code 1820}
   * @param topic the topic and number, such as {@code GOV-001}
   */
  LombardiaRule(String cycle, String topic, Severity severity, LegalBasis basis) {
    this.descriptor = RuleDescriptor.of("LOM-" + cycle + "-" + topic, severity, basis,
        LombardiaActs.MESSAGES, "LOM-" + topic);
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
