package it.pianozona.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.pianozona.core.model.Plan;
import it.pianozona.core.testing.Plans;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** YAML to workbook to YAML loses nothing, for every bundled real plan. */
class WorkbookRoundTripTest {

  static Stream<Path> bundledPlans() throws IOException {
    Path dir = Path.of("..", "examples", "plans");
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> plans = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      if (plans.isEmpty()) {
        throw new IllegalStateException("no bundled plans in " + dir.toAbsolutePath());
      }
      return plans.stream();
    }
  }

  static byte[] workbook(Plan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookWriter.write(plan, out);
    return out.toByteArray();
  }

  @ParameterizedTest
  @MethodSource("bundledPlans")
  void aBundledPlanSurvivesAWorkbook(Path file) {
    Plan plan = PlanReader.create().read(file).plan();
    Plan back = PlanReader.create().read("piano.xlsx", workbook(plan), DocumentFormat.XLSX).plan();
    assertEquals(
        PlanWriter.write(plan, DocumentFormat.YAML), PlanWriter.write(back, DocumentFormat.YAML));
    assertEquals(plan, back);
  }

  @Test
  void theTestPlanSurvivesAWorkbook() {
    Plan plan = Plans.validPlan();
    Plan back = PlanReader.create().read("piano.xlsx", workbook(plan), DocumentFormat.XLSX).plan();
    assertEquals(plan, back);
  }
}
