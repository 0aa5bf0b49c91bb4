package it.pianozona.core.model;

import java.text.Normalizer;

/**
 * The one rule for text in the model, the same as the document reader's: texts are compared in
 * Unicode NFC, and a text is blank when it has no character a reader can see (white space, no-
 * break and other special spaces, zero-width and other format characters do not count).
 *
 * @since 0.1
 */
public final class Texts {

  private Texts() {}

  /** Whether the text is null or has no visible character. */
  public static boolean blank(String text) {
    if (text == null) {
      return true;
    }
    // A plain loop, not a stream of code points: it runs for every text of every plan read.
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      if (c < 0x80) {
        // In ASCII exactly the controls and the space are invisible (see the property test).
        if (c > 0x20 && c != 0x7F) {
          return false;
        }
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      if (!invisible(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /**
   * Whether a character cannot be seen: white space, a special space (no-break, figure, narrow), a
   * format character (zero-width space and joiners, soft hyphen, byte-order mark, word joiner) or a
   * control character.
   */
  public static boolean invisible(int c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT
        || Character.isISOControl(c);
  }

  /** The text in NFC, so that an accent typed as a separate mark compares equal. */
  public static String nfc(String text) {
    if (text == null || belowCombiningMarks(text)) {
      return text;
    }
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Whether every character is below U+0300, where the combining marks begin: such a text is its
   * own NFC, since every character there is its own NFC, of combining class 0, and composes with
   * none (checked for every pair against Unicode's tables, and held by a property test). Nearly
   * every Italian text is (the accented letters are precomposed, U+00C0 to U+00FF), and each is
   * normalised when read and again when a model record is made, so the table lookups are saved.
   */
  static boolean belowCombiningMarks(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x300) {
        return false;
      }
    }
    return true;
  }
}
