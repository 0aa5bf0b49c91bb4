package it.pianozona.core.model;

/**
 * The six-digit ISTAT code of a comune (three digits of province, three of comune), such as {@code
 * 075016} for Casarano. Kept as text: the leading zero matters.
 *
 * @param value the six digits
 * @since 0.1
 */
public record IstatCode(String value) implements Comparable<IstatCode> {

  public IstatCode {
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException(
          "an ISTAT comune code has six digits, got '" + value + "'");
    }
  }

  public static IstatCode of(String value) {
    return new IstatCode(value);
  }

  /** Whether the text is a well-formed code (it may still name no comune). */
  public static boolean isWellFormed(String value) {
    // Six ASCII digits, as the regular expression \d{6} says, in a plain loop: the bundled list
    // checks about 8,000 codes on every cold start.
    if (value == null || value.length() != 6) {
      return false;
    }
    for (int i = 0; i < 6; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
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
