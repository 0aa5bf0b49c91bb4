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

  /**
   * This set with the other's versions in place of its own on the days they cover, as a reform
   * replaces a parameter: a version of this set that overlaps one of the other is cut to the days
   * outside it (and dropped if none is left). Ids the other set has and this one lacks are added.
   */
  public Parameters overriddenBy(Parameters other) {
    List<DatedParameter> numbers = new ArrayList<>();
    for (DatedParameter p : all) {
      List<Span> left = List.of(new Span(p.id(), p.validFrom(), p.validTo()));
      for (DatedParameter o : other.all) {
        if (o.id().equals(p.id())) {
          left = cut(left, new Span(o.id(), o.validFrom(), o.validTo()));
        }
      }
      left.forEach(
          s -> numbers.add(new DatedParameter(p.id(), p.value(), s.from(), s.to(), p.reference())));
    }
    numbers.addAll(other.all);
    List<DatedCodes> codes = new ArrayList<>();
    for (DatedCodes p : lists) {
      List<Span> left = List.of(new Span(p.id(), p.validFrom(), p.validTo()));
      for (DatedCodes o : other.lists) {
        if (o.id().equals(p.id())) {
          left = cut(left, new Span(o.id(), o.validFrom(), o.validTo()));
        }
      }
      left.forEach(
          s -> codes.add(new DatedCodes(p.id(), p.codes(), s.from(), s.to(), p.reference())));
    }
    codes.addAll(other.lists);
    return of(numbers, codes);
  }

  /** The parts of the spans outside the cut. */
  private static List<Span> cut(List<Span> spans, Span cut) {
    List<Span> left = new ArrayList<>();
    for (Span s : spans) {
      if (!overlap(s, cut)) {
        left.add(s);
        continue;
      }
      if (s.from().isBefore(cut.from())) {
        left.add(new Span(s.id(), s.from(), Optional.of(cut.from().minusDays(1))));
      }
      if (cut.to().isPresent() && s.to().orElse(LocalDate.MAX).isAfter(cut.to().get())) {
        left.add(new Span(s.id(), cut.to().get().plusDays(1), s.to()));
      }
    }
    return left;
  }

  /** Whether a parameter or a list of codes with this id exists in any version. */
  public boolean has(String id) {
    return all.stream().anyMatch(p -> p.id().equals(id))
        || lists.stream().anyMatch(p -> p.id().equals(id));
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
