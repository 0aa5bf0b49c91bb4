package it.pianozona.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * Money a plan declares available from one source in one year: the ceiling its allocations to
 * interventions must respect.
 *
 * @param source where the money comes from
 * @param year the budget year
 * @param amount the amount, zero or more
 * @param illustrative whether the figure is a placeholder rather than taken from a source
 * @since 0.1
 */
public record Funding(FundingSource source, int year, Euro amount, boolean illustrative) {

  public Funding {
    requireNonNull(source, "source");
    requireNonNull(amount, "amount");
    checkArgument(Period.isPlausibleYear(year), "implausible funding year: %s", year);
    checkArgument(!amount.isNegative(), "declared funding cannot be negative: %s", amount);
  }

  public static Funding of(String source, int year, Euro amount) {
    return new Funding(FundingSource.of(source), year, amount, false);
  }
}
