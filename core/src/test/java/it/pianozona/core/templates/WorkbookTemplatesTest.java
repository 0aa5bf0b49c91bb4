package it.pianozona.core.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.framework.Framework;
import it.pianozona.core.io.WorkbookWriter;
import it.pianozona.core.model.Comune;
import it.pianozona.core.model.Region;
import it.pianozona.core.testing.TestFrameworks;
import it.pianozona.core.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Templates as an application builds them: from a member comune or a list of comuni. */
class WorkbookTemplatesTest {

  private static final Framework MOLISE = TestFrameworks.molise();

  /** A framework of Puglia, so that the bundled Casarano ambito is in its region. */
  private static final Framework PUGLIA =
      TestFrameworks.of(
          "puglia-test-2022-2024", Region.PUGLIA, "Quadro di prova della Puglia", List.of());

  @Test
  void aKnownAmbitoByAnyOfItsComuniHasItsLeadFirstAndEveryMember() {
    WorkbookWriter.Template t = WorkbookTemplates.forAmbito(PUGLIA, " 075042 ");
    assertEquals("075016", t.lead());
    assertEquals("075016", t.comuni().get(0).istat().value());
    assertEquals("Casarano", t.comuni().get(0).name());
    assertEquals(7, t.comuni().size());
    assertEquals("Ambito Territoriale Sociale di Casarano", t.ambitoName().orElseThrow());
    assertEquals("puglia", t.region());
    assertEquals(2022, t.from());
    assertEquals(2024, t.to());
    assertEquals("puglia-test-2022-2024", t.framework());
  }

  @Test
  void comuniGivenByCodeTakeNameAndPopulationFromTheIstatList() {
    WorkbookWriter.Template t = WorkbookTemplates.forComuni(MOLISE, List.of("070002", "070001"));
    assertEquals("070002", t.lead());
    Comune first = t.comuni().get(0);
    assertEquals("Baranello", first.name());
    assertEquals(2732, first.population());
    assertTrue(t.ambitoName().isEmpty());
  }

  @Test
  void eachReasonIsGivenWithItsValuesInBothLanguages() {
    refused(
        TemplateException.Reason.BAD_ISTAT,
        "'75016' non è un codice ISTAT",
        () -> WorkbookTemplates.forComuni(MOLISE, List.of("75016")));
    refused(
        TemplateException.Reason.UNKNOWN_COMUNE,
        "nessun comune con codice ISTAT 999999",
        () -> WorkbookTemplates.forComuni(MOLISE, List.of("999999")));
    refused(
        TemplateException.Reason.NO_AMBITO,
        "il comune 070001 non è in nessun ambito",
        () -> WorkbookTemplates.forAmbito(MOLISE, "070001"));
    refused(
        TemplateException.Reason.OTHER_REGION,
        "il comune 075016 (Casarano) è in puglia, ma il quadro molise-test-2022-2024",
        () -> WorkbookTemplates.forAmbito(MOLISE, "075016"));
    refused(
        TemplateException.Reason.NO_COMUNI,
        "nessun comune indicato",
        () -> WorkbookTemplates.forComuni(MOLISE, List.of()));
    refused(
        TemplateException.Reason.DUPLICATE_COMUNE,
        "il comune 070001 è indicato due volte",
        () -> WorkbookTemplates.forComuni(MOLISE, List.of("070001", " 070001")));
  }

  private static void refused(TemplateException.Reason reason, String italian, Executable call) {
    TemplateException e = assertThrows(TemplateException.class, call);
    assertEquals(reason, e.reason());
    assertTrue(e.message(Language.IT).startsWith(italian), e.message(Language.IT));
    String english = e.message(Language.EN);
    assertTrue(!english.equals(e.message(Language.IT)) && !english.contains("["), english);
    assertEquals(english, e.getMessage());
  }
}
