package it.pianozona.core.validation;

/**
 * How much a finding matters.
 *
 * @since 0.1
 */
public enum Severity {
  /** The plan breaks a rule it must follow; a region would send it back. */
  ERROR,
  /** The plan probably misses something it should have, or a figure looks wrong. */
  WARNING,
  /** Worth knowing; nothing to fix. */
  INFO;

  /** Whether this is at least as serious as the other: the constants run from most serious. */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) <= 0;
  }
}
