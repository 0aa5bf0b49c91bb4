package it.pianozona.core.io;

import it.pianozona.core.validation.Pointer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Documents are UTF-8 (with or without a byte-order mark), as RFC 8259 requires of JSON. Any other
 * encoding is refused with the position of the first byte that is not UTF-8, instead of being read
 * as garbled names and titles.
 */
final class Encoding {

  /** Eight bytes of an array read as one long; the byte order does not matter to a mask. */
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Encoding() {}

  static void check(String source, byte[] content) {
    if (startsWith(content, 0x00, 0x00, 0xFE, 0xFF)
        || startsWith(content, 0xFF, 0xFE, 0x00, 0x00)) {
      throw problem(source, 1, 1, ProblemCode.OTHER_ENCODING_WITH_MARK, "UTF-32");
    }
    Optional<String> wide = withoutByteOrderMark(content);
    if (wide.isPresent()) {
      throw problem(source, 1, 1, ProblemCode.OTHER_ENCODING_WITHOUT_MARK, wide.get());
    }
    if (startsWith(content, 0xFE, 0xFF) || startsWith(content, 0xFF, 0xFE)) {
      throw problem(source, 1, 1, ProblemCode.OTHER_ENCODING_WITH_MARK, "UTF-16");
    }
    int start = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    int offset = firstNotUtf8(content, start);
    if (offset >= 0) {
      throw problem(
          source,
          line(content, offset),
          column(content, offset),
          ProblemCode.NOT_UTF8,
          String.format(Locale.ROOT, "0x%02X", content[offset] & 0xFF),
          offset);
    }
  }

  /**
   * The offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629: no
   * overlong forms, no surrogates, nothing above U+10FFFF), or -1. The same offset the JDK's strict
   * decoder stops at (a property test compares them), found without decoding the text: this runs on
   * every document read.
   */
  static int firstNotUtf8(byte[] b, int from) {
    int i = from;
    int n = b.length;
    while (i < n) {
      // Plan documents are mostly ASCII: eight bytes at a time while none has its high bit set.
      while (i + 8 <= n && ((long) WORDS.get(b, i) & 0x8080808080808080L) == 0) {
        i += 8;
      }
      if (i >= n) {
        break;
      }
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xFF;
      int length;
      int low = 0x80;
      int high = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
      } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0) {
          low = 0xA0;
        } else if (c == 0xED) {
          high = 0x9F;
        }
      } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0) {
          low = 0x90;
        } else if (c == 0xF4) {
          high = 0x8F;
        }
      } else {
        return i;
      }
      if (i + 1 >= n) {
        return i;
      }
      int second = b[i + 1] & 0xFF;
      if (second < low || second > high) {
        return i;
      }
      for (int k = 2; k < length; k++) {
        if (i + k >= n || (b[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += length;
    }
    return -1;
  }

  /** Whether the document holds nothing but an optional byte-order mark and white space. */
  static boolean blank(byte[] content) {
    int start = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    for (int i = start; i < content.length; i++) {
      byte b = content[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * The wide encoding a document without a byte-order mark is in, told by where its zero bytes fall
   * in the first 64 bytes: plan documents start with ASCII keys, which UTF-16 and UTF-32 write with
   * one or three zero bytes beside each character. A stray NUL inside UTF-8 text does not match,
   * and is reported where it stands.
   */
  private static Optional<String> withoutByteOrderMark(byte[] content) {
    int n = Math.min(content.length, 64) & ~3;
    if (n < 8) {
      return Optional.empty();
    }
    int[] zerosAt = new int[4];
    int zeros = 0;
    for (int i = 0; i < n; i++) {
      if (content[i] == 0) {
        zerosAt[i % 4]++;
        zeros++;
      }
    }
    int quarter = n / 4;
    if (zerosAt[1] == quarter && zerosAt[2] == quarter && zerosAt[3] == quarter) {
      return Optional.of("UTF-32 (little-endian)");
    }
    if (zerosAt[0] == quarter && zerosAt[1] == quarter && zerosAt[2] == quarter) {
      return Optional.of("UTF-32 (big-endian)");
    }
    if (zerosAt[1] + zerosAt[3] == n / 2 && zeros == n / 2) {
      return Optional.of("UTF-16 (little-endian)");
    }
    if (zerosAt[0] + zerosAt[2] == n / 2 && zeros == n / 2) {
      return Optional.of("UTF-16 (big-endian)");
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int line(byte[] content, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (content[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int column(byte[] content, int offset) {
    int column = 1;
    for (int i = offset - 1; i >= 0 && content[i] != '\n'; i--) {
      if ((content[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return column;
  }

  private static DocumentException problem(
      String source, int line, int column, ProblemCode code, Object... args) {
    return new DocumentException(
        List.of(DocumentProblem.of(source, line, column, Pointer.ROOT, code, args)));
  }
}
