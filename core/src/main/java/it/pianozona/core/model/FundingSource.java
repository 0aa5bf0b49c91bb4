package it.pianozona.core.model;

import java.util.regex.Pattern;

/**
 * A source of money for a plan, by its short identifier: national funds such as {@code fnps},
 * {@code fna} or {@code fondo-poverta}, regional ones such as {@code fgsa}, or the comuni's own
 * budgets ({@code comuni}).
 *
 * <p>An open set: regions add their own funds, and the national and regional catalogues say
 * which identifiers they know. The identifier is lower-case words joined by hyphens.
 *
 * @param id the identifier
 * @since 0.1
 */
public record FundingSource(String id) implements Comparable<FundingSource> {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public FundingSource {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "a funding source is lower-case words joined by hyphens, such as 'fondo-poverta', got '"
              + id + "'");
    }
  }

  public static FundingSource of(String id) {
    return new FundingSource(id);
  }

  /** Whether the text is a well-formed identifier. */
  public static boolean isWellFormed(String id) {
    return id != null && ID.matcher(id).matches();
  }

  @Override
  public int compareTo(FundingSource other) {
    return id.compareTo(other.id);
  }

  @Override
  public String toString() {
    return id;
  }
}
