package it.pianozona.core.io;

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
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Decides whether a workbook's bytes can be trusted before any XML of it is parsed. An {@code
 * .xlsx} is a zip of XML parts, and FastExcel's reader has no guard of its own: this pass inflates
 * every part once, counting, and refuses a zip bomb (too much inflated, too high a ratio, too many
 * parts), any part with a document type declaration (which entity expansion and external entities
 * need, and a workbook never has), macros, and the files that are not {@code .xlsx} at all (an old
 * or encrypted {@code .xls}, an OpenDocument spreadsheet). It also finds the merged cells, which
 * FastExcel does not report.
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
    Map<String, byte[]> kept = new HashMap<>();
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
        boolean keep =
            name.equals("xl/workbook.xml")
                || name.equals("xl/_rels/workbook.xml.rels")
                || name.equals("[Content_Types].xml")
                || name.startsWith("xl/worksheets/");
        java.io.ByteArrayOutputStream held = keep ? new java.io.ByteArrayOutputStream() : null;
        long inflated = 0;
        byte[] head = new byte[0];
        int n;
        while ((n = zip.read(buffer)) > 0) {
          inflated += n;
          total += n;
          if (total > limits.maxInflatedBytes()) {
            throw single(source, ProblemCode.INFLATED_LIMIT, limits.maxInflatedBytes());
          }
          if (xml && head.length < 1024) {
            head = concat(head, buffer, n, 1024);
          }
          if (held != null) {
            held.write(buffer, 0, n);
          } else if (xml && contains(buffer, n, DOCTYPE)) {
            throw single(source, ProblemCode.WORKBOOK_DTD, name);
          }
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
        if (xml && contains(head, head.length, DOCTYPE)) {
          throw single(source, ProblemCode.WORKBOOK_DTD, name);
        }
        if (held != null) {
          byte[] bytes = held.toByteArray();
          if (xml && contains(bytes, bytes.length, DOCTYPE)) {
            throw single(source, ProblemCode.WORKBOOK_DTD, name);
          }
          if (name.equals("[Content_Types].xml") && contains(bytes, bytes.length, MACRO_ENABLED)) {
            throw single(source, ProblemCode.MACRO_WORKBOOK);
          }
          kept.put(name, bytes);
        }
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
    return new Inspection(merged(kept));
  }

  /** The merged ranges of each sheet, found through the workbook's list of sheets. */
  private static Map<String, List<String>> merged(Map<String, byte[]> parts) {
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
    Map<String, List<String>> result = new LinkedHashMap<>();
    for (Pattern p : List.of(SHEET, SHEET_ID_FIRST)) {
      Matcher s = p.matcher(book);
      while (s.find()) {
        boolean nameFirst = p == SHEET;
        String name = unescape(nameFirst ? s.group(1) : s.group(2));
        String id = nameFirst ? s.group(2) : s.group(1);
        String part = targets.get(id);
        if (part == null || result.containsKey(name)) {
          continue;
        }
        byte[] sheet = parts.get(part);
        if (sheet == null || !contains(sheet, sheet.length, MERGE_CELL)) {
          continue;
        }
        List<String> ranges = new ArrayList<>();
        Matcher m = MERGE.matcher(text(sheet));
        while (m.find()) {
          ranges.add(m.group(1));
        }
        if (!ranges.isEmpty()) {
          result.put(name, List.copyOf(ranges));
        }
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

  private static byte[] concat(byte[] head, byte[] buffer, int n, int max) {
    int take = Math.min(n, max - head.length);
    byte[] out = java.util.Arrays.copyOf(head, head.length + take);
    System.arraycopy(buffer, 0, out, head.length, take);
    return out;
  }

  /**
   * Whether the first n bytes hold the ASCII text; a part split across reads is also checked whole.
   */
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
