package it.pianozona.core.model;

import java.math.BigDecimal;

/** Decimal numbers in one canonical form, so that 1.50 and 1.5 are the same value. */
final class Decimals {

  private Decimals() {}

  /** The number without trailing zeros, and never in exponent form (100, not 1E+2). */
  static BigDecimal canonical(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
