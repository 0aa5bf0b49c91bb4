package it.pianozona.core.framework;

import it.pianozona.core.validation.RuleDescriptor;

/**
 * One check a plan must pass, with its metadata beside it. Rules are small classes, one per
 * concern; a framework is their list plus its catalogue and scoring model.
 *
 * <p>A rule reports what it finds through its context and never throws for any plan: a rule that
 * throws is a bug, and the engine turns it into a finding of its own rather than losing the report.
 *
 * @since 0.1
 */
public interface Rule {

  /** The rule's code, severity, legal basis and messages. */
  RuleDescriptor descriptor();

  /** Checks the context's plan and reports each problem through the context. */
  void check(RuleContext context);
}
