package it.pianozona.core.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/** The validity of a dated parameter, number or list alike: checked and read in one place. */
final class Validity {

  private Validity() {}

  /** Refuses a missing start or end, and an end before the start. */
  static void check(String id, LocalDate validFrom, Optional<LocalDate> validTo) {
    requireNonNull(validFrom, "validFrom of " + id);
    requireNonNull(validTo, "validTo of " + id);
    validTo.ifPresent(
        to ->
            checkArgument(
                !to.isBefore(validFrom),
                "parameter %s ends (%s) before it starts (%s)",
                id,
                to,
                validFrom));
  }

  /** Whether the day falls between the start and the end, both included (no end: open). */
  static boolean covers(LocalDate day, LocalDate validFrom, Optional<LocalDate> validTo) {
    return !day.isBefore(validFrom) && validTo.map(to -> !day.isAfter(to)).orElse(true);
  }
}
