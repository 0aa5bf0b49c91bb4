package it.pianozona.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.io.DocumentFormat;
import it.pianozona.core.model.Plan;
import it.pianozona.core.validation.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The benchmark inputs are what the report says they are: valid, realistic and reproducible. */
class SyntheticPlansTest {

  private static final PianoZona PZ = PianoZona.create();

  @Test
  void aGeneratedPlanIsReadBackAndValidatedWithoutAnyError() {
    for (DocumentFormat format : DocumentFormat.values()) {
      byte[] bytes = SyntheticPlans.document(SyntheticPlans.plan(100), format);
      Plan plan = PZ.reader().read("plan-100", bytes, format).plan();
      Evaluation e = PZ.evaluate(plan);
      assertEquals("puglia-v-2022-2024", e.framework().id());
      assertTrue(
          e.report().findings().stream().noneMatch(f -> f.severity() == Severity.ERROR),
          () -> e.report().findings().toString());
      assertEquals(100, plan.interventions().size());
    }
  }

  @Test
  void interventionsHaveAboutFiveAllocationsEach() {
    Plan plan = SyntheticPlans.plan(1_000);
    double perIntervention =
        plan.interventions().stream().mapToInt(i -> i.allocations().size()).average().orElse(0);
    assertEquals(5.0, perIntervention, 0.2);
  }

  @Test
  void theSameSeedGivesTheSameBytes() {
    assertArrayEquals(
        SyntheticPlans.document(SyntheticPlans.plan(10), DocumentFormat.YAML),
        SyntheticPlans.document(SyntheticPlans.plan(10), DocumentFormat.YAML));
  }

  @Test
  void batchPlansAreValidToo() {
    Plan plan = GenerateInputs.batchPlan(600, 3);
    assertTrue(plan.interventions().size() >= 20 && plan.interventions().size() <= 60);
    assertTrue(
        PZ.evaluate(plan).report().findings().stream()
            .noneMatch(f -> f.severity() == Severity.ERROR));
  }

  /** run.sh measures every bundled real plan: each needs its region's module on this path. */
  @Test
  void everyBundledRealPlanFindsItsFramework() throws IOException {
    List<Path> plans;
    try (Stream<Path> files = Files.list(Path.of("..", "examples", "plans"))) {
      plans = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    assertFalse(plans.isEmpty());
    for (Path file : plans) {
      Plan plan = PZ.reader().read(file).plan();
      assertEquals(plan.id(), PZ.evaluate(plan).plan().id(), file::toString);
    }
  }
}
