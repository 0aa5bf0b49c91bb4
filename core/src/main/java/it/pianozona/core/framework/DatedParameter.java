package it.pianozona.core.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import it.pianozona.core.validation.LegalBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A number a rule or a score depends on, valid for a span of time and traceable to its act: a
 * threshold, a ratio, a weight. Keeping them as data means a new act changes a file, not code.
 *
 * @param id the parameter's identifier, such as {@code social-worker-leps-ratio}
 * @param value its value
 * @param validFrom the first day it applies
 * @param validTo the last day it applies, if it has an end
 * @param reference the act that sets it; a caveat marks a value not yet verified
 * @since 0.1
 */
public record DatedParameter(
    String id,
    BigDecimal value,
    LocalDate validFrom,
    Optional<LocalDate> validTo,
    LegalBasis reference) {

  public DatedParameter {
    checkArgument(id != null && !id.isBlank(), "a parameter needs an id");
    requireNonNull(value, "value of " + id);
    Validity.check(id, validFrom, validTo);
    requireNonNull(reference, "reference of " + id);
  }

  /** Whether the parameter applies on the given day. */
  public boolean appliesOn(LocalDate day) {
    return Validity.covers(day, validFrom, validTo);
  }

  /** Whether the value was read in its act (no caveat on the reference). */
  public boolean isVerified() {
    return reference.isVerified();
  }
}
