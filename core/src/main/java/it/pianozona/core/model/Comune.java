package it.pianozona.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A comune of an ambito, as the plan states it: its ISTAT code, its name and the resident
 * population the plan uses (often newer than the 2011 census).
 *
 * @param istat the ISTAT code
 * @param name the name, as written in the plan
 * @param population the residents the plan counts, zero or more
 * @since 0.1
 */
public record Comune(IstatCode istat, String name, long population) {

  public Comune {
    requireNonNull(istat, "istat");
    checkArgument(!Texts.blank(name), "a comune needs a name (ISTAT %s)", istat);
    name = Texts.nfc(name);
    checkArgument(population >= 0, "population of %s cannot be negative: %s", name, population);
  }

  public static Comune of(String istat, String name, long population) {
    return new Comune(IstatCode.of(istat), name, population);
  }
}
