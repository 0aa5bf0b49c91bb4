package it.pianozona.core.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Changes a few cells of a workbook as an officer would in a spreadsheet program: FastExcel cannot
 * edit a file, so every cell is copied into a new workbook, the named ones changed on the way.
 */
final class WorkbookEdits {

  /** A formula, written with no cached value (as FastExcel's writer does). */
  record Formula(String text) {}

  private final Map<String, Object> values = new HashMap<>();
  private final Map<String, String> renamed = new HashMap<>();
  private final Set<String> dropped = new HashSet<>();
  private final Map<String, String> merged = new HashMap<>();
  private int blankRows;

  static WorkbookEdits edits() {
    return new WorkbookEdits();
  }

  /** Sets a cell, such as {@code Risorse!C2}; a null value empties it. */
  WorkbookEdits set(String cell, Object value) {
    values.put(cell, value == null ? NONE : value);
    return this;
  }

  WorkbookEdits rename(String sheet, String to) {
    renamed.put(sheet, to);
    return this;
  }

  WorkbookEdits drop(String sheet) {
    dropped.add(sheet);
    return this;
  }

  WorkbookEdits merge(String sheet, String range) {
    merged.put(sheet, range);
    return this;
  }

  /** Adds rows of blank text cells at the end of every sheet, as spreadsheets often keep. */
  WorkbookEdits trailingBlankRows(int count) {
    blankRows = count;
    return this;
  }

  private static final Object NONE = new Object();

  byte[] apply(byte[] workbook) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ReadableWorkbook in = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
      Workbook wb = new Workbook(out, "test", "1.0");
      for (Sheet s : in.getSheets().toList()) {
        if (dropped.contains(s.getName())) {
          continue;
        }
        Worksheet ws = wb.newWorksheet(renamed.getOrDefault(s.getName(), s.getName()));
        List<Row> rows = s.read();
        int last = 0;
        for (Row row : rows) {
          for (Cell c : row) {
            if (c != null) {
              copy(ws, row.getRowNum() - 1, c.getColumnIndex(), c);
            }
          }
          last = Math.max(last, row.getRowNum());
        }
        for (int i = 0; i < blankRows; i++) {
          ws.value(last + i, 0, "  ");
        }
        for (Map.Entry<String, Object> e : values.entrySet()) {
          String[] parts = e.getKey().split("!");
          if (parts[0].equals(s.getName())) {
            CellRef ref = parse(parts[0], parts[1]);
            write(ws, ref.row() - 1, ref.column() - 1, e.getValue());
          }
        }
        if (merged.containsKey(s.getName())) {
          String[] corners = merged.get(s.getName()).split(":");
          CellRef a = parse(s.getName(), corners[0]);
          CellRef b = parse(s.getName(), corners[1]);
          ws.range(a.row() - 1, a.column() - 1, b.row() - 1, b.column() - 1).merge();
        }
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void copy(Worksheet ws, int r, int c, Cell cell) {
    switch (cell.getType()) {
      case NUMBER -> ws.value(r, c, new BigDecimal(cell.getRawValue()));
      case STRING -> ws.value(r, c, cell.getRawValue());
      case BOOLEAN -> ws.value(r, c, "1".equals(cell.getRawValue()));
      case FORMULA -> ws.formula(r, c, cell.getFormula());
      default -> {}
    }
  }

  private static void write(Worksheet ws, int r, int c, Object value) {
    if (value == NONE) {
      ws.value(r, c, (String) null);
    } else if (value instanceof Formula f) {
      ws.formula(r, c, f.text());
    } else if (value instanceof Number n) {
      ws.value(r, c, n);
    } else if (value instanceof Boolean b) {
      ws.value(r, c, b);
    } else {
      ws.value(r, c, value.toString());
    }
  }

  static CellRef parse(String sheet, String address) {
    int i = 0;
    int column = 0;
    while (Character.isLetter(address.charAt(i))) {
      column = column * 26 + (address.charAt(i) - 'A' + 1);
      i++;
    }
    return new CellRef(sheet, Integer.parseInt(address.substring(i)), column);
  }

  /**
   * The workbook with a text replaced in the XML of every sheet, copying the zip part by part: for
   * what no spreadsheet program writes, such as a cell reference past the last column.
   */
  static byte[] rewriteSheetXml(byte[] workbook, String from, String to) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipFile in =
            ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(workbook))
                .get();
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipArchiveEntry e : java.util.Collections.list(in.getEntries())) {
        String text = new String(in.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
        boolean sheet = e.getName().startsWith("xl/worksheets/");
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write((sheet ? text.replace(from, to) : text).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
