package it.pianozona.cli;

import static it.pianozona.cli.PianoZonaCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** batch: every plan under a folder, in parallel, one report each, a summary, progress. */
class BatchCommandTest {

  /** A folder with the bundled plans, one of them in a sub-folder, and whatever else given. */
  static Path archive(Path dir) throws IOException {
    Path plans = dir.resolve("archivio");
    Files.createDirectories(plans.resolve("2018"));
    for (Path plan : BundledPlansTest.plans().toList()) {
      Path target =
          plan.getFileName().toString().contains("-iv")
              ? plans.resolve("2018").resolve(plan.getFileName())
              : plans.resolve(plan.getFileName());
      Files.copy(plan, target);
    }
    Files.createDirectories(plans.resolve(".git"));
    Files.writeString(plans.resolve(".git/config.yaml"), "not: a plan");
    Files.writeString(plans.resolve("note.txt"), "not a plan either");
    return plans;
  }

  static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
    }
  }

  @Test
  void everyPlanGetsItsReportInTheSameSubFolderAndTheSummaryListsThem(@TempDir Path dir)
      throws Exception {
    Path plans = archive(dir);
    Path out = dir.resolve("reports");
    PianoZonaCliTest.Run r =
        run(
            "batch",
            "--lang",
            "en",
            "--output",
            out.toString(),
            "--progress",
            "none",
            plans.toString());
    assertEquals(0, r.code(), r.err() + r.out());
    long count = BundledPlansTest.plans().count();
    assertEquals(
        count + 1, files(out).size(), "one report per plan and the index page: " + files(out));
    assertTrue(
        files(out).contains(Path.of("2018/puglia-putignano-iv.html")), files(out).toString());
    for (Path report : files(out)) {
      assertTrue(Files.readString(out.resolve(report)).contains("<svg class=\"chart\""));
    }
    String index = Files.readString(out.resolve("index.html"));
    assertTrue(index.contains("href=\"./2018/puglia-putignano-iv.html\""), index);
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).startsWith("FILE"), r.out());
    assertTrue(lines.get(0).contains("SCORE"), r.out());
    assertEquals(count + 4, lines.size(), r.out());
    assertTrue(
        Pattern.compile("puglia-casarano-2022-2024\\s+puglia-v-2022-2024\\s+0\\s+")
            .matcher(r.out())
            .find(),
        r.out());
    assertTrue(
        lines
            .get(lines.size() - 3)
            .startsWith(
                count
                    + " plans: "
                    + count
                    + " checked, 0"
                    + " with ERROR findings or worse, 0 unreadable"),
        r.out());
    assertTrue(lines.get(lines.size() - 2).startsWith("Skipped on purpose: 1 "), r.out());
    assertEquals("Index page: " + out.resolve("index.html"), lines.get(lines.size() - 1));
    assertEquals(
        "pianozona: " + plans.resolve(".git") + ": PZ-DOC-085 skipped: a hidden folder",
        r.err().strip(),
        "the only thing on standard error is the one skip, said out loud");
  }

  @Test
  void unreadablePlansAreReportedWithTheirPlaceTheOthersStillCheckedAndTheExitIsTwo(
      @TempDir Path dir) throws Exception {
    Path plans = archive(dir);
    Files.writeString(plans.resolve("rotto.yaml"), "schemaVersion: 1\nid: [unclosed\n");
    Path out = plans.resolve("out"); // inside the folder: must not be searched for plans
    PianoZonaCliTest.Run first =
        run(
            "batch",
            "--output",
            out.toString(),
            "--progress",
            "lines",
            "--format",
            "json",
            plans.toString());
    assertEquals(2, first.code());
    assertTrue(first.err().contains(plans.resolve("rotto.yaml") + ":2:"), first.err());
    assertTrue(
        first.err().contains(": PZ-DOC-012 YAML non valido (dettaglio del parser, in inglese: "),
        first.err());
    assertTrue(first.out().contains("illeggibile: 1 problema"), first.out());
    PianoZonaCliTest.Run again =
        run(
            "batch",
            "--output",
            out.toString(),
            "--progress",
            "none",
            "--format",
            "json",
            plans.toString());
    assertEquals(
        first.out().replace("Saltati di proposito: 1 ", "Saltati di proposito: 2 "),
        again.out(),
        "reports from the first run are not read as plans; their folder is a skip of its own");
    assertTrue(
        again
            .err()
            .contains(out + ": PZ-DOC-084 esclusa: è la cartella di output di questa esecuzione"),
        again.err());
    long json = files(out).stream().filter(p -> p.toString().endsWith(".json")).count();
    assertEquals(BundledPlansTest.plans().count(), json);
  }

  @Test
  void progressIsALineEachOffATerminalAndABarOnRequest(@TempDir Path dir) throws Exception {
    Path plans = archive(dir);
    long count = BundledPlansTest.plans().count();
    PianoZonaCliTest.Run lines =
        run("batch", "--output", dir.resolve("out-lines").toString(), plans.toString());
    List<String> progress = lines.err().lines().filter(l -> l.startsWith("[")).toList();
    assertEquals(count, progress.size(), lines.err());
    assertTrue(progress.get(0).startsWith("[1/" + count + "] "), lines.err());
    assertTrue(progress.get((int) count - 1).startsWith("[" + count + "/" + count + "] "));
    PianoZonaCliTest.Run bar =
        run(
            "batch",
            "--progress",
            "bar",
            "--output",
            dir.resolve("out-bar").toString(),
            plans.toString());
    assertTrue(
        bar.err().contains("\r[" + "#".repeat(BatchCommand.Bar.WIDTH) + "] " + count + "/" + count),
        bar.err());
    assertEquals(
        lines.out().replace(dir.resolve("out-lines").toString(), "X"),
        bar.out().replace(dir.resolve("out-bar").toString(), "X"));
  }

  @Test
  void theResultDoesNotDependOnHowManyPlansAreCheckedAtOnce(@TempDir Path dir) throws Exception {
    Path plans = archive(dir);
    run(
        "batch",
        "--jobs",
        "1",
        "--format",
        "sarif",
        "--output",
        dir.resolve("one").toString(),
        "--progress",
        "none",
        plans.toString());
    run(
        "batch",
        "--jobs",
        "4",
        "--format",
        "sarif",
        "--output",
        dir.resolve("four").toString(),
        "--progress",
        "none",
        plans.toString());
    assertEquals(files(dir.resolve("one")), files(dir.resolve("four")));
    for (Path report : files(dir.resolve("one"))) {
      assertEquals(
          Files.readString(dir.resolve("one").resolve(report)),
          Files.readString(dir.resolve("four").resolve(report)),
          report.toString());
    }
  }

  @Test
  void failOnWarningAndWrongFoldersAndJobs(@TempDir Path dir) throws Exception {
    Path plans = archive(dir);
    assertEquals(
        1,
        run(
                "batch",
                "--fail-on",
                "warning",
                "--progress",
                "none",
                "--output",
                dir.resolve("w").toString(),
                plans.toString())
            .code());
    PianoZonaCliTest.Run missing = run("batch", dir.resolve("nope").toString());
    assertEquals(2, missing.code());
    assertEquals(
        "pianozona: " + dir.resolve("nope") + ": cartella inesistente", missing.err().strip());
    Path empty = Files.createDirectories(dir.resolve("empty"));
    PianoZonaCliTest.Run none = run("batch", empty.toString());
    assertEquals(2, none.code());
    assertTrue(none.err().contains("nessun documento di piano"), none.err());
    PianoZonaCliTest.Run jobs = run("batch", "--jobs", "0", plans.toString());
    assertEquals(2, jobs.code());
    assertEquals(1, jobs.err().strip().lines().count(), jobs.err());
    assertFalse(Files.exists(Path.of("pianozona-reports")), "no default folder left behind");
  }
}
