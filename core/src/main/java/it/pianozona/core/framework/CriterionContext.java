package it.pianozona.core.framework;

import it.pianozona.core.model.Plan;
import it.pianozona.core.reference.ComuniRegistry;
import it.pianozona.core.validation.ValidationReport;

/**
 * What a scoring criterion sees: the plan, its framework, and the validation report already made
 * for it.
 *
 * @param plan the plan being scored
 * @param framework the framework it is scored under
 * @param parameters national and framework parameters together
 * @param national the national reference data
 * @param comuni the ISTAT list of comuni
 * @param report the plan's validation report
 * @since 0.1
 */
public record CriterionContext(
    Plan plan,
    Framework framework,
    Parameters parameters,
    NationalReference national,
    ComuniRegistry comuni,
    ValidationReport report) {

  public Catalogue catalogue() {
    return framework.catalogue();
  }
}
