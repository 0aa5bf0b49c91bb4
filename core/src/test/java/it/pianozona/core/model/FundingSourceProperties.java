package it.pianozona.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written identifier check accepts exactly what its documented pattern accepts; equality
 * and hash are a record's, written out.
 */
class FundingSourceProperties {

  private static final Pattern DOCUMENTED = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  @Property(tries = 3000)
  void anIdentifierIsWellFormedExactlyWhenItMatchesTheDocumentedPattern(
      @ForAll("candidates") String text) {
    boolean expected = DOCUMENTED.matcher(text).matches();
    assertEquals(expected, FundingSource.isWellFormed(text), "'" + text + "'");
    boolean constructed;
    try {
      FundingSource.of(text);
      constructed = true;
    } catch (IllegalArgumentException e) {
      constructed = false;
    }
    assertEquals(expected, constructed, "'" + text + "'");
  }

  /** The written-out hash is the one a record of one component has, so no iteration order moves. */
  @Property(tries = 1000)
  void equalityAndHashAreThoseOfTheIdentifier(
      @ForAll("identifiers") String a, @ForAll("identifiers") String b) {
    FundingSource x = FundingSource.of(a);
    FundingSource y = FundingSource.of(new String(b.toCharArray()));
    assertEquals(a.hashCode(), x.hashCode());
    assertEquals(a.equals(b), x.equals(y));
    if (a.equals(b)) {
      assertEquals(x.hashCode(), y.hashCode());
    } else {
      assertNotEquals(x, y);
    }
    assertNotEquals(x, a, "an identifier's text is not its source");
  }

  @Provide
  Arbitrary<String> identifiers() {
    return Arbitraries.of("fnps", "fna", "fondo-poverta", "fgsa", "comuni", "fsc-2021-2027");
  }

  @Provide
  Arbitrary<String> candidates() {
    return Arbitraries.strings().withChars("ab09-Z_ è").ofMinLength(0).ofMaxLength(8);
  }
}
