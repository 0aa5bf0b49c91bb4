package it.pianozona.core.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written count of a section's letters agrees with the stream it replaced. */
class SectionsProperties {

  @Property(tries = 5000)
  void theLoopCountsTheLettersAndDigitsTheCodePointStreamCounts(@ForAll("texts") String text) {
    assertEquals(
        text.codePoints().filter(Character::isLetterOrDigit).count(),
        Sections.letters(text),
        () -> text.codePoints().boxed().toList().toString());
  }

  @Provide
  Arbitrary<String> texts() {
    // Letters, digits and punctuation of Italian texts, letters outside the BMP (a pair), and lone
    // surrogates of either half, which the stream counts as themselves.
    Arbitrary<String> pieces =
        Arbitraries.oneOf(
            Arbitraries.chars().ascii().map(String::valueOf),
            Arbitraries.chars().range('\u0080', '\uFFFF').map(String::valueOf),
            Arbitraries.of(
                "è", "À", "٣", "\uD835\uDC00", "\uD83D\uDE00", "\uD83D", "\uDE00", " ", "."));
    return pieces.list().ofMaxSize(12).map(l -> String.join("", l));
  }
}
