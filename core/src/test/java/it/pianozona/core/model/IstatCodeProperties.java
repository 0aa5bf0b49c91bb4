package it.pianozona.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The hand-written checks of the comuni list's hot path agree with what they replaced: a code is
 * well formed exactly when the regular expression {@code \d{6}} matches it, and a region is found
 * by its id or ISTAT code exactly as a search of every region finds it.
 */
class IstatCodeProperties {

  private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

  @Property(tries = 5000)
  void aCodeIsWellFormedExactlyWhenTheRegularExpressionMatches(@ForAll("codes") String text) {
    boolean expected = SIX_DIGITS.matcher(text).matches();
    assertEquals(expected, IstatCode.isWellFormed(text), text);
    if (expected) {
      assertEquals(text, IstatCode.of(text).value());
    } else {
      assertThrows(IllegalArgumentException.class, () -> IstatCode.of(text));
    }
  }

  @Test
  void noTextIsNotAWellFormedCode() {
    assertEquals(false, IstatCode.isWellFormed(null));
    assertThrows(IllegalArgumentException.class, () -> IstatCode.of(null));
  }

  @Property(tries = 2000)
  void aRegionIsFoundAsASearchOfEveryRegionFindsIt(@ForAll("regionKeys") String key) {
    assertEquals(
        Arrays.stream(Region.values()).filter(r -> r.id().equals(key)).findFirst(),
        Region.fromId(key));
    assertEquals(
        Arrays.stream(Region.values()).filter(r -> r.istatCode().equals(key)).findFirst(),
        Region.fromIstatCode(key));
  }

  @Test
  void noKeyFindsNoRegion() {
    assertEquals(java.util.Optional.empty(), Region.fromId(null));
    assertEquals(java.util.Optional.empty(), Region.fromIstatCode(null));
  }

  @Provide
  Arbitrary<String> codes() {
    // Mostly six characters, mostly ASCII digits; now and then another length, another script's
    // digits (which \d does not match) or a neighbour of '0' and '9'.
    Arbitrary<Character> c =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(20, Arbitraries.chars().range('0', '9')),
            net.jqwik.api.Tuple.of(
                1, Arbitraries.of('/', ':', ' ', 'a', '\u0663', '\u0966', '\uFF10', '\u00B2')));
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(8, c.list().ofSize(6)),
            net.jqwik.api.Tuple.of(1, c.list().ofMaxSize(8)))
        .map(
            cs -> {
              StringBuilder b = new StringBuilder();
              cs.forEach(b::append);
              return b.toString();
            });
  }

  @Provide
  Arbitrary<String> regionKeys() {
    return Arbitraries.oneOf(
        Arbitraries.of(Region.values()).map(Region::id),
        Arbitraries.of(Region.values()).map(Region::istatCode),
        Arbitraries.strings().numeric().ofMaxLength(3),
        Arbitraries.strings().alpha().ofMaxLength(12));
  }
}
