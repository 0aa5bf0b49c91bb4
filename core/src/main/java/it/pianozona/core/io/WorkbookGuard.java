package it.pianozona.core.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Decides whether a workbook's bytes can be trusted before FastExcel parses any of its XML. An
 * {@code .xlsx} is a zip of XML parts, and FastExcel's reader has no guard of its own: this pass
 * inflates every part once, counting, and refuses a zip bomb (too much inflated, too high a ratio,
 * too many parts), any part with a document type declaration (which entity expansion and external
 * entities need, and a workbook never has), macros, and the files that are not {@code .xlsx} at all
 * (an old or encrypted {@code .xls}, an OpenDocument spreadsheet). Then, with DTDs ruled out, it
 * runs through each sheet's XML with the parser FastExcel uses, counting the cells the reader would
 * hold: FastExcel keeps a slot for every column up to a row's last cell, so one damaged reference
 * such as {@code ZZZZZZ1} would claim a gigabyte. It also finds the merged cells, which FastExcel
 * does not report.
 */
final class WorkbookGuard {

  /** What the pass learnt: the merged ranges of each sheet, by sheet name. */
  record Inspection(Map<String, List<String>> mergedRanges) {}

  /** Parts too small to matter inflate as they like: only larger ones are held to the ratio. */
  private static final long RATIO_FLOOR = 64 * 1024;

  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  private static final Pattern SHEET =
      Pattern.compile("<(?:\\w+:)?sheet\\b[^>]*?\\bname=\"([^\"]*)\"[^>]*?\\br:id=\"([^\"]*)\"");
  private static final Pattern SHEET_ID_FIRST =
      Pattern.compile("<(?:\\w+:)?sheet\\b[^>]*?\\br:id=\"([^\"]*)\"[^>]*?\\bname=\"([^\"]*)\"");
  private static final Pattern RELATIONSHIP = Pattern.compile("<(?:\\w+:)?Relationship\\b[^>]*>");
  private static final Pattern ATTRIBUTE = Pattern.compile("\\b(Id|Target)=\"([^\"]*)\"");
  private static final Pattern MERGE =
      Pattern.compile("<(?:\\w+:)?mergeCell\\b[^>]*?\\bref=\"([^\"]*)\"");

