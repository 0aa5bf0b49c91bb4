package it.pianozona.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void aTextInBothLanguagesRendersEachLanguageAsWritten() {
    Text t = Text.of("Da verificare sull'atto.", "To be verified against the act.");
    assertEquals("Da verificare sull'atto.", t.render(Language.IT));
    assertEquals("To be verified against the act.", t.render(Language.EN));
    assertTrue(t.has(Language.IT));
    assertTrue(t.has(Language.EN));
  }

  @Test
  void anItalianOnlyTextIsMarkedAsItalianInEnglishRatherThanTranslated() {
    Text t = Text.italian("Il testo dell'art. 10 è da verificare.");
    assertEquals("Il testo dell'art. 10 è da verificare.", t.render(Language.IT));
    assertEquals("(in Italian) Il testo dell'art. 10 è da verificare.", t.render(Language.EN));
    assertEquals(Text.ITALIAN_ONLY + t.it(), t.render(Language.EN));
    assertTrue(t.has(Language.IT));
    assertFalse(t.has(Language.EN));
  }

  @Test
  void theItalianIsRequiredAndNeitherLanguageMayBeBlank() {
    assertThrows(IllegalArgumentException.class, () -> Text.italian(" "));
    assertThrows(IllegalArgumentException.class, () -> Text.of("", "text"));
    assertThrows(IllegalArgumentException.class, () -> Text.of("testo", "  "));
    assertThrows(IllegalArgumentException.class, () -> new Text(null, Optional.of("text")));
    assertThrows(NullPointerException.class, () -> Text.of("testo", null));
  }

  @Test
  void aMessageArgumentThatIsATextIsRenderedInTheMessagesLanguage() {
    Text caveat = Text.of("la soglia", "the threshold");
    assertEquals("la soglia", MessageBundle.format(caveat, Language.IT));
    assertEquals("the threshold", MessageBundle.format(caveat, Language.EN));
    MessageBundle bundle =
        MessageBundle.of(
            "prova",
            java.util.Map.of(
                Language.IT, java.util.Map.of("k", "Da verificare: {0}"),
                Language.EN, java.util.Map.of("k", "To verify: {0}")));
    assertEquals("To verify: the threshold", bundle.render("k", List.of(caveat), Language.EN));
  }
}
