package it.pianozona.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.io.DocumentProblem;
import it.pianozona.core.io.PlanWriter;
import it.pianozona.core.io.ProblemCode;
import it.pianozona.core.testing.Plans;
import it.pianozona.core.testing.TestFrameworks;
import it.pianozona.core.text.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PianoZona.check: the one-file pipeline, which answers with data for any file. */
class CheckTest {

  static final PianoZona PZ =
      PianoZona.builder().frameworks(List.of(TestFrameworks.molise())).build();

  @Test
  void aReadablePlanIsEvaluatedUnderTheFrameworkOfItsRegionAndPeriod(@TempDir Path dir) {
    Path file = dir.resolve("piano.yaml");
    PlanWriter.write(Plans.validPlan(), file);
    Check check = PZ.check(file);
    assertTrue(check.usable(), check.problems().toString());
    assertEquals(List.of(), check.problems());
    CheckedPlan c = check.checked().orElseThrow();
    assertEquals(TestFrameworks.MOLISE_ID, c.evaluation().framework().id());
    assertEquals(file.toString(), c.document().source());
    assertEquals(PZ.evaluate(Plans.validPlan()).report(), c.evaluation().report());
  }

  @Test
  void aPlanHeldInMemoryIsCheckedAsTheSameFileWouldBe(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("piano.yaml");
    PlanWriter.write(Plans.validPlan(), file);
    Check fromFile = PZ.check(file);
    Check inMemory =
        PZ.check(
            "piano.yaml",
            java.nio.file.Files.readAllBytes(file),
            it.pianozona.core.io.DocumentFormat.YAML,
            java.util.Optional.empty());
    assertEquals(Path.of("piano.yaml"), inMemory.file());
    assertEquals("piano.yaml", inMemory.checked().orElseThrow().document().source());
    assertEquals(
        fromFile.checked().orElseThrow().evaluation().report(),
        inMemory.checked().orElseThrow().evaluation().report());
    Check broken =
        PZ.check(
            "rotto.yaml",
            "id: [".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            it.pianozona.core.io.DocumentFormat.YAML,
            java.util.Optional.empty());
    assertFalse(broken.usable());
    assertTrue(broken.problems().get(0).toString().startsWith("rotto.yaml:1:"));
    Check unknown =
        PZ.check(
            "piano.yaml",
            java.nio.file.Files.readAllBytes(file),
            it.pianozona.core.io.DocumentFormat.YAML,
            java.util.Optional.of("nessuno"));
    assertFalse(unknown.usable());
  }

  @Test
  void aMissingFileIsOneLocatedProblemNotAnException() {
    Check check = PZ.check(Path.of("no/such/piano.yaml"));
    assertFalse(check.usable());
    assertEquals(1, check.problems().size());
    DocumentProblem p = check.problems().get(0);
    assertEquals("no/such/piano.yaml: (documento): PZ-DOC-004 file non trovato", p.toString());
    assertEquals(
        "no/such/piano.yaml: (document): PZ-DOC-004 file not found", p.render(Language.EN));
  }

  @Test
  void aPlanNoFrameworkFitsIsAProblemOfItsFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("piano.yaml");
    PlanWriter.write(Plans.validPlan(), file);
    Check check = PianoZona.builder().frameworks(List.of()).build().check(file);
    assertFalse(check.usable());
    DocumentProblem p = check.problems().get(0);
    assertEquals(file.toString(), p.source());
    assertEquals(ProblemCode.NO_FRAMEWORK_FOR_REGION.code(), p.code());
    assertTrue(
        p.render(Language.EN)
            .startsWith(file + ": (document): PZ-DOC-082 no framework of region molise"),
        p.toString());
    assertTrue(
        p.toString()
            .startsWith(
                file + ": (documento): PZ-DOC-082 nessun quadro regionale della regione molise"),
        p.toString());
    Check forced = PZ.check(file, "no-such-framework");
    DocumentProblem unknown = forced.problems().get(0);
    assertEquals(ProblemCode.UNKNOWN_FRAMEWORK.code(), unknown.code());
    assertTrue(unknown.message(Language.IT).contains("'no-such-framework'"), unknown::toString);
    assertTrue(Files.exists(file), "checking never touches the file");
  }

  @Test
  void aCheckHasEitherAPlanOrProblems() {
    Path file = Path.of("x.yaml");
    assertThrows(
        IllegalArgumentException.class, () -> new Check(file, Optional.empty(), List.of()));
    assertThrows(IllegalArgumentException.class, () -> Check.unusable(file, List.of()));
  }
}
