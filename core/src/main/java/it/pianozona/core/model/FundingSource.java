package it.pianozona.core.model;

/**
 * A source of money for a plan, by its short identifier: national funds such as {@code fnps},
 * {@code fna} or {@code fondo-poverta}, regional ones such as {@code fgsa}, or the comuni's own
 * budgets ({@code comuni}).
 *
 * <p>An open set: regions add their own funds, and the national and regional catalogues say which
 * identifiers they know. The identifier is lower-case words joined by hyphens.
 *
 * @param id the identifier
 * @since 0.1
 */
public record FundingSource(String id) implements Comparable<FundingSource> {

  public FundingSource {
    if (!isWellFormed(id)) {
      throw new IllegalArgumentException(
          "a funding source is lower-case words joined by hyphens, such as 'fondo-poverta', got '"
              + id
              + "'");
    }
  }

  public static FundingSource of(String id) {
    return new FundingSource(id);
  }

  /**
   * Whether the text is a well-formed identifier: {@code [a-z][a-z0-9]*(-[a-z0-9]+)*}. Checked by
   * hand rather than by a regular expression because it runs for the source of every allocation of
   * every plan read.
   */
  public static boolean isWellFormed(String id) {
    if (id == null || id.isEmpty()) {
      return false;
    }
    char previous = id.charAt(0);
    if (previous < 'a' || previous > 'z') {
      return false;
    }
    for (int i = 1; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '-' ? previous == '-' : !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        return false;
      }
      previous = c;
    }
    return previous != '-';
  }

  /**
   * As a record's own equality, written out: every allocation's source is looked up in hash sets
   * and maps by several rules, and the generated method goes through method handles that the JIT
   * does not always inline.
   */
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof FundingSource s && id.equals(s.id));
  }

  /** The identifier's hash, the value a record of one component has: iteration orders stay. */
  @Override
  public int hashCode() {
    return id.hashCode();
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
