package it.pianozona.core.model;

import java.util.regex.Pattern;

/**
 * The six-digit ISTAT code of a comune (three digits of province, three of comune), such as {@code
 * 075016} for Casarano. Kept as text: the leading zero matters.
 *
 * @param value the six digits
 * @since 0.1
 */
public record IstatCode(String value) implements Comparable<IstatCode> {

  private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

  public IstatCode {
    if (value == null || !SIX_DIGITS.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "an ISTAT comune code has six digits, got '" + value + "'");
    }
  }

  public static IstatCode of(String value) {
    return new IstatCode(value);
  }

  /** Whether the text is a well-formed code (it may still name no comune). */
  public static boolean isWellFormed(String value) {
    return value != null && SIX_DIGITS.matcher(value).matches();
  }

  @Override
  public int compareTo(IstatCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
