package it.pianozona.tck;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.io.DocumentFormat;
import it.pianozona.core.io.PlanReader;
import it.pianozona.core.io.PlanWriter;
import it.pianozona.core.model.Plan;
import it.pianozona.core.testing.TestFrameworks;
import it.pianozona.core.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The library at scale: a hundred thousand generated plans, many threads. Plans come from {@link
 * RandomPlans} with fixed seeds, so any failure can be replayed.
 */
class ScaleProperties {

  static final Framework FRAMEWORK = TestFrameworks.molise();
  static final PianoZona PZ = PianoZona.builder().frameworks(List.of(FRAMEWORK)).build();
  static final PlanReader READER = PlanReader.create();

  static List<Plan> sample(int count, long seed) {
    RandomPlans plans = RandomPlans.of(FRAMEWORK, seed);
    List<Plan> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(plans.next());
    }
    return out;
  }

  @Test
  void aHundredThousandGeneratedPlansValidateWithoutExceptionAndRoundTripLosslessly() {
    int total = 0;
    for (int batch = 0; batch < 20; batch++) {
      for (Plan plan : sample(5_000, 20261126L + batch)) {
        Evaluation e = PZ.evaluate(plan);
        assertTrue(e.report().withCode("CORE-ENG-001").isEmpty(), plan::toString);
        DocumentFormat format = total % 2 == 0 ? DocumentFormat.JSON : DocumentFormat.YAML;
        Plan back =
            READER.read("generated", PlanWriter.write(plan, format).getBytes(UTF_8), format).plan();
        assertEquals(plan, back);
        total++;
      }
    }
    assertEquals(100_000, total);
  }

  @Test
  void tenThousandPlansOnEightThreadsGiveExactlyTheSequentialReports() throws Exception {
    List<Plan> plans = sample(10_000, 42L);
    List<ValidationReport> sequential = plans.stream().map(p -> PZ.evaluate(p).report()).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<ValidationReport>> futures = new ArrayList<>();
      for (Plan p : plans) {
        futures.add(pool.submit(() -> PZ.evaluate(p).report()));
      }
      for (int i = 0; i < plans.size(); i++) {
        assertEquals(sequential.get(i), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void reportsAndFrameworksCannotBeChangedByTheirUsers() {
    Evaluation e = PZ.evaluate(sample(1, 7L).get(0));
    assertThrows(UnsupportedOperationException.class, () -> e.report().findings().clear());
    assertThrows(UnsupportedOperationException.class, () -> e.score().criteria().clear());
    assertThrows(UnsupportedOperationException.class, () -> FRAMEWORK.rules().clear());
    assertThrows(UnsupportedOperationException.class, () -> FRAMEWORK.catalogue().areas().clear());
    assertThrows(UnsupportedOperationException.class, () -> PZ.frameworks().frameworks().clear());
  }
}
