package it.pianozona.core.framework;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A set of dated parameters, looked up by identifier and date: numbers ({@link DatedParameter}) and
 * lists of codes ({@link DatedCodes}).
 *
 * @since 0.1
 */
public final class Parameters {

  /** No parameters at all. */
  public static final Parameters EMPTY = new Parameters(List.of(), List.of());

  private final ImmutableList<DatedParameter> all;
  private final ImmutableList<DatedCodes> lists;

  private Parameters(List<DatedParameter> all, List<DatedCodes> lists) {
    this.all = ImmutableList.copyOf(all);
    this.lists = ImmutableList.copyOf(lists);
  }

  /**
   * Builds a set, refusing two versions of a parameter that apply on the same day.
   *
   * @throws IllegalArgumentException naming the overlapping parameter
   */
  public static Parameters of(List<DatedParameter> parameters) {
    return of(parameters, List.of());
  }

  /**
   * Builds a set of numbers and lists, refusing two versions of a parameter (of either kind) that
   * apply on the same day.
   *
   * @throws IllegalArgumentException naming the overlapping parameter
   */
  public static Parameters of(List<DatedParameter> parameters, List<DatedCodes> lists) {
    List<Span> seen = new ArrayList<>();
    parameters.forEach(p -> seen.add(new Span(p.id(), p.validFrom(), p.validTo())));
    lists.forEach(p -> seen.add(new Span(p.id(), p.validFrom(), p.validTo())));
    for (int i = 0; i < seen.size(); i++) {
      for (int j = 0; j < i; j++) {
        Span p = seen.get(i);
        Span q = seen.get(j);
        if (q.id().equals(p.id()) && overlap(p, q)) {
          throw new IllegalArgumentException(
              "parameter "
                  + p.id()
                  + " has two values valid at once (from "
                  + q.from()
                  + " and from "
                  + p.from()
                  + ")");
        }
      }
    }
    return new Parameters(parameters, lists);
  }

  private record Span(String id, LocalDate from, Optional<LocalDate> to) {}

  private static boolean overlap(Span a, Span b) {
    LocalDate aEnd = a.to().orElse(LocalDate.MAX);
    LocalDate bEnd = b.to().orElse(LocalDate.MAX);
    return !a.from().isAfter(bEnd) && !b.from().isAfter(aEnd);
  }

  /** The version of the parameter that applies on the day, if any. */
  public Optional<DatedParameter> on(String id, LocalDate day) {
    return all.stream().filter(p -> p.id().equals(id) && p.appliesOn(day)).findFirst();
  }

  /** The version that applies on the first day of the given year, if any. */
  public Optional<DatedParameter> inYear(String id, int year) {
    return on(id, LocalDate.of(year, 1, 1));
  }

  /** The version of the list that applies on the day, if any. */
  public Optional<DatedCodes> codesOn(String id, LocalDate day) {
    return lists.stream().filter(p -> p.id().equals(id) && p.appliesOn(day)).findFirst();
  }

  /** The version of the list that applies on the first day of the given year, if any. */
  public Optional<DatedCodes> codesInYear(String id, int year) {
    return codesOn(id, LocalDate.of(year, 1, 1));
  }

  /** Every version of every numeric parameter. */
  public List<DatedParameter> all() {
    return all;
  }

  /** Every version of every list of codes. */
  public List<DatedCodes> lists() {
    return lists;
  }

  /** This set and the other together, as one. */
  public Parameters with(Parameters other) {
    List<DatedParameter> both = new ArrayList<>(all);
    both.addAll(other.all);
    List<DatedCodes> bothLists = new ArrayList<>(lists);
    bothLists.addAll(other.lists);
    return of(both, bothLists);
  }
}
