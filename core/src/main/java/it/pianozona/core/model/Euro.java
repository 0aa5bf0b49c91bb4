package it.pianozona.core.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An exact amount of euro, held in cents so that sums over thousands of allocations never drift.
 *
 * <p>Plans budget public money: a {@code double} would turn 0.10 + 0.20 into 0.30000000000000004
 * and make a balanced budget look overspent. Amounts may be negative only as differences (for
 * example in a comparison between two plans); documents never accept a negative amount.
 *
 * @param cents the amount in euro cents
 * @since 0.1
 */
public record Euro(long cents) implements Comparable<Euro> {

  /** Zero euro. */
  public static final Euro ZERO = new Euro(0);

  /** Returns the amount of the given number of cents. */
  public static Euro ofCents(long cents) {
    return cents == 0 ? ZERO : new Euro(cents);
  }

  /** Returns the amount of the given whole euro. */
  public static Euro ofEuros(long euros) {
    return ofCents(Math.multiplyExact(euros, 100L));
  }

  /**
   * Returns the amount of an exact decimal number of euro.
   *
   * @throws IllegalArgumentException if the value has more than two decimals or does not fit
   */
  public static Euro of(BigDecimal euros) {
    BigDecimal stripped = euros.stripTrailingZeros();
    if (stripped.scale() > 2) {
      throw new IllegalArgumentException(
          "an amount in euro has at most two decimals (cents), got " + shown(euros));
    }
    try {
      return ofCents(stripped.movePointRight(2).longValueExact());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("amount too large: " + shown(euros), e);
    }
  }

  /** The value for a message, never expanded: {@code 1E+999999999} stays as it is. */
  private static String shown(BigDecimal value) {
    return Math.abs((long) value.scale()) > 40 ? value.toString() : value.toPlainString();
  }

  /**
   * Parses a plain decimal such as {@code 1234.56}: a dot for decimals, no grouping.
   *
   * @throws IllegalArgumentException if the text is not such a number
   */
  public static Euro parse(String text) {
    try {
      return of(new BigDecimal(text.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not an amount in euro: '" + text + "'", e);
    }
  }

  public Euro plus(Euro other) {
    return ofCents(Math.addExact(cents, other.cents));
  }

  public Euro minus(Euro other) {
    return ofCents(Math.subtractExact(cents, other.cents));
  }

  public boolean isNegative() {
    return cents < 0;
  }

  public boolean isZero() {
    return cents == 0;
  }

  public boolean isGreaterThan(Euro other) {
    return cents > other.cents;
  }

  /** The amount as a decimal number of euro with two decimals. */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(cents, 2);
  }

  /** This amount divided by a positive count, rounded half-even to the cent. */
  public Euro dividedBy(long divisor) {
    if (divisor <= 0) {
      throw new IllegalArgumentException("divisor must be positive: " + divisor);
    }
    return ofCents(
        BigDecimal.valueOf(cents)
            .divide(BigDecimal.valueOf(divisor), 0, RoundingMode.HALF_EVEN)
            .longValueExact());
  }

  /** Formats for people: {@code € 1.234,56} in Italian, {@code €1,234.56} in English. */
  public String format(Locale locale) {
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
    String number = format.format(toBigDecimal());
    return "it".equals(locale.getLanguage()) ? "€ " + number : "€" + number;
  }

  @Override
  public int compareTo(Euro other) {
    return Long.compare(cents, other.cents);
  }

  /** The plain decimal form used in documents, such as {@code 1234.56}. */
  @Override
  public String toString() {
    return toBigDecimal().toPlainString();
  }
}
