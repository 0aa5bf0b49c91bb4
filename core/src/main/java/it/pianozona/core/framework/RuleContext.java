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

  /** Reports a finding of this rule at the location, with its message arguments. */
  void report(Location location, Object... args);
}