  // Searched for as bytes: ASCII in UTF-8 is itself, and a decoder never joins an ASCII byte to a
  // malformed sequence, so the bytes hold these exactly when the decoded text does.
  private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] MACRO_ENABLED = "macroEnabled".getBytes(StandardCharsets.US_ASCII);

  /** In every match of {@link #MERGE}: a sheet without it has no merged range to look for. */
  private static final byte[] MERGE_CELL = "mergeCell".getBytes(StandardCharsets.US_ASCII);

  private static final byte[] SHEET_DATA = "sheetData".getBytes(StandardCharsets.US_ASCII);

  /** The columns a sheet has in Excel and in LibreOffice Calc: A to XFD. */
  static final int LAST_COLUMN = 16_384;

  /** The slots FastExcel gives the first row of a sheet, and the least it gives any row. */
  private static final int FIRST_ROW_CAPACITY = 16;

  /** FastExcel's own parser, set as FastExcel sets it, so that both read a sheet alike. */
  private static final XMLInputFactory XML = xmlInputFactory();

  private static XMLInputFactory xmlInputFactory() {
    XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    return factory;
  }

  private WorkbookGuard() {}

  /**
   * Inspects a workbook's bytes.
   *
   * @throws DocumentException if the file is not a workbook pianozona can trust
   */
  static Inspection inspect(String source, byte[] content, ReadLimits limits) {
    if (startsWith(content, OLE2)) {
      throw single(source, ProblemCode.OLE2_WORKBOOK);
    }
    if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
      throw single(source, ProblemCode.NOT_A_WORKBOOK);
    }
    Map<String, byte[]> kept = new LinkedHashMap<>();
    long total = 0;
    int parts = 0;
    boolean workbook = false;
    boolean contentTypes = false;
    // Read through the central directory, as FastExcel reads it (and as spreadsheets do): the
    // local headers of some writers, FastExcel's among them, leave sizes to a data descriptor.
    try (ZipFile zipFile =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
      byte[] buffer = new byte[16 * 1024];
      for (ZipArchiveEntry e : java.util.Collections.list(zipFile.getEntries())) {
        if (++parts > limits.maxWorkbookParts()) {
          throw single(source, ProblemCode.TOO_MANY_PARTS, limits.maxWorkbookParts());
        }
        String name = e.getName();
        if (e.isDirectory()) {
          continue;
        }
        if (kept.containsKey(name)) {
          // No spreadsheet writes two parts of one name, and a reader would take the first
          // where this pass held the last: what it checked would not be what is read.
          throw single(source, ProblemCode.NOT_A_WORKBOOK);
        }
        InputStream zip = zipFile.getInputStream(e);
        if (name.equals("mimetype")) {
          String type = new String(zip.readNBytes(200), StandardCharsets.US_ASCII);
          if (type.startsWith("application/vnd.oasis.opendocument")) {
            throw single(source, ProblemCode.OPENDOCUMENT_WORKBOOK);
          }
          continue;
        }
        if (name.endsWith("vbaProject.bin")) {
          throw single(source, ProblemCode.MACRO_WORKBOOK);
        }
        boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
        // Every part is held, whole: any of them may be a sheet, whatever its name, and a
        // declaration is looked for in all of an XML part, not in pieces.
        java.io.ByteArrayOutputStream held = new java.io.ByteArrayOutputStream();
        long inflated = 0;
        int n;
        while ((n = zip.read(buffer)) > 0) {
          inflated += n;
          total += n;
          if (total > limits.maxInflatedBytes()) {
            throw single(source, ProblemCode.INFLATED_LIMIT, limits.maxInflatedBytes());
          }
          held.write(buffer, 0, n);
        }
        long compressed = e.getCompressedSize();
        if (compressed > 0
            && inflated > RATIO_FLOOR
            && inflated / compressed > limits.maxCompressionRatio()) {
          throw single(
              source,
              ProblemCode.COMPRESSION_RATIO_LIMIT,
              name,
              inflated / compressed,
              limits.maxCompressionRatio());
        }
        byte[] bytes = held.toByteArray();
        if (xml && contains(bytes, bytes.length, DOCTYPE)) {
          throw single(source, ProblemCode.WORKBOOK_DTD, name);
        }
        if (name.equals("[Content_Types].xml") && contains(bytes, bytes.length, MACRO_ENABLED)) {
          throw single(source, ProblemCode.MACRO_WORKBOOK);
        }
        kept.put(name, bytes);
        workbook |= name.equals("xl/workbook.xml");
        contentTypes |= name.equals("[Content_Types].xml");
      }
    } catch (DocumentException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // A broken zip, or one compressed in a way the zip library refuses.
      throw single(source, ProblemCode.NOT_A_WORKBOOK);
    }
    if (!workbook || !contentTypes) {
      throw single(source, ProblemCode.NOT_A_WORKBOOK);
    }
    Map<String, String> sheets = sheets(kept);
    countCells(source, kept, sheets, limits);
    return new Inspection(merged(kept, sheets));
  }

  /**
   * Refuses a sheet whose rows FastExcel would hold too many cell slots for: a reference past the
   * last column a spreadsheet has, or all rows together holding more than the limit. FastExcel
   * gives each row a slot for every column up to its last cell, and at least as many as the widest
   * row before it in the sheet (16 at first), so one wide row weighs on all the rows after it.
   * Every part that may be a sheet is counted, whatever its name and whether the workbook lists it;
   * one the parser cannot read is left to the reader, which reports it.
   *
   * @param sheets the sheet name of each part the workbook lists as a sheet, for the message
   */
  private static void countCells(
      String source, Map<String, byte[]> parts, Map<String, String> sheets, ReadLimits limits) {
    long total = 0;
    for (Map.Entry<String, byte[]> part : parts.entrySet()) {
      if (!mayBeASheet(part.getValue())) {
        continue;
      }
      String sheet = sheets.getOrDefault(part.getKey(), part.getKey());
      XMLStreamReader xml = null;
      try {
        xml = XML.createXMLStreamReader(new ByteArrayInputStream(part.getValue()));
        long capacity = FIRST_ROW_CAPACITY;
        long width = -1; // no row open
        long next = 0;
        long row = 0;
        while (xml.hasNext()) {
          if (xml.next() != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          String name = xml.getLocalName();
          if (name.equals("row")) {
            if (width >= 0) {
              total += Math.max(capacity, width);
              capacity = Math.max(capacity, width);
            }
            row = rowNumber(xml.getAttributeValue(null, "r"), row);
            width = 0;
            next = 0;
            cellsWithin(source, limits, total + capacity, sheet, row);
          } else if (name.equals("c") && width >= 0) {
            // As FastExcel places a cell: by its reference, or after the one before it.
            String ref = xml.getAttributeValue(null, "r");
            long column = ref == null ? next : column(ref);
            if (column >= LAST_COLUMN) {
              throw single(
                  source,
                  ProblemCode.CELL_PAST_LAST_COLUMN,
                  ref == null
                      ? CellRef.columnName(LAST_COLUMN + 1) + row
                      : NodeReader.printable(ref, 40),
                  sheet,
                  CellRef.columnName(LAST_COLUMN),
                  LAST_COLUMN);
            }
            next = column + 1;
            width = Math.max(width, next);
            cellsWithin(source, limits, total + Math.max(capacity, width), sheet, row);
          }
        }
        if (width >= 0) {
          total += Math.max(capacity, width);
        }
      } catch (DocumentException e) {
        throw e;
      } catch (XMLStreamException | RuntimeException e) {
        // Not well-formed: FastExcel's parser stops at the same place, and the reader says so.
        continue;
      } finally {
        close(xml);
      }
    }
  }

  private static void cellsWithin(
      String source, ReadLimits limits, long cells, String sheet, long row) {
    if (cells > limits.maxWorkbookCells()) {
      throw single(source, ProblemCode.WORKBOOK_CELLS_LIMIT, limits.maxWorkbookCells(), sheet, row);
    }
  }

  /**
   * Whether FastExcel could find rows in the part: it reads a sheet's rows from its {@code
   * sheetData} element, which is these bytes in any encoding that writes ASCII as itself. A part
   * that does not start as such an encoding does (UTF-16, say) is parsed to be sure.
   */
  private static boolean mayBeASheet(byte[] part) {
    if (contains(part, part.length, SHEET_DATA)) {
      return true;
    }
    int first = part.length == 0 ? '<' : part[0] & 0xFF;
    return first != '<'
        && first != 0xEF
        && first != ' '
        && first != '\t'
        && first != '\n'
        && first != '\r';
  }

  /** A row's number as written, else the one after the row before, as a spreadsheet counts. */
  private static long rowNumber(String written, long before) {
    if (written == null || written.isEmpty() || written.length() > 9) {
      return before + 1;
    }
    long number = 0;
    // A loop, not a stream: it runs for every row of every sheet.
    for (int i = 0; i < written.length(); i++) {
      int digit = Character.digit(written.charAt(i), 10);
      if (digit < 0) {
        return before + 1;
      }
      number = number * 10 + digit;
    }
    return number;
  }

  /**
   * The column of a cell reference, from 0, as FastExcel reads it: the letters before the first
   * digit, after an optional {@code $}; {@link #LAST_COLUMN} or more for any the reader would
   * refuse or that passes the last column.
   */
  static long column(String ref) {
    int i = !ref.isEmpty() && ref.charAt(0) == '$' ? 1 : 0;
    long column = 0;
    for (; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c >= '0' && c <= '9') {
        break;
      }
      char upper = c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
      if (upper < 'A' || upper > 'Z') {
        // FastExcel refuses the reference; the reader reports it.
        return 0;
      }
      column = column * 26 + (upper - 'A' + 1);
      if (column > LAST_COLUMN) {
        return LAST_COLUMN;
      }
    }
    return Math.max(column - 1, 0);
  }

  private static void close(XMLStreamReader xml) {
    if (xml != null) {
      try {
        xml.close();
      } catch (XMLStreamException e) {
        // Nothing is held open: the part is bytes in memory.
      }
    }
  }

  /** The sheet name of each worksheet part, found through the workbook's list of sheets. */
  private static Map<String, String> sheets(Map<String, byte[]> parts) {
    String book = text(parts.get("xl/workbook.xml"));
    String rels = text(parts.get("xl/_rels/workbook.xml.rels"));
    Map<String, String> targets = new HashMap<>();
    Matcher r = RELATIONSHIP.matcher(rels);
    while (r.find()) {
      String id = null;
      String target = null;
      Matcher a = ATTRIBUTE.matcher(r.group());
      while (a.find()) {
        if (a.group(1).equals("Id")) {
          id = a.group(2);
        } else {
          target = a.group(2);
        }
      }
      if (id != null && target != null) {
        targets.put(id, target.startsWith("/") ? target.substring(1) : "xl/" + target);
      }
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (Pattern p : List.of(SHEET, SHEET_ID_FIRST)) {
      Matcher s = p.matcher(book);
      while (s.find()) {
        boolean nameFirst = p == SHEET;
        String name = unescape(nameFirst ? s.group(1) : s.group(2));
        String part = targets.get(nameFirst ? s.group(2) : s.group(1));
        if (part != null && !names.containsValue(name)) {
          names.putIfAbsent(part, name);
        }
      }
    }
    return names;
  }

  /** The merged ranges of each sheet. */
  private static Map<String, List<String>> merged(
      Map<String, byte[]> parts, Map<String, String> sheets) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : sheets.entrySet()) {
      byte[] sheet = parts.get(e.getKey());
      if (sheet == null || !contains(sheet, sheet.length, MERGE_CELL)) {
        continue;
      }
      List<String> ranges = new ArrayList<>();
      Matcher m = MERGE.matcher(text(sheet));
      while (m.find()) {
        ranges.add(m.group(1));
      }
      if (!ranges.isEmpty()) {
        result.put(e.getValue(), List.copyOf(ranges));
      }
    }
    return result;
  }

  private static String text(byte[] bytes) {
    return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
  }

  private static String unescape(String xml) {
    return xml.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the first n bytes hold the ASCII text. */
  private static boolean contains(byte[] bytes, int n, byte[] wanted) {
    outer:
    for (int i = 0; i + wanted.length <= n; i++) {
      for (int j = 0; j < wanted.length; j++) {
        if (bytes[i + j] != wanted[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static DocumentException single(String source, ProblemCode code, Object... args) {
    return new DocumentException(List.of(DocumentProblem.of(source, code, args)));
  }
}
