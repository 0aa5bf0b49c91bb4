package it.pianozona.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The hand-written blank check agrees with its definition (every code point is invisible), and the
 * NFC shortcut with the JDK's normaliser.
 */
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

  @Property(tries = 5000)
  void theShortcutGivesTheNormalisersNfc(@ForAll("mixed") String text) {
    assertEquals(
        Normalizer.normalize(text, Normalizer.Form.NFC),
        Texts.nfc(text),
        () -> text.chars().boxed().toList().toString());
  }

  /**
   * The shortcut's claim, checked whole: every character below U+0300, and every pair of them, is
   * already NFC. A longer text of them is too, since composition needs a character of the pair's
   * second kind (NFC_Quick_Check Maybe), all at U+0300 or above.
   */
  @Test
  void everyCharacterAndPairBelowTheCombiningMarksIsItsOwnNfc() {
    StringBuilder pair = new StringBuilder("  ");
    for (char a = 0; a < 0x300; a++) {
      String one = String.valueOf(a);
      assertTrue(Normalizer.isNormalized(one, Normalizer.Form.NFC), one);
      for (char b = 0; b < 0x300; b++) {
        pair.setCharAt(0, a);
        pair.setCharAt(1, b);
        String text = pair.toString();
        assertEquals(text, Normalizer.normalize(text, Normalizer.Form.NFC), text);
      }
    }
  }

  @Provide
  Arbitrary<String> mixed() {
    // Latin letters with their accents precomposed or typed as combining marks, and the marks'
    // neighbours on either side of U+0300.
    return Arbitraries.strings()
        .withChars("aeiouAEIOU \u00e0\u00e8\u00e9\u00ec\u00f2\u00f9\u00c8\u02ff")
        .withCharRange('\u0300', '\u0345')
        .withChars('\u1e9b', '\u212b', '\uac00', '\u1100', '\u1161', '\u0928', '\u093c')
        .ofMaxLength(8);
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
