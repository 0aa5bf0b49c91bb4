package it.pianozona.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FrameworkRegistry;
import it.pianozona.core.model.Region;
import it.pianozona.core.text.Language;
import it.pianozona.core.text.Slots;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each example program runs as the README runs it and does what it says. */
class ExampleProgramsTest {

  static final String CASARANO = "plans/puglia-casarano-2022-2024.yaml";
  static final Path FICTIONAL = Path.of("fictional-region");

  interface Main {
    void run(String[] args) throws Exception;
  }

  /** Runs a main method and returns what it printed. */
  static String output(Main main, String... args) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      main.run(args);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Runs a main method with the fictional region's folder on the class path. */
  static String withFictionalRegion(Main main, String... args) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader original = thread.getContextClassLoader();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {FICTIONAL.toUri().toURL()}, original)) {
      thread.setContextClassLoader(loader);
      return output(main, args);
    } finally {
      thread.setContextClassLoader(original);
    }
  }

  @Test
  void validateInTenLinesPrintsFindingsWithTheirActAndTheScore() throws Exception {
    String out = output(ValidateInTenLines::main, CASARANO);
    assertTrue(out.startsWith("Piano Sociale di Zona 2022-2024"), out);
    assertTrue(out.contains("WARNING PUG-V-CNT-002 /contents/costSharing: "), out);
    assertTrue(out.contains("(L.R. Puglia"), out);
    assertTrue(out.contains("Score: 76.9 / 100"), out);
    String missing = output(ValidateInTenLines::main, "plans/nope.yaml");
    assertEquals("plans/nope.yaml: (documento): PZ-DOC-004 file non trovato", missing.strip());
  }

  @Test
  void validateInTenLinesReallyTakesTenLines() throws Exception {
    String source =
        Files.readString(Path.of("src/main/java/it/pianozona/examples/ValidateInTenLines.java"));
    Matcher body =
        Pattern.compile(
                "public static void main\\(String\\[] args\\) \\{\\n(.*?)\\n" + "  }\\n",
                Pattern.DOTALL)
            .matcher(source);
    assertTrue(body.find(), source);
    assertTrue(body.group(1).lines().count() <= 10, body.group(1));
  }

  @Test
  void buildPlanInCodeChecksThePlanAndPrintsItsDocument() throws Exception {
    String out = output(BuildPlanInCode::main);
    assertTrue(
        out.startsWith(
            "The builder refuses a bad value at once: an allocation cannot be" + " negative"),
        out);
    assertTrue(out.contains("[puglia-v-2022-2024]"), out);
    assertTrue(out.contains("ERROR PUG-V-AREA-001"), "areas A3-A7 are not programmed: " + out);
    assertTrue(out.contains("Score: "), out);
    assertTrue(out.contains("id: esempio-costruito-in-codice-2022-2024"), out);
  }

  @Test
  void scoreBreakdownShowsEveryCriterionWithItsEvidence() throws Exception {
    String out = output(ScoreBreakdown::main, CASARANO);
    var e = PianoZona.create().evaluate(PianoZona.create().read(Path.of(CASARANO)).plan());
    assertTrue(out.contains("Framework puglia-v-2022-2024: " + e.score().total() + " / 100"), out);
    for (var c : e.score().criteria()) {
      assertTrue(out.contains(c.id()), c.id());
      assertTrue(out.contains(c.basis().citation()), c.id());
    }
    assertTrue(out.contains("not applicable (weight 15 left out of the total)"), out);
  }

  @Test
  void compareBundledPlansRanksEveryBundledPlanByScore() throws Exception {
    String out = output(CompareBundledPlans::main, "plans");
    long plans;
    try (var files = Files.list(Path.of("plans"))) {
      plans = files.filter(f -> f.toString().matches(".*\\.(ya?ml|json)$")).count();
    }
    assertTrue(out.endsWith(plans + " plans compared\n"), out);
    List<String> lines = out.lines().toList();
    assertEquals(plans + 2, lines.size(), out);
    double previous = Double.MAX_VALUE;
    for (String line : lines.subList(1, lines.size() - 1)) {
      String[] cells = line.trim().split("\\s+");
      double score = Double.parseDouble(cells[cells.length - 1]);
      assertTrue(score <= previous, out);
      previous = score;
    }
    assertTrue(out.contains("puglia-casarano-2022-2024"), out);
  }

  @Test
  void theFictionalRegionIsFoundThroughServiceLoaderOnlyWhenItsFolderIsOnTheClassPath()
      throws Exception {
    assertTrue(
        PianoZona.create().frameworks().frameworks(Region.MOLISE).isEmpty(),
        "the command line's users never see the fictional region");
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {FICTIONAL.toUri().toURL()}, getClass().getClassLoader())) {
      FrameworkRegistry found = FrameworkRegistry.discover(loader);
      List<Framework> molise = found.frameworks(Region.MOLISE);
      assertEquals(1, molise.size(), found.problems().toString());
      assertEquals("immaginaria-2025-2027", molise.get(0).id());
      assertTrue(molise.get(0).title().contains("FITTIZIO"));
      assertTrue(
          molise
              .get(0)
              .adoptedBy()
              .caveat()
              .orElseThrow()
              .render(Language.EN)
              .startsWith("Fictional"));
      molise
          .get(0)
          .rules()
          .forEach(r -> assertEquals(List.of(), Slots.problems(r.descriptor().bundle())));
      assertTrue(found.byId("puglia-v-2022-2024").isPresent(), "real regions are untouched");
    }
  }

  @Test
  void newRegionFindsTheFictionalFrameworkAndAppliesItsOwnRule() throws Exception {
    String out =
        withFictionalRegion(NewRegion::main, "fictional-region/immaginaria-2025-2027.yaml");
    assertTrue(out.startsWith("Found immaginaria-2025-2027: "), out);
    assertTrue(out.contains("1 of its own"), out);
    assertTrue(
        out.contains(
            "WARNING IMM-AREA-001 /interventions: Area IM2 receives money from"
                + " no intervention"),
        out);
    assertFalse(out.contains("ERROR"), out);
    String without = output(NewRegion::main);
    assertTrue(without.startsWith("No framework for the fictional region was found"), without);
  }

  @Test
  void theFictionalRegionTakesUnderFiftyLines() throws Exception {
    long lines =
        Files.readAllLines(
                Path.of(
                    "src/main/java/it/pianozona/examples/immaginaria/ImmaginariaFrameworks.java"))
            .size();
    assertTrue(lines < 50, lines + " lines");
  }

  @Test
  void writeEveryReportWritesEachFormatAndTheDiffThroughTheReportLibrary(@TempDir Path out)
      throws Exception {
    String printed =
        output(
            WriteEveryReport::main,
            "plans/puglia-fasano-ciisaf-2022-2024.yaml",
            CASARANO,
            out.toString());
    for (String name :
        List.of(
            "report.txt",
            "report.json",
            "report.md",
            "report.html",
            "report.sarif",
            "diff.txt",
            "diff.json")) {
      Path file = out.resolve(name);
      assertTrue(Files.size(file) > 100, name + ": " + printed);
    }
    assertTrue(Files.readString(out.resolve("report.html")).contains("<svg"), "charts");
    assertTrue(Files.readString(out.resolve("report.sarif")).contains("\"version\" : \"2.1.0\""));
    assertTrue(Files.readString(out.resolve("diff.json")).contains("\"diffVersion\" : 1"));
    assertTrue(Files.readString(out.resolve("report.txt")).contains("Punteggio"), "Italian");
  }
}
