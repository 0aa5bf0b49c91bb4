package it.pianozona.core.config;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import it.pianozona.core.model.Suppression;
import it.pianozona.core.validation.Pointer;

/**
 * A suppression declared in the configuration rather than in the plan: it names the plan it is
 * about, since one configuration serves every plan of a folder and a finding belongs to one plan.
 *
 * @param plan the id of the plan whose finding it accepts
 * @param suppression the finding and why it is accepted
 * @param at where it is declared in its configuration file
 * @since 0.1
 */
public record ConfiguredSuppression(String plan, Suppression suppression, Pointer at) {

  public ConfiguredSuppression {
    checkArgument(plan != null && !plan.isBlank(), "a configured suppression names its plan");
    requireNonNull(suppression, "suppression");
    requireNonNull(at, "at");
  }
}
