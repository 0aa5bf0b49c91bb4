package it.pianozona.core.io;

import static it.pianozona.core.io.WorkbookEdits.edits;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.testing.Plans;
import it.pianozona.core.text.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;

/** Hostile and foreign files are refused before any of their XML is parsed. */
class WorkbookGuardTest {

  private static byte[] workbook() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookWriter.write(Plans.validPlan(), out);
    return out.toByteArray();
  }

  private interface Parts {
    void write(ZipOutputStream zip) throws IOException;
  }

  /** A zip with the two parts every workbook has, and the given others. */
  private static byte[] zip(Parts parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, "[Content_Types].xml", "<Types/>");
      put(zip, "xl/workbook.xml", "<workbook/>");
      parts.write(zip);
    }
    return out.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(UTF_8));
    zip.closeEntry();
  }

  private static DocumentProblem refused(byte[] bytes, ReadLimits limits) {
    DocumentException e =
        assertThrows(
            DocumentException.class,
            () -> PlanReader.withLimits(limits).read("piano.xlsx", bytes, DocumentFormat.XLSX));
    assertEquals(1, e.problems().size(), e.getMessage());
    DocumentProblem p = e.problems().get(0);
    assertFalse(p.message(Language.IT).isBlank());
    assertFalse(p.message(Language.EN).isBlank());
    return p;
  }

  private static DocumentProblem refused(byte[] bytes) {
    return refused(bytes, ReadLimits.DEFAULT);
  }

  @Test
  void aPlainWorkbookPassesAndItsMergedCellsAreFound() {
    assertEquals(
        Map.of(), WorkbookGuard.inspect("p", workbook(), ReadLimits.DEFAULT).mergedRanges());
    byte[] merged = edits().merge("Interventi", "B3:C4").apply(workbook());
    assertEquals(
        Map.of("Interventi", List.of("B3:C4")),
        WorkbookGuard.inspect("p", merged, ReadLimits.DEFAULT).mergedRanges());
    DocumentProblem p = refused(merged);
    assertEquals("PZ-DOC-143", p.code());
    assertEquals("Interventi!B3", p.cell().orElseThrow().toString());
  }

  @Test
  void anOldOrEncryptedWorkbookIsRefusedWithWhatToDo() {
    byte[] ole2 = {
      (byte) 0xD0,
      (byte) 0xCF,
      0x11,
      (byte) 0xE0,
      (byte) 0xA1,
      (byte) 0xB1,
      0x1A,
      (byte) 0xE1,
      0,
      0,
      0,
      0
    };
    DocumentProblem p = refused(ole2);
    assertEquals("PZ-DOC-127", p.code());
    assertTrue(p.message(Language.IT).contains(".xlsx"));
  }

  @Test
  void anOpenDocumentSpreadsheetIsRefusedWithHowToSaveAsXlsx() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, "mimetype", "application/vnd.oasis.opendocument.spreadsheet");
      put(zip, "content.xml", "<office:document-content/>");
    }
    DocumentProblem p = refused(out.toByteArray());
    assertEquals("PZ-DOC-128", p.code());
    assertTrue(p.message(Language.IT).contains("Salva con nome"));
  }

  @Test
  void bytesThatAreNoWorkbookAreRefused() throws IOException {
    assertEquals("PZ-DOC-129", refused("id: x\n".getBytes(UTF_8)).code());
    byte[] whole = workbook();
    assertEquals("PZ-DOC-129", refused(java.util.Arrays.copyOf(whole, whole.length / 2)).code());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, "readme.txt", "not a workbook");
    }
    assertEquals("PZ-DOC-129", refused(out.toByteArray()).code());
  }

  @Test
  void macrosAreRefused() throws IOException {
    assertEquals("PZ-DOC-130", refused(zip(z -> put(z, "xl/vbaProject.bin", "macro"))).code());
  }

  @Test
  void aMacroEnabledContentTypeIsRefusedEvenWithoutTheMacrosPart() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(
          zip,
          "[Content_Types].xml",
          "<Types><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
              + "vnd.ms-excel.sheet.macroEnabled.main+xml\"/></Types>");
      put(zip, "xl/workbook.xml", "<workbook/>");
    }
    assertEquals("PZ-DOC-130", refused(out.toByteArray()).code());
  }

  @Test
  void aDoctypeDeepInsideASheetIsRefused() throws IOException {
    // Past the first kilobyte, which is checked as it is inflated: the whole held part is checked.
    String sheet = "<worksheet>" + " ".repeat(5_000) + "<!DOCTYPE x []><sheetData/></worksheet>";
    assertEquals("PZ-DOC-134", refused(zip(z -> put(z, "xl/worksheets/sheet1.xml", sheet))).code());
  }

  @Test
  void tooManyPartsAreRefused() throws IOException {
    byte[] bytes =
        zip(
            z -> {
              for (int i = 0; i < 50; i++) {
                put(z, "xl/media/p" + i + ".xml", "<p/>");
              }
            });
    DocumentProblem p = refused(bytes, ReadLimits.DEFAULT.withMaxWorkbookParts(20));
    assertEquals("PZ-DOC-131", p.code());
    assertTrue(p.message(Language.EN).contains("ReadLimits.maxWorkbookParts"));
  }

  /** 200 MB of zeros, streamed into the zip: the test's own memory stays small. */
  @Test
  void aZipBombIsRefusedBeforeItIsInflated() throws IOException {
    byte[] bomb =
        zip(
            z -> {
              z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
              byte[] zeros = new byte[1 << 20];
              for (int i = 0; i < 200; i++) {
                z.write(zeros);
              }
              z.closeEntry();
            });
    assertTrue(bomb.length < 1 << 20, "the bomb itself is small: " + bomb.length);
    DocumentProblem total = refused(bomb);
    assertEquals("PZ-DOC-132", total.code());
    assertTrue(total.message(Language.EN).contains("ReadLimits.maxInflatedBytes"));
    DocumentProblem ratio = refused(bomb, ReadLimits.DEFAULT.withMaxInflatedBytes(1L << 40));
    assertEquals("PZ-DOC-133", ratio.code());
    assertTrue(ratio.message(Language.IT).contains("xl/worksheets/sheet1.xml"));
  }

  @Test
  void entityExpansionAndExternalEntitiesAreRefused() throws IOException {
    String laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
            + "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>";
    assertEquals(
        "PZ-DOC-134", refused(zip(z -> put(z, "xl/worksheets/sheet1.xml", laughs))).code());
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><sst>&e;</sst>";
    assertEquals("PZ-DOC-134", refused(zip(z -> put(z, "xl/sharedStrings.xml", xxe))).code());
  }

  /** A workbook listing one sheet, {@code Interventi}, with the given XML. */
  private static byte[] oneSheet(String sheetXml) throws IOException {
    return oneSheet("worksheets/sheet1.xml", sheetXml.getBytes(UTF_8));
  }

  /** A workbook listing one sheet, {@code Interventi}, held in the part {@code xl/<part>}. */
  private static byte[] oneSheet(String part, byte[] sheetXml) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      put(zip, "[Content_Types].xml", "<Types/>");
      put(
          zip,
          "xl/workbook.xml",
          "<workbook xmlns:r=\"r\"><sheets>"
              + "<sheet name=\"Interventi\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      put(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<Relationships><Relationship Id=\"rId1\" Target=\"" + part + "\"/></Relationships>");
      zip.putNextEntry(new ZipEntry("xl/" + part));
      zip.write(sheetXml);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static String sheet(String rows) {
    return "<worksheet><sheetData>" + rows + "</sheetData></worksheet>";
  }

  /**
   * FastExcel holds a slot for every column up to a row's last cell: a damaged reference would make
   * it claim gigabytes (a CI run ran out of memory on a randomly damaged workbook).
   */
  @Test
  void aCellPastTheLastColumnIsRefusedBeforeTheReaderHoldsItsRow() throws IOException {
    DocumentProblem p =
        refused(WorkbookEdits.rewriteSheetXml(workbook(), "r=\"A1\"", "r=\"ZZZZZZ1\""));
    assertEquals("PZ-DOC-156", p.code());
    assertTrue(p.message(Language.IT).contains("ZZZZZZ1"), p.message(Language.IT));
    assertTrue(p.message(Language.IT).contains("XFD, la colonna 16.384"), p.message(Language.IT));
    assertTrue(p.message(Language.EN).contains("XFD, column 16,384"), p.message(Language.EN));

    DocumentProblem named = refused(oneSheet(sheet("<row r=\"3\"><c r=\"XFE3\"/></row>")));
    assertEquals("PZ-DOC-156", named.code());
    assertTrue(named.message(Language.EN).contains("sheet Interventi has a cell XFE3"));
    // As the parser reads the attribute: character references and a namespace prefix count.
    String escaped = "<row><c xmlns:x=\"x\" x:r=\"&#90;&#x5A;ZZZZ1\"/></row>";
    assertEquals("PZ-DOC-156", refused(oneSheet(sheet(escaped))).code());
    // Cells with no reference follow the one before: the 16,385th of a row is past XFD.
    DocumentProblem unnamed =
        refused(
            oneSheet(sheet("<row r=\"2\">" + "<c/>".repeat(16_385) + "</row>")),
            ReadLimits.DEFAULT.withMaxCompressionRatio(1_000_000));
    assertEquals("PZ-DOC-156", unnamed.code());
    assertTrue(unnamed.message(Language.EN).contains("cell XFE2"), unnamed.message(Language.EN));
  }

  /** FastExcel reads a sheet from whatever part the workbook names, in any encoding it parses. */
  @Test
  void aSheetIsCountedWhateverItsPartIsCalledOrHowItIsEncoded() throws IOException {
    String xml = sheet("<row r=\"1\"><c r=\"ZZZZZZ1\"/></row>");
    assertEquals("PZ-DOC-156", refused(oneSheet("data/cells.bin", xml.getBytes(UTF_8))).code());
    byte[] utf16 =
        ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + xml)
            .getBytes(java.nio.charset.StandardCharsets.UTF_16);
    assertEquals("PZ-DOC-156", refused(oneSheet("worksheets/sheet1.xml", utf16)).code());
  }

  /** Zip readers differ on which of two parts of one name they give: such a file is refused. */
  @Test
  void twoPartsOfOneNameAreRefused() throws IOException {
    String hostile = sheet("<row r=\"1\"><c r=\"ZZZZZZ1\"/></row>");
    String benign = sheet("<row r=\"1\"><c r=\"A1\"/></row>");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
      for (String[] part :
          List.of(
              new String[] {"[Content_Types].xml", "<Types/>"},
              new String[] {"xl/workbook.xml", "<workbook/>"},
              new String[] {"xl/worksheets/sheet1.xml", hostile},
              new String[] {"xl/worksheets/sheet1.xml", benign})) {
        zip.putArchiveEntry(new org.apache.commons.compress.archivers.zip.ZipArchiveEntry(part[0]));
        zip.write(part[1].getBytes(UTF_8));
        zip.closeArchiveEntry();
      }
    }
    assertEquals("PZ-DOC-129", refused(out.toByteArray()).code());
  }

  @Test
  void theLastColumnItselfPassesTheGuard() throws IOException {
    WorkbookGuard.inspect(
        "p",
        oneSheet(sheet("<row r=\"1\"><c r=\"XFD1\"/><c r=\"xfd1\"/></row>")),
        ReadLimits.DEFAULT);
    // Every sheet of the plan then spans 16,384 columns a row: past the default cell limit.
    WorkbookGuard.inspect(
        "p",
        WorkbookEdits.rewriteSheetXml(workbook(), "r=\"A1\"", "r=\"XFD1\""),
        ReadLimits.DEFAULT.withMaxWorkbookCells(Integer.MAX_VALUE));
  }

  /** One wide row makes FastExcel give every row after it as many slots. */
  @Test
  void rowsAfterAWideOneCountAsWideAndAreHeldToTheLimit() throws IOException {
    String rows = "<row r=\"1\"><c r=\"XFD1\"/></row>" + "<row/>".repeat(1_000);
    DocumentProblem p = refused(oneSheet(sheet(rows)));
    assertEquals("PZ-DOC-157", p.code());
    // 16,384 slots a row: the 611th row passes 10,000,000.
    assertTrue(p.message(Language.IT).contains("più di 10.000.000 celle"), p.message(Language.IT));
    assertTrue(
        p.message(Language.EN).contains("passed in the sheet Interventi at row 611"),
        p.message(Language.EN));
    assertTrue(p.message(Language.EN).contains("ReadLimits.maxWorkbookCells"));

    String narrow = "<row r=\"1\"><c r=\"P1\"/></row>" + "<row/>".repeat(1_000);
    WorkbookGuard.inspect("p", oneSheet(sheet(narrow)), ReadLimits.DEFAULT);
    // 1,001 rows of 16 slots: within 16,016, past 16,015.
    WorkbookGuard.inspect(
        "p", oneSheet(sheet(narrow)), ReadLimits.DEFAULT.withMaxWorkbookCells(16_016));
    assertEquals(
        "PZ-DOC-157",
        refused(oneSheet(sheet(narrow)), ReadLimits.DEFAULT.withMaxWorkbookCells(16_015)).code());
  }

  @Test
  void aReferenceIsReadAsFastExcelReadsIt() {
    assertEquals(0, WorkbookGuard.column("A1"));
    assertEquals(0, WorkbookGuard.column("$A$1"));
    assertEquals(27, WorkbookGuard.column("ab12"));
    assertEquals(16_383, WorkbookGuard.column("XFD1048576"));
    assertEquals(WorkbookGuard.LAST_COLUMN, WorkbookGuard.column("XFE1"));
    assertEquals(WorkbookGuard.LAST_COLUMN, WorkbookGuard.column("ZZZZZZZZZZZZZZZ1"));
    // FastExcel refuses these itself, and the reader reports it.
    assertEquals(0, WorkbookGuard.column("A-1"));
    assertEquals(0, WorkbookGuard.column(""));
  }
}
