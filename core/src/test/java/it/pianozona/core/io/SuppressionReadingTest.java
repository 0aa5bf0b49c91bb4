package it.pianozona.core.io;

import static it.pianozona.core.io.PlanReaderTest.VALID;
import static it.pianozona.core.io.PlanReaderTest.onlyProblem;
import static it.pianozona.core.io.PlanReaderTest.problems;
import static it.pianozona.core.io.PlanReaderTest.read;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.model.Plan;
import it.pianozona.core.model.Suppression;
import it.pianozona.core.text.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A plan's {@code suppressions} are read, refused with located problems, and written back. */
class SuppressionReadingTest {

  static String withSuppressions(String list) {
    return VALID + "suppressions:\n" + list;
  }

  @Test
  void aSuppressionIsReadWithItsReasonWhoAndWhen() {
    Plan plan =
        read(
            withSuppressions(
                """
                  - code: NAT-FUND-007
                    pointer: /funding/0
                    reason: "Residuo programmato con la variazione di marzo"
                    by: Ufficio di piano
                    date: 2024-03-14
                  - {code: NAT-CNT-011, pointer: "", reason: "Il piano rinvia al documento unico"}
                """));
    assertEquals(
        List.of(
            new Suppression(
                "NAT-FUND-007",
                "/funding/0",
                "Residuo programmato con la variazione di marzo",
                Optional.of("Ufficio di piano"),
                Optional.of(LocalDate.of(2024, 3, 14))),
            Suppression.of("NAT-CNT-011", "", "Il piano rinvia al documento unico")),
        plan.suppressions());
  }

  @Test
  void aSuppressionNamesTheElementOfItsFindingAndWritesItBack() {
    Plan plan =
        read(
            withSuppressions(
                "  - {code: NAT-FUND-007, pointer: /funding/0, reason: r, element:"
                    + " \"funding:FNPS/2022\"}\n"));
    assertEquals(java.util.Optional.of("funding:FNPS/2022"), plan.suppressions().get(0).element());
    String yaml = PlanWriter.write(plan, DocumentFormat.YAML);
    assertTrue(
        yaml.contains("element: \"funding:FNPS/2022\"")
            || yaml.contains("element: funding:FNPS/2022"),
        yaml);
  }

  @Test
  void aSuppressionWithoutAReasonIsADocumentProblemAtItsPlace() {
    DocumentProblem p =
        onlyProblem(withSuppressions("  - {code: NAT-FUND-007, pointer: /funding/0}\n"));
    assertEquals("PZ-DOC-031", p.code());
    assertEquals("/suppressions/0/reason", p.pointer().toString());
    assertTrue(p.line() > 0, p::toString);
    assertTrue(p.message(Language.EN).contains("why the finding is accepted"), p::toString);
    assertTrue(p.message(Language.IT).contains("perché il rilievo è accettato"), p::toString);
  }

  @Test
  void aBlankReasonIsNoReason() {
    DocumentProblem p =
        onlyProblem(
            withSuppressions("  - {code: NAT-FUND-007, pointer: /funding/0, reason: \"  \"}\n"));
    assertEquals("PZ-DOC-036", p.code());
    assertEquals("/suppressions/0/reason", p.pointer().toString());
  }

  @Test
  void aSuppressionWithoutACodeOrWithAWrongOneIsRefused() {
    assertEquals(
        "/suppressions/0/code",
        onlyProblem(withSuppressions("  - {pointer: /funding/0, reason: r}\n"))
            .pointer()
            .toString());
    DocumentProblem p =
        onlyProblem(withSuppressions("  - {code: nat fund, pointer: /funding/0, reason: r}\n"));
    assertEquals("PZ-DOC-103", p.code());
    assertTrue(p.message(Language.IT).contains("'nat fund'"), p::toString);
  }

  @Test
  void aPointerThatIsNotAJsonPointerIsRefused() {
    for (String bad : List.of("funding/0", "/a~2", "/a~")) {
      DocumentProblem p =
          onlyProblem(
              withSuppressions("  - {code: NAT-FUND-007, pointer: \"" + bad + "\", reason: r}\n"));
      assertEquals("PZ-DOC-104", p.code(), bad);
      assertEquals("/suppressions/0/pointer", p.pointer().toString());
    }
  }

  @Test
  void aDateIsADayAsIsoWritesIt() {
    for (String bad : List.of("2024-03", "2024-02-30", "14/03/2024")) {
      DocumentProblem p =
          onlyProblem(
              withSuppressions(
                  "  - {code: NAT-FUND-007, pointer: /funding/0, reason: r, date: \""
                      + bad
                      + "\"}\n"));
      assertEquals("PZ-DOC-105", p.code(), bad);
      assertEquals("/suppressions/0/date", p.pointer().toString());
      assertTrue(p.message(Language.EN).contains(bad), p::toString);
    }
  }

  @Test
  void anUnknownKeySuggestsTheRightOne() {
    DocumentProblem p =
        onlyProblem(
            withSuppressions(
                "  - {code: NAT-FUND-007, pointer: /funding/0, reason: r, reasn: x}\n"));
    assertEquals("PZ-DOC-030", p.code());
    assertEquals("/suppressions/0/reasn", p.pointer().toString());
    assertTrue(p.message(Language.EN).contains("'reason'"), p::toString);
  }

  @Test
  void theSameFindingSuppressedTwiceIsRefusedAtTheSecond() {
    DocumentProblem p =
        onlyProblem(
            withSuppressions(
                """
                  - {code: NAT-FUND-007, pointer: /funding/0, reason: uno}
                  - {code: NAT-FUND-007, pointer: /funding/0, reason: due}
                """));
    assertEquals("PZ-DOC-106", p.code());
    assertEquals("/suppressions/1", p.pointer().toString());
    assertTrue(p.message(Language.EN).contains("/suppressions/0"), p::toString);
  }

  @Test
  void everyBadSuppressionIsReportedInOnePass() {
    assertEquals(
        3,
        problems(
                withSuppressions(
                    """
                      - {code: NAT-FUND-007, pointer: /funding/0}
                      - {code: x, pointer: /funding/0, reason: r}
                      - {code: NAT-FUND-007, pointer: nope, reason: r}
                    """))
            .size());
  }

  @Test
  void suppressionsSurviveWritingAndReadingInEveryFormat() {
    Plan plan =
        read(VALID).toBuilder()
            .suppression(
                new Suppression(
                    "NAT-FUND-007",
                    "/funding/0",
                    "Accettato",
                    Optional.of("Ufficio di piano"),
                    Optional.of(LocalDate.of(2024, 3, 14))))
            .suppression(Suppression.of("NAT-CNT-011", "", "Rinvio"))
            .build();
    java.io.ByteArrayOutputStream workbook = new java.io.ByteArrayOutputStream();
    WorkbookWriter.write(plan, workbook);
    assertEquals(
        plan,
        PlanReader.create().read("p.xlsx", workbook.toByteArray(), DocumentFormat.XLSX).plan());
    for (DocumentFormat format : java.util.List.of(DocumentFormat.YAML, DocumentFormat.JSON)) {
      String text = PlanWriter.write(plan, format);
      assertEquals(plan, PlanReader.create().read("p", text.getBytes(UTF_8), format).plan(), text);
    }
  }
}
