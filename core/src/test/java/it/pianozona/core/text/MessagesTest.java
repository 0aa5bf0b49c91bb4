package it.pianozona.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.criteria.BuiltInCriteria;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.model.Euro;
import it.pianozona.core.national.NationalRules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void everyNationalRuleHasTitleMessageAndFixInBothLanguages() {
    for (Rule rule : NationalRules.all()) {
      for (String key : rule.descriptor().requiredKeys()) {
        assertTrue(NationalRules.BUNDLE.has(key), "missing " + key);
        for (Language l : Language.values()) {
          assertTrue(!NationalRules.BUNDLE.template(key, l).isBlank(), key + " " + l);
        }
      }
    }
  }

  @Test
  void everyBuiltInCriterionHasANameInBothLanguages() {
    BuiltInCriteria.all()
        .values()
        .forEach(
            c -> {
              for (Language l : Language.values()) {
                assertTrue(!c.name().render(l).startsWith("criterion."), c.id());
              }
            });
  }

  @Test
  void apostrophesSurviveAndArgumentsAreFormattedForTheLanguage() {
    MessageBundle bundle =
        MessageBundle.of(
            "t",
            Map.of(
                Language.IT, Map.of("k", "L'ambito dell'area {0} spende {1} per {2} abitanti"),
                Language.EN, Map.of("k", "The ambito of area {0} spends {1} for {2} residents")));
    List<Object> args = List.of("A1", Euro.ofCents(123_456_78), 74_753L);
    assertEquals(
        "L'ambito dell'area A1 spende € 123.456,78 per 74.753 abitanti",
        bundle.render("k", args, Language.IT));
    assertEquals(
        "The ambito of area A1 spends EUR 123,456.78 for 74,753 residents",
        bundle.render("k", args, Language.EN));
  }

  @Test
  void userTextWithBracesOrDollarsIsPrintedAsIs() {
    MessageBundle bundle =
        MessageBundle.of(
            "t", Map.of(Language.IT, Map.of("k", "«{0}»"), Language.EN, Map.of("k", "\"{0}\"")));
    assertEquals("«{1} $2 \\x»", bundle.render("k", List.of("{1} $2 \\x"), Language.IT));
  }

  @Test
  void bundlesWhoseLanguagesDifferAreRefusedOnLoad() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                MessageBundle.of(
                    "t",
                    Map.of(
                        Language.IT, Map.of("a", "x", "b", "y"), Language.EN, Map.of("a", "x"))));
    assertTrue(e.getMessage().contains("only in it [b]"), e.getMessage());
  }
}
