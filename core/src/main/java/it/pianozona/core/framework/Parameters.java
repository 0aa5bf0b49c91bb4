package it.pianozona.core.framework;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A set of dated parameters, looked up by identifier and date.
 *
 * @since 0.1
 */
public final class Parameters {

  /** No parameters at all. */
  public static final Parameters EMPTY = new Parameters(List.of());

  private final ImmutableList<DatedParameter> all;

  private Parameters(List<DatedParameter> all) {
    this.all = ImmutableList.copyOf(all);
  }

  /**
   * Builds a set, refusing two versions of a parameter that apply on the same day.
   *
   * @throws IllegalArgumentException naming the overlapping parameter
   */
  public static Parameters of(List<DatedParameter> parameters) {
    List<DatedParameter> seen = new ArrayList<>();
    for (DatedParameter p : parameters) {
      for (DatedParameter q : seen) {
        if (q.id().equals(p.id()) && overlap(p, q)) {
          throw new IllegalArgumentException(
              "parameter "
                  + p.id()
                  + " has two values valid at once (from "
                  + q.validFrom()
                  + " and from "
                  + p.validFrom()
                  + ")");
        }
      }
      seen.add(p);
    }
    return new Parameters(parameters);
  }

  private static boolean overlap(DatedParameter a, DatedParameter b) {
    LocalDate aEnd = a.validTo().orElse(LocalDate.MAX);
    LocalDate bEnd = b.validTo().orElse(LocalDate.MAX);
    return !a.validFrom().isAfter(bEnd) && !b.validFrom().isAfter(aEnd);
  }

  /** The version of the parameter that applies on the day, if any. */
  public Optional<DatedParameter> on(String id, LocalDate day) {
    return all.stream().filter(p -> p.id().equals(id) && p.appliesOn(day)).findFirst();
  }

  /** The version that applies on the first day of the given year, if any. */
  public Optional<DatedParameter> inYear(String id, int year) {
    return on(id, LocalDate.of(year, 1, 1));
  }

  /** Every version of every parameter. */
  public List<DatedParameter> all() {
    return all;
  }

  /** This set and the other together, as one. */
  public Parameters with(Parameters other) {
    List<DatedParameter> both = new ArrayList<>(all);
    both.addAll(other.all);
    return of(both);
  }
}
