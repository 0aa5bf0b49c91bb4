package it.pianozona.core.model;

import java.util.stream.IntStream;

/**
 * A planning period in whole calendar years, both ends included: a Piano di Zona normally runs
 * three years, such as 2022-2024.
 *
 * @param from the first year
 * @param to the last year, not before {@code from}
 * @since 0.1
 */
public record Period(int from, int to) {

  /** The earliest year a plan may name: the first Piani di Zona followed L. 328/2000. */
  public static final int MIN_YEAR = 1990;

  /** The latest year a plan may name. */
  public static final int MAX_YEAR = 2100;

  public Period {
    checkYear(from, "from");
    checkYear(to, "to");
    if (to < from) {
      throw new IllegalArgumentException(
          "a period ends after it starts: from " + from + " to " + to);
    }
  }

  /** Returns the period from one year to another, both included. */
  public static Period of(int from, int to) {
    return new Period(from, to);
  }

  /** Parses {@code 2022-2024}, or a single year such as {@code 2023}. */
  public static Period parse(String text) {
    String[] parts = text.trim().split("-", -1);
    try {
      if (parts.length == 1) {
        int year = Integer.parseInt(parts[0]);
        return new Period(year, year);
      }
      if (parts.length == 2) {
        return new Period(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a period of years: '" + text + "'", e);
    }
    throw new IllegalArgumentException("not a period of years: '" + text + "'");
  }

  /** Whether a year can be named at all. */
  public static boolean isPlausibleYear(long year) {
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }

  private static void checkYear(int year, String name) {
    if (!isPlausibleYear(year)) {
      throw new IllegalArgumentException(
          "year '" + name + "' must be between " + MIN_YEAR + " and " + MAX_YEAR + ": " + year);
    }
  }

  public boolean contains(int year) {
    return year >= from && year <= to;
  }

  public boolean contains(Period other) {
    return other.from >= from && other.to <= to;
  }

  public boolean overlaps(Period other) {
    return other.from <= to && other.to >= from;
  }

  /** Number of years, both ends included. */
  public int lengthInYears() {
    return to - from + 1;
  }

  public IntStream years() {
    return IntStream.rangeClosed(from, to);
  }

  @Override
  public String toString() {
    return from == to ? Integer.toString(from) : from + "-" + to;
  }
}
