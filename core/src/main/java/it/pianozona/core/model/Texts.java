package it.pianozona.core.model;

import java.text.Normalizer;

/**
 * The one rule for text in the model, the same as the document reader's: texts are compared in
 * Unicode NFC, and a text is blank when it has no character a reader can see (white space, no-
 * break and other special spaces, zero-width and other format characters do not count).
 */
final class Texts {

  private Texts() {}

  /** Whether the text is null or has no visible character. */
  static boolean blank(String text) {
    return text == null
        || text.codePoints()
            .allMatch(
                c ->
                    Character.isWhitespace(c)
                        || Character.isSpaceChar(c)
                        || Character.getType(c) == Character.FORMAT
                        || Character.isISOControl(c));
  }

  /** The text in NFC, so that an accent typed as a separate mark compares equal. */
  static String nfc(String text) {
    return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
