package it.pianozona.core;

import static java.util.Objects.requireNonNull;

import it.pianozona.core.config.Tuning;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.internal.Engine;
import it.pianozona.core.model.Plan;
import it.pianozona.core.scoring.Score;
import it.pianozona.core.validation.ValidationReport;
import java.util.List;

/**
 * A plan's validation report and score under the framework it was checked against.
 *
 * @param plan the plan
 * @param framework the framework applied
 * @param report what validation found
 * @param score the score and its breakdown
 * @param tuning what the project configuration changed, so that a report can say the check was
 *     tuned; {@link Tuning#NONE} when it ran as the framework declares
 * @since 0.1
 */
public record Evaluation(
    Plan plan, Framework framework, ValidationReport report, Score score, Tuning tuning) {

  public Evaluation {
    requireNonNull(plan, "plan");
    requireNonNull(framework, "framework");
    requireNonNull(report, "report");
    requireNonNull(score, "score");
    requireNonNull(tuning, "tuning");
  }

  /**
   * Every rule the plan went through, national ones first: what a report lists as the rules
   * applied, including those that found nothing.
   */
  public List<Rule> rules() {
    return Engine.rulesFor(framework);
  }
}
