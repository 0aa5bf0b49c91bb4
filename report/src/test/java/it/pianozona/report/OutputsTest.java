package it.pianozona.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.text.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No output may replace an input, however the two paths are spelled. */
class OutputsTest {

  @Test
  void theSameFileBySeveralSpellingsClashes(@TempDir Path dir) throws Exception {
    Path plan = Files.writeString(dir.resolve("piano.yaml"), "id: x\n");
    Files.createDirectories(dir.resolve("sub"));
    Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), plan);
    Path folderLink = Files.createSymbolicLink(dir.resolve("alias"), dir);
    Path hard = Files.createLink(dir.resolve("hard.yaml"), plan);
    for (Path spelling :
        List.of(
            plan,
            dir.resolve("sub/../piano.yaml"),
            link,
            folderLink.resolve("piano.yaml"),
            hard,
            Path.of(plan.toString()).toAbsolutePath())) {
      assertTrue(Outputs.clash(spelling, List.of(plan)).isPresent(), spelling.toString());
    }
    assertTrue(
        Outputs.clash(plan, List.of(link)).get().render(Language.EN).contains("would replace"));
  }

  @Test
  void anotherFileOrOneNotYetWrittenDoesNotClash(@TempDir Path dir) throws Exception {
    Path plan = Files.writeString(dir.resolve("piano.yaml"), "id: x\n");
    assertFalse(Outputs.clash(dir.resolve("piano.html"), List.of(plan)).isPresent());
    assertFalse(Outputs.clash(dir.resolve("new/folder/piano.yaml"), List.of(plan)).isPresent());
    assertFalse(Outputs.clash(dir.resolve("piano.yaml.html"), List.of()).isPresent());
  }

  @Test
  void aBatchRefusesBeforeWritingWhenItsOutputIsThePlansFolder(@TempDir Path dir) throws Exception {
    Path plans = Files.createDirectories(dir.resolve("plans"));
    Files.copy(BatchTest.PLANS.resolve("puglia-casarano-2022-2024.yaml"), plans.resolve("a.yaml"));
    Path alias = Files.createSymbolicLink(dir.resolve("alias"), plans);
    for (Path out : List.of(plans, alias, plans.resolve("."), dir.resolve("x/../plans"))) {
      Batch batch = Batch.builder(Plans.PZ, plans).output(out).build();
      UnsafeOutputException e = assertThrows(UnsafeOutputException.class, batch::run);
      assertTrue(e.getMessage().contains("folder of the plans"), e.getMessage());
    }
    try (var files = Files.list(plans)) {
      assertEquals(List.of(plans.resolve("a.yaml")), files.toList(), "nothing was written");
    }
  }

  @Test
  void aBatchRefusesAReportThatWouldReplaceAPlanReachedThroughALink(@TempDir Path dir)
      throws Exception {
    Path plans = Files.createDirectories(dir.resolve("plans"));
    Path plan = plans.resolve("a.json");
    Files.writeString(plan, "{}\n");
    // The output folder is another folder, but a link inside it leads back to the plan.
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.createSymbolicLink(out.resolve("a.json"), plan);
    String before = Files.readString(plan);
    Batch batch = Batch.builder(Plans.PZ, plans).output(out).format(ReportFormat.JSON).build();
    UnsafeOutputException e = assertThrows(UnsafeOutputException.class, batch::run);
    assertTrue(e.getMessage().contains("would replace"), e.getMessage());
    assertEquals(before, Files.readString(plan), "the plan is untouched");
  }

  @Test
  void aBatchRefusesToReplaceACatalogueItReads(@TempDir Path dir) throws Exception {
    Path plans = Files.createDirectories(dir.resolve("plans"));
    Files.copy(BatchTest.PLANS.resolve("puglia-casarano-2022-2024.yaml"), plans.resolve("a.yaml"));
    Path out = Files.createDirectories(dir.resolve("out"));
    Path catalogue = Files.writeString(out.resolve("a.html"), "catalogue");
    Batch batch = Batch.builder(Plans.PZ, plans).output(out).alsoReads(List.of(catalogue)).build();
    assertThrows(UnsafeOutputException.class, batch::run);
    assertEquals("catalogue", Files.readString(catalogue));
  }
}
