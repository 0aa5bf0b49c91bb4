package it.pianozona.cli;

import static it.pianozona.cli.PianoZonaCliTest.CASARANO;
import static it.pianozona.cli.PianoZonaCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No command replaces a file it reads: one line, exit 2, and the file is untouched. */
class OutputGuardTest {

  static Path copy(Path dir, String name) throws Exception {
    return Files.copy(Path.of(CASARANO), dir.resolve(name));
  }

  static void assertRefused(PianoZonaCliTest.Run r, Path untouched, String before)
      throws Exception {
    assertEquals(2, r.code(), r.err() + r.out());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("sostituirebbe"), r.err());
    assertEquals(before, Files.readString(untouched), "the plan must be untouched");
  }

  @Test
  void validateRefusesAnOutputThatIsItsOwnPlanBySeveralSpellings(@TempDir Path dir)
      throws Exception {
    Path plan = copy(dir, "piano.yaml");
    String before = Files.readString(plan);
    Files.createDirectories(dir.resolve("sub"));
    Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), plan);
    for (Path output : List.of(plan, dir.resolve("sub/../piano.yaml"), link)) {
      for (String command : List.of("validate", "score")) {
        assertRefused(run(command, "--output", output.toString(), plan.toString()), plan, before);
      }
    }
    Path other = copy(dir, "altro.yaml");
    assertRefused(
        run("validate", "--output", other.toString(), plan.toString(), other.toString()),
        other,
        Files.readString(other));
  }

  @Test
  void diffAndCataloguesAreGuardedToo(@TempDir Path dir) throws Exception {
    Path older = copy(dir, "vecchio.yaml");
    Path newer = copy(dir, "nuovo.yaml");
    String before = Files.readString(older);
    assertRefused(
        run("diff", "--output", older.toString(), older.toString(), newer.toString()),
        older,
        before);
    Path catalogue =
        Files.copy(Path.of(CatalogueOptionTest.CATALOGUE), dir.resolve("catalogo.yaml"));
    String cat = Files.readString(catalogue);
    assertRefused(
        run(
            "validate",
            "--catalogue",
            catalogue.toString(),
            "--output",
            catalogue.toString(),
            newer.toString()),
        catalogue,
        cat);
  }

  @Test
  void aBatchIntoThePlansFolderIsRefusedBeforeWritingAnything(@TempDir Path dir) throws Exception {
    Path plans = Files.createDirectories(dir.resolve("plans"));
    copy(plans, "a.yaml");
    PianoZonaCliTest.Run r =
        run("batch", "--progress", "none", "--output", plans.toString(), plans.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("è la cartella dei piani"), r.err());
    try (var files = Files.list(plans)) {
      assertEquals(1, files.count(), "nothing was written");
    }
    assertFalse(r.err().contains("nessun documento di piano"), "the message says what is wrong");
  }
}
