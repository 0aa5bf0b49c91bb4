package it.pianozona.cli;

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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real example plan reads, validates under the framework of its own period, and goes through
 * every command in every format, as a new user would try them.
 */
class BundledPlansTest {

  static final PianoZona PZ = PianoZona.create();

  static Stream<Path> plans() throws IOException {
    List<Path> plans;
    try (Stream<Path> files = Files.list(Path.of("../examples/plans"))) {
      plans = files.filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList();
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

  @ParameterizedTest
  @MethodSource("plans")
  void everyCommandWorksOnEachBundledPlan(Path file, @TempDir Path dir) throws Exception {
    String plan = file.toString();
    for (String format : new String[] {"text", "json", "markdown", "html", "sarif"}) {
      for (String lang : new String[] {"it", "en"}) {
        Path out = dir.resolve(lang + "." + format);
        PianoZonaCliTest.Run r =
            PianoZonaCliTest.run(
                "validate", "--format", format, "--lang", lang, "--output", out.toString(), plan);
        assertEquals(0, r.code(), format + " " + lang + ": " + r.err());
        assertTrue(Files.size(out) > 500, format);
      }
    }
    assertEquals(0, PianoZonaCliTest.run("score", plan).code());
    PianoZonaCliTest.Run same = PianoZonaCliTest.run("diff", "--lang", "en", plan, plan);
    assertEquals(0, same.code(), same.err());
    assertTrue(same.out().contains("0 added, 0 removed, 0 changed"), same.out());
    assertTrue(same.out().contains("Findings: 0 appeared, 0 resolved"), same.out());
    Evaluation e = PZ.evaluate(PZ.read(file).plan());
    for (var f : e.report().findings()) {
      assertEquals(0, PianoZonaCliTest.run("explain", f.code()).code(), f.code());
    }
    PianoZonaCliTest.Run frameworks =
        PianoZonaCliTest.run("frameworks", "--region", e.plan().region().id());
    assertTrue(frameworks.out().contains(e.framework().id()), frameworks.out());
  }

  @org.junit.jupiter.api.Test
  void batchChecksEveryBundledPlan(@TempDir Path dir) throws Exception {
    PianoZonaCliTest.Run r =
        PianoZonaCliTest.run(
            "batch", "--progress", "none", "--output", dir.toString(), "../examples/plans");
    assertEquals(0, r.code(), r.err());
    long workbooks;
    try (Stream<Path> files = Files.list(Path.of("../examples/plans"))) {
      workbooks = files.filter(p -> p.toString().endsWith(".xlsx")).count();
    }
    assertTrue(workbooks > 0, "the bundled workbook is checked too");
    assertEquals(
        plans().count() + workbooks + 3,
        r.out().lines().count(),
        "a header, one line per plan (documents and workbooks), the totals and the index page: "
            + r.out());
  }
}
