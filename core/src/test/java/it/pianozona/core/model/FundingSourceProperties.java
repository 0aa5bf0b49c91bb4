package it.pianozona.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written identifier check accepts exactly what its documented pattern accepts. */
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

  @Provide
  Arbitrary<String> candidates() {
    return Arbitraries.strings().withChars("ab09-Z_ è").ofMinLength(0).ofMaxLength(8);
  }
}
