package it.pianozona.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * Money one intervention receives from one funding source in one year.
 *
 * @param source where the money comes from
 * @param year the budget year
 * @param amount the amount, zero or more
 * @since 0.1
 */
public record Allocation(FundingSource source, int year, Euro amount) {

  public Allocation {
    requireNonNull(source, "source");
    requireNonNull(amount, "amount");
    checkArgument(Period.isPlausibleYear(year), "implausible allocation year: %s", year);
    checkArgument(!amount.isNegative(), "an allocation cannot be negative: %s", amount);
  }

  public static Allocation of(String source, int year, Euro amount) {
    return new Allocation(FundingSource.of(source), year, amount);
  }
}
