package it.pianozona.core.framework;

import it.pianozona.core.model.Plan;
import it.pianozona.core.reference.ComuniRegistry;
import it.pianozona.core.validation.Location;

/**
 * What a rule sees while it checks a plan, and where it reports what it finds.
 *
 * @since 0.1
 */
public interface RuleContext {

  /** The plan under check. */
  Plan plan();

  /** The framework the plan is checked under. */
  Framework framework();

  /** The framework's catalogue (possibly one the caller supplied in place of the bundled one). */
  default Catalogue catalogue() {
    return framework().catalogue();
  }

  /** National and framework parameters together. */
  Parameters parameters();

  /** The national reference data that every region shares (LEPS, national funds). */
  NationalReference national();

  /** The ISTAT list of comuni. */
  ComuniRegistry comuni();

  /**
   * The index's value for this plan, computed once per evaluation and shared with every other rule
   * that asks for the same index. This default computes it on each call, for contexts that keep no
   * memory; the engine's keeps one per evaluation.
   */
  default <T> T shared(PlanIndex<T> index) {
    return index.compute(this);
  }

  /** Reports a finding of this rule at the location, with its message arguments. */
  void report(Location location, Object... args);
}
