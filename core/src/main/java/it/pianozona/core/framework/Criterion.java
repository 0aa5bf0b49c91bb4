package it.pianozona.core.framework;

import it.pianozona.core.text.Message;
import it.pianozona.core.validation.LegalBasis;

/**
 * One thing a scoring model rewards. A criterion measures a share between 0 and 1 and explains it;
 * the model's data gives it a weight, so the same criterion can weigh differently from one planning
 * cycle to the next.
 *
 * @since 0.1
 */
public interface Criterion {

  /** A stable identifier, used in scoring data and reports, such as {@code area-coverage}. */
  String id();

  /** What the criterion measures. */
  Message name();

  /** The act or guideline that motivates rewarding this. */
  LegalBasis basis();

  /** Measures the plan. Must not throw: a plan that gives nothing to measure scores zero. */
  CriterionResult evaluate(CriterionContext context);
}
