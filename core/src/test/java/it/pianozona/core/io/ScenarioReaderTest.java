package it.pianozona.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.text.Language;
import it.pianozona.core.validation.Pointer;
import it.pianozona.core.validation.Severity;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario files: what they say, and every problem located in the scenario file itself. */
class ScenarioReaderTest {

  static final ScenarioReader READER = ScenarioReader.of(PlanReader.create());

  /** A scenario around the valid plan of {@link PlanReaderTest}, indented under {@code plan}. */
  static String scenario(String expect) {
    return "scenario: Un piano di prova\n" + expect + "plan:\n" + PlanReaderTest.VALID.indent(2);
  }

  static final String EXPECT =
      """
      expect:
        framework: molise-test-2022-2024
        score: 88.40
        findings:
          - {code: NAT-FUND-001, pointer: /funding/0/amount}
          - {code: NAT-TERR-001, pointer: "", severity: warning, suppressed: true}
      """;

  static ScenarioDocument read(String yaml) {
    return READER.read("s.yaml", yaml.getBytes(UTF_8), DocumentFormat.YAML);
  }

  static List<DocumentProblem> problems(String yaml) {
    return assertThrows(DocumentException.class, () -> read(yaml)).problems();
  }

  @Test
  void aScenarioGivesItsNameItsExpectationAndItsPlan() {
    ScenarioDocument s = read(scenario(EXPECT));
    assertEquals("Un piano di prova", s.name());
    ScenarioDocument.Expected e = s.expected().orElseThrow();
    assertEquals("molise-test-2022-2024", e.framework());
    assertEquals(0, new BigDecimal("88.4").compareTo(e.score()));
    assertEquals(2, e.findings().size());
    ScenarioDocument.ExpectedFinding first = e.findings().get(0);
    assertEquals("NAT-FUND-001", first.code());
    assertEquals(Pointer.parse("/funding/0/amount"), first.pointer());
    assertEquals(Optional.empty(), first.severity());
    ScenarioDocument.ExpectedFinding second = e.findings().get(1);
    assertEquals(Pointer.ROOT, second.pointer());
    assertEquals(Optional.of(Severity.WARNING), second.severity());
    assertEquals(Optional.of(true), second.suppressed());
    assertEquals("test-plan", s.plan().plan().id());
  }

  @Test
  void thePlansPositionsAreThoseOfTheScenarioFile() {
    ScenarioDocument s = read(scenario(EXPECT));
    // scenario (1) + expect (6 lines) + "plan:" (8): the plan's id is on line 10.
    assertEquals(10, s.plan().position(Pointer.of("id")).orElseThrow().line());
  }

  @Test
  void aScenarioWithoutExpectIsReadSoThatItsRunCanShowWhatThePlanGives() {
    assertTrue(read(scenario("")).expected().isEmpty());
  }

  @Test
  void aPlanProblemIsLocatedUnderPlanInTheScenarioFile() {
    List<DocumentProblem> p =
        problems(scenario(EXPECT).replace("title: \"Piano", "titel: \"Piano"));
    DocumentProblem unknown =
        p.stream().filter(x -> x.code().equals("PZ-DOC-030")).findFirst().orElseThrow();
    assertEquals(Pointer.parse("/plan/titel"), unknown.pointer());
    assertEquals(11, unknown.line());
    assertTrue(unknown.render(Language.EN).contains("did you mean 'title'?"), unknown::toString);
  }

  @Test
  void aMistypedSeverityGetsTheClosestOne() {
    DocumentProblem p = problems(scenario(EXPECT.replace("warning", "warnin"))).get(0);
    assertEquals("PZ-DOC-110", p.code());
    assertEquals(Pointer.parse("/expect/findings/1/severity"), p.pointer());
    assertTrue(p.render(Language.EN).contains("did you mean 'WARNING'?"), p::toString);
    assertTrue(p.render(Language.IT).contains("forse si intendeva 'WARNING'?"), p::toString);
    BrokenDocumentsTest.assertReadsInBothLanguages(p);
  }

  @Test
  void aPointerWithoutItsLeadingSlashIsAProblem() {
    DocumentProblem p =
        problems(scenario(EXPECT.replace("pointer: /funding/0/amount", "pointer: funding/0")))
            .get(0);
    assertEquals("PZ-DOC-111", p.code());
    assertEquals(6, p.line());
    BrokenDocumentsTest.assertReadsInBothLanguages(p);
  }

  @Test
  void unknownAndMissingKeysOfTheScenarioAreNamed() {
    List<DocumentProblem> p =
        problems(scenario(EXPECT.replace("  score: 88.40\n", "").replace("findings:", "finding:")));
    List<String> codes = p.stream().map(DocumentProblem::code).toList();
    assertTrue(codes.contains("PZ-DOC-030") && codes.contains("PZ-DOC-031"), p.toString());
    p.forEach(BrokenDocumentsTest::assertReadsInBothLanguages);
    List<DocumentProblem> noPlan = problems("scenario: Senza piano\n");
    assertEquals(Pointer.parse("/plan"), noPlan.get(0).pointer());
  }

  @Test
  void aFileThatIsNotThereOrIsAFolderIsOneProblem(@TempDir Path dir) throws Exception {
    assertEquals(
        "PZ-DOC-004",
        assertThrows(DocumentException.class, () -> READER.read(dir.resolve("no.yaml")))
            .problems()
            .get(0)
            .code());
    Path folder = Files.createDirectory(dir.resolve("f.yaml"));
    DocumentProblem p =
        assertThrows(DocumentException.class, () -> READER.read(folder)).problems().get(0);
    assertEquals("PZ-DOC-002", p.code());
    assertTrue(p.render(Language.EN).contains("a scenario file"), p::toString);
  }
}
