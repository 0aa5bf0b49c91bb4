package it.pianozona.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.io.PlanDocument;
import it.pianozona.core.validation.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real example plan reads, and validates under the framework of its own period. */
class BundledPlansTest {

  static final PianoZona PZ = PianoZona.create();

  static Stream<Path> plans() throws IOException {
    List<Path> plans;
    try (Stream<Path> files = Files.list(Path.of("plans"))) {
      plans = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertFalse(plans.isEmpty());
    return plans.stream();
  }

  @ParameterizedTest
  @MethodSource("plans")
  void eachBundledPlanValidatesUnderTheFrameworkOfItsPeriodWithoutErrors(Path file) {
    PlanDocument document = PZ.read(file);
    Evaluation e = PZ.evaluate(document.plan());
    assertTrue(e.framework().validity().contains(document.plan().period()));
    assertEquals(0, e.report().count(Severity.ERROR), e.report().findings().toString());
    assertTrue(e.report().withCode("CORE-ENG-001").isEmpty());
  }
}
