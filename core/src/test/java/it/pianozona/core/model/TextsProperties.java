package it.pianozona.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The hand-written blank check agrees with its definition: every code point is invisible. */
class TextsProperties {

  private static boolean definition(String text) {
    return text.codePoints().allMatch(Texts::invisible);
  }

  @Property(tries = 5000)
  void aTextIsBlankExactlyWhenEveryCodePointIsInvisible(@ForAll("texts") String text) {
    assertEquals(
        definition(text), Texts.blank(text), () -> text.codePoints().boxed().toList().toString());
  }

  @Test
  void inAsciiExactlyTheControlsAndTheSpaceAreInvisible() {
    for (int c = 0; c < 0x80; c++) {
      assertEquals(c <= 0x20 || c == 0x7F, Texts.invisible(c), "U+" + Integer.toHexString(c));
    }
  }

  @Provide
  Arbitrary<String> texts() {
    // Mostly invisible characters, so that blank texts are common; a visible one now and then,
    // and lone or paired surrogates.
    Arbitrary<Character> invisible =
        Arbitraries.of(
            ' ', '\t', '\n', '\r', '\u000B', '\u001F', '\u007F', '\u00A0', '\u00AD', '\u2007',
            '\u200B', '\u200D', '\u2060', '\u202F', '\uFEFF', '\u3000');
    Arbitrary<Character> other =
        Arbitraries.oneOf(
            Arbitraries.chars().ascii(),
            Arbitraries.chars().range('\u0080', '\uFFFF'),
            Arbitraries.of('\uD83D', '\uDE00', 'è', 'a'));
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(8, invisible), net.jqwik.api.Tuple.of(1, other))
        .list()
        .ofMaxSize(6)
        .map(
            cs -> {
              StringBuilder b = new StringBuilder();
              cs.forEach(b::append);
              return b.toString();
            });
  }
}
