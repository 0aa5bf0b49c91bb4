package it.pianozona.core.text;

import static java.util.Objects.requireNonNull;

import it.pianozona.core.model.Euro;
import it.pianozona.core.model.PartialDate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one place where numbers, money, percentages, ratios, years and dates become text for people,
 * per language: {@code 15,5%}, {@code € 1.234,50}, {@code 1 ogni 4.000} in Italian; {@code 15.5%},
 * {@code EUR 1,234.50}, {@code 1 in 4,000} in English. Text, Markdown and HTML reports and every
 * message use it; JSON and SARIF keep raw numbers.
 *
 * <p>Figures are grouped by thousands in both languages ({@code 4.000}, {@code 4,000}); years are
 * never grouped, which is why a year travels as a {@link Year}, not as an {@code int}.
 *
 * @since 0.1
 */
public final class Formats {

  /** Digits after the separator for decimal figures (ratios, points, required staff). */
  public static final int DECIMALS = 2;

  /** Digits after the separator for percentages: one, always, so a column lines up. */
  public static final int PERCENT_DECIMALS = 1;

  private Formats() {}

  /**
   * A share in percent, as a message argument: {@code Percent.of(15.5)} reads {@code 15,5%}.
   *
   * @param value the share, already multiplied by 100
   */
  public record Percent(BigDecimal value) {
    public Percent {
      requireNonNull(value, "value");
    }

    public static Percent of(BigDecimal value) {
      return new Percent(value);
    }

    /** The share {@code part / whole} in percent; zero when the whole is zero. */
    public static Percent ofShare(long part, long whole) {
      return new Percent(
          whole == 0
              ? BigDecimal.ZERO
              : BigDecimal.valueOf(part)
                  .multiply(BigDecimal.valueOf(100))
                  .divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN));
    }
  }

  /**
   * A ratio of one to many, as a message argument: {@code OneIn.of(4000)} reads {@code 1 ogni
   * 4.000} or {@code 1 in 4,000}.
   *
   * @param many the larger side
   */
  public record OneIn(BigDecimal many) {
    public OneIn {
      requireNonNull(many, "many");
    }

    public static OneIn of(long many) {
      return new OneIn(BigDecimal.valueOf(many));
    }
  }

  /** A whole number, grouped by thousands. */
  public static String integer(long value, Language language) {
    return decimal(language, 0).format(value);
  }

  /** A decimal number with at most {@link #DECIMALS} digits after the separator. */
  public static String number(BigDecimal value, Language language) {
    return decimal(language, DECIMALS).format(value);
  }

  /** A decimal number with at most {@link #DECIMALS} digits after the separator. */
  public static String number(double value, Language language) {
    return decimal(language, DECIMALS).format(value);
  }

  /** A percentage with one digit after the separator: {@code 15,5%}, {@code 15.5%}. */
  public static String percent(BigDecimal value, Language language) {
    DecimalFormat f = decimal(language, PERCENT_DECIMALS);
    f.setMinimumFractionDigits(PERCENT_DECIMALS);
    return f.format(value) + "%";
  }

  /** The share {@code part / whole} as a percentage; empty when the whole is zero. */
  public static String share(long part, long whole, Language language) {
    return whole == 0 ? "" : percent(Percent.ofShare(part, whole).value(), language);
  }

  /** An amount: {@code € 1.234,50} in Italian, {@code EUR 1,234.50} in English. */
  public static String money(Euro amount, Language language) {
    DecimalFormat f = new DecimalFormat("#,##0.00", symbols(language));
    String number = f.format(amount.toBigDecimal());
    return language == Language.IT ? "€ " + number : "EUR " + number;
  }

  /** A one-to-many ratio: {@code 1 ogni 4.000}, {@code 1 in 4,000}. */
  public static String oneIn(BigDecimal many, Language language) {
    String n = number(many, language);
    return language == Language.IT ? "1 ogni " + n : "1 in " + n;
  }

  /** A year, never grouped: {@code 2023}. */
  public static String year(Year year) {
    return year.toString();
  }

  /** A date: {@code 10/07/2006} in Italian, {@code 2006-07-10} in English (ISO 8601). */
  public static String date(LocalDate date, Language language) {
    return language == Language.IT ? date.format(ITALIAN_DATE) : date.toString();
  }

  /**
   * A date known perhaps in part: {@code 03/05/2022}, {@code 05/2022}, {@code 2022} or {@code
   * 03/05} in Italian; the document's ISO form in English.
   */
  public static String date(PartialDate date, Language language) {
    if (language != Language.IT) {
      return date.toString();
    }
    if (date.year() == 0) {
      return String.format(Locale.ROOT, "%02d/%02d", date.day(), date.month());
    }
    if (date.month() == 0) {
      return Integer.toString(date.year());
    }
    if (date.day() == 0) {
      return String.format(Locale.ROOT, "%02d/%d", date.month(), date.year());
    }
    return String.format(Locale.ROOT, "%02d/%02d/%d", date.day(), date.month(), date.year());
  }

  private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private static DecimalFormat decimal(Language language, int maxFraction) {
    DecimalFormat f = new DecimalFormat("#,##0", symbols(language));
    f.setMaximumFractionDigits(maxFraction);
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    return f;
  }

  private static DecimalFormatSymbols symbols(Language language) {
    // Fixed symbols, not the JDK's locale data alone: a JVM with COMPAT locale data gives the
    // same output as one with CLDR.
    DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.ROOT);
    if (language == Language.IT) {
      s.setDecimalSeparator(',');
      s.setGroupingSeparator('.');
    } else {
      s.setDecimalSeparator('.');
      s.setGroupingSeparator(',');
    }
    return s;
  }
}
