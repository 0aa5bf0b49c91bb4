package it.pianozona.examples.report;

import static java.util.Objects.requireNonNull;

import it.pianozona.core.Evaluation;
import it.pianozona.core.io.PlanDocument;

/**
 * A plan document and what validating and scoring it gave: what every report renders.
 *
 * @param document the document the plan was read from, for file, line and column
 * @param evaluation its findings and score under the framework applied
 */
public record CheckedPlan(PlanDocument document, Evaluation evaluation) {

  public CheckedPlan {
    requireNonNull(document, "document");
    requireNonNull(evaluation, "evaluation");
  }
}
