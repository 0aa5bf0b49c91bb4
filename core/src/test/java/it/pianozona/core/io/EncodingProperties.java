package it.pianozona.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The hand-written UTF-8 check stops where the JDK's strict decoder (which it replaced) stops, on
 * every byte sequence: the reported line, column and byte of a document that is not UTF-8 do not
 * change.
 */
class EncodingProperties {

  /** The JDK's answer: the offset where a strict decoder reports malformed input, or -1. */
  private static int jdk(byte[] content) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(16);
    while (true) {
      var result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        return -1;
      }
      out.clear();
    }
  }

  @Property(tries = 20000)
  void theFirstByteNotUtf8IsWhereTheJdkDecoderStops(@ForAll("nearlyUtf8") byte[] content) {
    assertEquals(
        jdk(content), Encoding.firstNotUtf8(content, 0), () -> HexFormat.of().formatHex(content));
  }

  /**
   * Bytes that are mostly well-formed UTF-8 (ASCII, two-, three- and four-byte characters), with
   * the boundaries that make a sequence ill-formed: overlong leads, surrogates, the end of Unicode,
   * stray continuation bytes, truncation.
   */
  @Provide
  Arbitrary<byte[]> nearlyUtf8() {
    Arbitrary<Integer> special =
        Arbitraries.of(
            0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
            0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF);
    Arbitrary<Integer> any = Arbitraries.integers().between(0, 255);
    Arbitrary<byte[]> character =
        Arbitraries.oneOf(
                Arbitraries.integers()
                    .between(0, 0x10FFFF)
                    .filter(cp -> cp < 0xD800 || cp > 0xDFFF),
                Arbitraries.of(0xE8, 0xE0, 0x20AC, 0xFFFD, 0x1F600, 0x10FFFF))
            .map(cp -> new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> oneByte =
        Arbitraries.frequencyOf(Tuple.of(3, special), Tuple.of(1, any))
            .map(v -> new byte[] {(byte) (int) v});
    // A lead byte and up to three bytes after it, each at a boundary: near-miss sequences.
    Arbitrary<byte[]> nearMiss =
        special.list().ofMinSize(2).ofMaxSize(4).map(EncodingProperties::bytes);
    // A lead with a restricted second byte (E0, ED, F0, F4), a second byte at either side of its
    // range, and well-formed continuation bytes after it: only the second byte can be wrong.
    Arbitrary<Integer> continuation = Arbitraries.integers().between(0x80, 0xBF);
    Arbitrary<byte[]> restrictedLead =
        Arbitraries.of(0xE0, 0xED, 0xF0, 0xF4)
            .flatMap(
                lead ->
                    Arbitraries.of(0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0)
                        .flatMap(
                            second ->
                                continuation
                                    .list()
                                    .ofSize(lead >= 0xF0 ? 2 : 1)
                                    .map(
                                        rest -> {
                                          byte[] out = new byte[2 + rest.size()];
                                          out[0] = (byte) (int) lead;
                                          out[1] = (byte) (int) second;
                                          for (int k = 0; k < rest.size(); k++) {
                                            out[2 + k] = (byte) (int) rest.get(k);
                                          }
                                          return out;
                                        })));
    // A run of ASCII of any length, so that the check's eight-bytes-at-a-time path meets every
    // other part at every alignment.
    Arbitrary<byte[]> asciiRun =
        Arbitraries.integers()
            .between(0, 0x7F)
            .list()
            .ofMinSize(1)
            .ofMaxSize(24)
            .map(EncodingProperties::bytes);
    return Arbitraries.frequencyOf(
            Tuple.of(3, character),
            Tuple.of(1, oneByte),
            Tuple.of(2, nearMiss),
            Tuple.of(2, restrictedLead),
            Tuple.of(2, asciiRun))
        .list()
        .ofMaxSize(8)
        .map(
            parts -> {
              int length = parts.stream().mapToInt(p -> p.length).sum();
              byte[] all = new byte[length];
              int at = 0;
              for (byte[] p : parts) {
                System.arraycopy(p, 0, all, at, p.length);
                at += p.length;
              }
              return all;
            });
  }

  private static byte[] bytes(List<Integer> values) {
    byte[] out = new byte[values.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = (byte) (int) values.get(k);
    }
    return out;
  }
}
