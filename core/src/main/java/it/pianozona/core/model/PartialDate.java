package it.pianozona.core.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date that may be known only in part, as public sources often give it: a full date
 * ({@code 2022-07-13}), a month ({@code 2022-07}), a year ({@code 2022}) or a day whose year the
 * source does not state ({@code --07-06}, the ISO 8601 form without a year).
 *
 * <p>Recording exactly what the source says, and no more, keeps an uncertain year from being
 * invented. Unknown parts are held as zero.
 *
 * @param year the year, or 0 when unknown
 * @param month the month 1-12, or 0 when unknown
 * @param day the day of the month, or 0 when unknown
 * @since 0.1
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

  private static final Pattern FORM = Pattern.compile("(?:(\\d{4})|-)(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Comparator<PartialDate> ORDER =
      Comparator.comparingInt(PartialDate::year)
          .thenComparingInt(PartialDate::month)
          .thenComparingInt(PartialDate::day);

  public PartialDate {
    if (year != 0 && !Period.isPlausibleYear(year)) {
      throw new IllegalArgumentException(
          "year must be between " + Period.MIN_YEAR + " and " + Period.MAX_YEAR + ": " + year);
    }
    if (month < 0 || month > 12) {
      throw new IllegalArgumentException("month must be between 1 and 12: " + month);
    }
    if (day != 0 && month == 0) {
      throw new IllegalArgumentException("a day needs a month");
    }
    if (year == 0 && (month == 0 || day == 0)) {
      throw new IllegalArgumentException("a date without a year needs both month and day");
    }
    if (day != 0) {
      try {
        if (year != 0) {
          LocalDate.of(year, month, day);
        } else {
          MonthDay.of(month, day);
        }
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("no such day: " + e.getMessage(), e);
      }
    }
  }

  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  public static PartialDate of(int year, int month, int day) {
    return new PartialDate(year, month, day);
  }

  /**
   * Parses {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY} or {@code --MM-DD}.
   *
   * @throws IllegalArgumentException naming the accepted forms if the text is none of them
   */
  public static PartialDate parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches() || (m.group(1) == null && m.group(3) == null)) {
      throw new IllegalArgumentException(
          "expected a date as YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD, got '" + text + "'");
    }
    int year = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return new PartialDate(year, month, day);
  }

  public OptionalInt knownYear() {
    return year == 0 ? OptionalInt.empty() : OptionalInt.of(year);
  }

  /** Whether year, month and day are all known. */
  public boolean isComplete() {
    return year != 0 && month != 0 && day != 0;
  }

  public Optional<LocalDate> toLocalDate() {
    return isComplete() ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
  }

  /** Orders by what is known; an unknown part sorts before any known one. */
  @Override
  public int compareTo(PartialDate other) {
    return ORDER.compare(this, other);
  }

  /** The document form, one of the four accepted by {@link #parse}. */
  @Override
  public String toString() {
    if (year == 0) {
      return String.format("--%02d-%02d", month, day);
    }
    if (month == 0) {
      return Integer.toString(year);
    }
    if (day == 0) {
      return YearMonth.of(year, month).toString();
    }
    return LocalDate.of(year, month, day).toString();
  }
}
