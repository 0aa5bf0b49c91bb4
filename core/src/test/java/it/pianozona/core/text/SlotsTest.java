package it.pianozona.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.national.NationalRules;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlotsTest {

  private static MessageBundle bundle(Map<String, String> it, Map<String, String> en) {
    return MessageBundle.of("t", Map.of(Language.IT, it, Language.EN, en));
  }

  @Test
  void everyNationalTemplateWithPlaceholdersNamesThemInBothLanguages() {
    assertEquals(List.of(), Slots.problems(NationalRules.BUNDLE));
  }

  @Test
  void noNationalTemplateShowsANumberedPlaceholderOnceNamed() {
    for (String key : NationalRules.BUNDLE.keys()) {
      for (Language l : Language.values()) {
        String named = Slots.named(NationalRules.BUNDLE, key, l);
        assertFalse(named.matches("(?s).*\\{\\d+[,}].*"), key + " " + l + ": " + named);
      }
    }
  }

  @Test
  void aTemplateReadsWithTheNamesOfItsArgumentsAndStillRendersByPosition() {
    MessageBundle b =
        bundle(
            Map.of("k", "Con {0} assistenti per {1} abitanti", "k.slots", "assistenti, abitanti"),
            Map.of("k", "With {0} workers for {1} residents", "k.slots", "workers , residents"));
    assertEquals(
        "Con {assistenti} assistenti per {abitanti} abitanti", Slots.named(b, "k", Language.IT));
    assertEquals(
        "With {workers} workers for {residents} residents", Slots.named(b, "k", Language.EN));
    assertEquals(List.of("workers", "residents"), Slots.names(b, "k", Language.EN));
    assertEquals("Con 3 assistenti per 12 abitanti", b.render("k", List.of(3, 12), Language.IT));
    assertEquals(List.of(), Slots.problems(b));
  }

  @Test
  void aChoiceReadsAsItsGeneralFormWithThePlaceholdersInsideItNamed() {
    String template = "Trovati {0,choice,0#nessun errore|1#un errore|1<{0} errori} in {1}.";
    assertEquals(Set.of(0, 1), Slots.placeholders(template));
    assertEquals(
        "Trovati {errori} errori in {piano}.", Slots.named(template, List.of("errori", "piano")));
    assertEquals("{0} molti", Slots.named("{0,choice,1#uno|1<{0} molti}", List.of()));
    assertEquals(
        "{a} su {b} con {c} voci",
        Slots.named(
            "{0,choice,0#nessuno|1<{0} su {1} con {2,choice,1#una voce|1<{2} voci}}",
            List.of("a", "b", "c")));
    assertEquals(Set.of(0, 1, 2), Slots.placeholders("{0,choice,1#x|1<{1} {2,choice,1#y}}"));
  }

  @Test
  void bracesThatAreNotPlaceholdersAreLeftAsWritten() {
    assertEquals(Set.of(), Slots.placeholders("{a} {} {-1} {0x} {0 }"));
    assertEquals("{a} {} {x} {x,choice,1#a", Slots.named("{a} {} {0} {0,choice,1#a", List.of("x")));
  }

  @Test
  void aMissingWrongOrStrayNameIsAProblem() {
    MessageBundle b =
        bundle(
            Map.of(
                "a", "{0} e {1}",
                "b", "{0}",
                "b.slots", "uno",
                "c", "{0} {1}",
                "c.slots", "x, x",
                "d", "senza argomenti",
                "d.slots", "niente",
                "e", "{0}",
                "e.slots", "due parole"),
            Map.of(
                "a", "{0} and {1}",
                "b", "{0} {1}",
                "b.slots", "one",
                "c", "{0} {1}",
                "c.slots", "x, y",
                "d", "no arguments",
                "d.slots", "none",
                "e", "{0}",
                "e.slots", "word"));
    List<String> problems = Slots.problems(b);
    assertEquals(6, problems.size(), problems.toString());
    assertTrue(
        problems.contains("t: a has placeholders [0, 1] but no a.slots"), problems.toString());
    assertTrue(
        problems.contains("t: b.slots (it) names 1 arguments, the template uses {0} to {1}"),
        problems.toString());
    assertTrue(problems.contains("t: c.slots (it): 'x' names two arguments"), problems.toString());
    assertTrue(
        problems.contains("t: d.slots names the arguments of no template with placeholders"),
        problems.toString());
    assertTrue(
        problems.contains("t: e.slots (it): 'due parole' is not a word (letters, digits, hyphens)"),
        problems.toString());
  }
}
