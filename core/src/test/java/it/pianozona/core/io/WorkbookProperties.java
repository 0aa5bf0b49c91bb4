package it.pianozona.core.io;

import static org.junit.jupiter.api.Assertions.assertFalse;

import it.pianozona.core.testing.Plans;
import java.io.ByteArrayOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

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
}
