package it.pianozona.core;

import static java.util.Objects.requireNonNull;

import it.pianozona.core.io.PlanDocument;

/**
 * A plan document and what validating and scoring it gave: what every report renders, since a
 * report needs the document for file, line and column as well as the findings.
 *
 * @param document the document the plan was read from
 * @param evaluation its findings and score under the framework applied
 * @since 0.1
 */
public record CheckedPlan(PlanDocument document, Evaluation evaluation) {

  public CheckedPlan {
    requireNonNull(document, "document");
    requireNonNull(evaluation, "evaluation");
  }
}
