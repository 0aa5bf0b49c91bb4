package it.pianozona.core.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import it.pianozona.core.validation.LegalBasis;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A list of codes a rule or a score depends on, valid for a span of time and traceable to its act
 * or marked as this library's choice: which funding sources count in a share's denominator, for
 * instance. The companion of {@link DatedParameter} for what is not a number.
 *
 * @param id the parameter's identifier, such as {@code municipal-cofinancing-base}
 * @param codes the codes, at least one, in the order the data gives them
 * @param validFrom the first day it applies
 * @param validTo the last day it applies, if it has an end
 * @param reference the act that sets it, or a caveat saying that no act does
 * @since 0.1
 */
public record DatedCodes(
    String id,
    List<String> codes,
    LocalDate validFrom,
    Optional<LocalDate> validTo,
    LegalBasis reference) {

  public DatedCodes {
    checkArgument(id != null && !id.isBlank(), "a parameter needs an id");
    codes = ImmutableList.copyOf(codes);
    checkArgument(!codes.isEmpty(), "parameter %s lists no code", id);
    Validity.check(id, validFrom, validTo);
    requireNonNull(reference, "reference of " + id);
  }

  /** Whether the list applies on the given day. */
  public boolean appliesOn(LocalDate day) {
    return Validity.covers(day, validFrom, validTo);
  }
}
