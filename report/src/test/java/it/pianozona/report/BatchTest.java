package it.pianozona.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.text.Language;
import it.pianozona.core.validation.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {

  static final Path PLANS = Path.of("../examples/plans");

  @Test
  void reportNamesKeepTheExtensionOnlyWhenTwoPlansShareAName() {
    Path dir = Path.of("d");
    Batch batch = Batch.builder(Plans.PZ, dir).output(Path.of("o")).build();
    var names =
        batch.reportNames(
            List.of(dir.resolve("a.yaml"), dir.resolve("a.json"), dir.resolve("x/b.yml")));
    assertEquals(Path.of("o/a.yaml.html"), names.get(dir.resolve("a.yaml")));
    assertEquals(Path.of("o/a.json.html"), names.get(dir.resolve("a.json")));
    assertEquals(Path.of("o/x/b.html"), names.get(dir.resolve("x/b.yml")));
  }

  @Test
  void noTwoReportsShareANameEvenIgnoringCaseAndNoneIsTheIndexPage() {
    Path dir = Path.of("d");
    Batch batch = Batch.builder(Plans.PZ, dir).output(Path.of("o")).build();
    List<Path> files =
        List.of(
            dir.resolve("A.yaml"),
            dir.resolve("a.yaml"),
            dir.resolve("index.yaml"),
            dir.resolve("a.yaml.yaml"),
            dir.resolve("x/index.json"));
    Map<Path, Path> names = batch.reportNames(files);
    Set<String> seen = new HashSet<>();
    for (Path report : names.values()) {
      assertTrue(seen.add(report.toString().toLowerCase(Locale.ROOT)), names.toString());
      assertFalse(report.equals(Path.of("o", Batch.INDEX)), names.toString());
    }
    assertEquals(Path.of("o/index.yaml.html"), names.get(dir.resolve("index.yaml")));
    assertEquals(
        Path.of("o/x/index.html"),
        names.get(dir.resolve("x/index.json")),
        "an index.html in a sub-folder does not collide with the page");
    assertEquals(files.size(), names.size());
  }

  @Test
  void runsEveryBundledPlanWritesItsReportAndAnIndexAndTellsTheListener(@TempDir Path out)
      throws Exception {
    List<Integer> done = new CopyOnWriteArrayList<>();
    BatchResult result =
        Batch.builder(Plans.PZ, PLANS)
            .output(out)
            .format(ReportFormat.JSON)
            .language(Language.EN)
            .jobs(2)
            .listener((n, total, row) -> done.add(n))
            .build()
            .run();
    long plans;
    try (Stream<Path> s = Files.list(PLANS)) {
      plans = s.count();
    }
    assertEquals(plans, result.rows().size());
    assertTrue(result.complete(), result.toString());
    assertEquals(0, result.failing(Severity.ERROR));
    List<Integer> expected = new ArrayList<>();
    for (int i = 1; i <= plans; i++) {
      expected.add(i);
    }
    assertEquals(expected, done, "the listener hears of each plan once, counting up");
    for (BatchRow row : result.rows()) {
      Path report = row.report().orElseThrow();
      assertTrue(Files.readString(report).contains("\"reportVersion\""), report.toString());
    }
    Path index = result.index().orElseThrow();
    assertEquals(out.resolve(Batch.INDEX), index);
    String html = Files.readString(index);
    for (BatchRow row : result.rows()) {
      String name = row.report().orElseThrow().getFileName().toString();
      assertTrue(html.contains("href=\"./" + name + "\""), name);
      assertTrue(html.contains(row.check().checked().orElseThrow().evaluation().plan().id()));
    }
    assertTrue(html.contains("<svg class=\"chart\""), "a chart compares the scores");
    assertTrue(html.contains("lang=\"en\""));
  }

  @Test
  void anUnreadablePlanIsARowWithItsProblemsAndTheOthersStillGetReports(@TempDir Path dir)
      throws Exception {
    Files.copy(PLANS.resolve("puglia-casarano-2022-2024.yaml"), dir.resolve("good.yaml"));
    Files.writeString(dir.resolve("bad.yaml"), "title: [unclosed\n");
    Path out = dir.resolve("out");
    BatchResult result = Batch.builder(Plans.PZ, dir).output(out).build().run();
    assertEquals(2, result.rows().size());
    assertEquals(1, result.unreadable());
    assertFalse(result.complete());
    BatchRow bad = result.rows().get(0);
    assertTrue(bad.file().endsWith("bad.yaml"));
    assertFalse(bad.check().usable());
    assertTrue(bad.report().isEmpty());
    assertTrue(Files.exists(out.resolve("good.html")));
    String index = Files.readString(out.resolve(Batch.INDEX));
    assertTrue(index.contains("class=\"unreadable\""), "the bad plan is listed as unreadable");
    assertTrue(index.contains("illeggibile"), "Italian by default");
    assertFalse(Files.exists(out.resolve("bad.html")));
  }

  @Test
  void theOutputFolderIsNotSearchedForPlans(@TempDir Path dir) throws Exception {
    Files.copy(PLANS.resolve("puglia-casarano-2022-2024.yaml"), dir.resolve("a.yaml"));
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.copy(PLANS.resolve("puglia-casarano-2022-2024.yaml"), out.resolve("old.yaml"));
    Batch batch = Batch.builder(Plans.PZ, dir).output(out).build();
    assertEquals(List.of(dir.resolve("a.yaml")), batch.find().files());
  }

  @Test
  void jobsOutsideOneTo256AreRefused() {
    var builder = Batch.builder(Plans.PZ, PLANS);
    assertThrows(IllegalArgumentException.class, () -> builder.jobs(0));
    assertThrows(IllegalArgumentException.class, () -> builder.jobs(257));
  }

  @Test
  void everySkipIsReportedAndLinkedPlansAreFollowedWithoutLooping(@TempDir Path dir)
      throws Exception {
    Path plans = Files.createDirectories(dir.resolve("plans"));
    Path casarano = PLANS.resolve("puglia-casarano-2022-2024.yaml");
    Files.copy(casarano, plans.resolve("a.yaml"));
    Files.createDirectories(plans.resolve(".git"));
    Files.copy(casarano, plans.resolve(".nascosto.yaml"));
    Files.createSymbolicLink(plans.resolve("b.yaml"), casarano.toAbsolutePath());
    Path sub = Files.createDirectories(plans.resolve("sub"));
    Files.createSymbolicLink(sub.resolve("loop"), plans.toAbsolutePath());
    Path out = plans.resolve("rapporti");
    Batch.Found found = Batch.builder(Plans.PZ, plans).output(out).build().find();
    Files.createDirectories(out);
    Batch.Found again = Batch.builder(Plans.PZ, plans).output(out).build().find();
    assertEquals(List.of(plans.resolve("a.yaml"), plans.resolve("b.yaml")), found.files());
    assertEquals(List.of(), found.problems());
    List<String> skips =
        again.skipped().stream()
            .map(p -> p.source() + " " + p.code() + " " + p.message(Language.EN))
            .toList();
    assertTrue(
        skips.contains(plans.resolve(".git") + " PZ-DOC-085 skipped: a hidden folder"),
        skips.toString());
    assertTrue(
        skips.contains(plans.resolve(".nascosto.yaml") + " PZ-DOC-086 skipped: a hidden file"));
    assertTrue(
        skips.contains(out + " PZ-DOC-084 skipped: the output folder of this run"),
        skips.toString());
    assertTrue(
        skips.contains(
            sub.resolve("loop")
                + " PZ-DOC-088 skipped: a symbolic link that loops back to a folder above it"),
        skips.toString());
    List<String> italian = again.skipped().stream().map(p -> p.message(Language.IT)).toList();
    assertTrue(italian.contains("esclusa: è una cartella nascosta"), italian.toString());
    assertTrue(italian.contains("escluso: è un file nascosto"), italian.toString());
    BatchResult result = Batch.builder(Plans.PZ, plans).output(out).build().run();
    assertEquals(again.skipped(), result.skipped());
    assertTrue(
        BatchReport.summary(result, Severity.ERROR, Language.EN).contains("Skipped on purpose: 4"),
        BatchReport.summary(result, Severity.ERROR, Language.EN));
  }
}
