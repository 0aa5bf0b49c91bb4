package it.pianozona.core.io;

import static org.junit.jupiter.api.Assertions.assertFalse;

import it.pianozona.core.testing.Plans;
import java.io.ByteArrayOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** A damaged workbook is a located problem, never an exception of another kind or a hang. */
class WorkbookProperties {

  private static final byte[] WORKBOOK = workbook();

  private static byte[] workbook() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookWriter.write(Plans.validPlan(), out);
    return out.toByteArray();
  }

  @Property(tries = 300)
  void aDamagedWorkbookIsRefusedWithProblemsOrStillRead(
      @ForAll @IntRange(min = 0, max = 100_000) int at,
      @ForAll @IntRange(min = 1, max = 64) int length,
      @ForAll byte value,
      @ForAll boolean truncate) {
    byte[] bytes = WORKBOOK.clone();
    int start = at % bytes.length;
    if (truncate) {
      bytes = java.util.Arrays.copyOf(bytes, start);
    } else {
      for (int i = start; i < Math.min(bytes.length, start + length); i++) {
        bytes[i] = value;
      }
    }
    try {
      PlanReader.create().read("piano.xlsx", bytes, DocumentFormat.XLSX);
    } catch (DocumentException e) {
      assertFalse(e.problems().isEmpty());
    }
  }

  /**
   * A cell reference as damage leaves it, up to seven letters: read or refused with problems, never
   * the reader holding a slot for every column up to it (a CI run ran out of memory that way).
   */
  @Property(tries = 200)
  void anyCellReferenceIsReadOrRefusedWithProblems(
      @ForAll @StringLength(min = 1, max = 7) @CharRange(from = 'A', to = 'Z') String letters,
      @ForAll @IntRange(min = 1, max = 1_048_576) int row) {
    byte[] bytes =
        WorkbookEdits.rewriteSheetXml(WORKBOOK, "r=\"B2\"", "r=\"" + letters + row + "\"");
    try {
      PlanReader.create().read("piano.xlsx", bytes, DocumentFormat.XLSX);
    } catch (DocumentException e) {
      assertFalse(e.problems().isEmpty());
    }
  }
}
