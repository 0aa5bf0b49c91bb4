package it.pianozona.core.io;

/** Locates where a document passes a read limit when the parser cannot say. */
final class Limits {

  private Limits() {}

  /**
   * The line and column (from 1) of the first bracket that opens a list or object deeper than the
   * limit, outside quoted text; null if brackets never go that deep (block-style YAML nests by
   * indentation, which this does not follow).
   */
  static int[] deepestOpening(byte[] content, int max) {
    // A YAML document in block style is itself one level, which no bracket opens.
    int first = 0;
    while (first < content.length && Character.isWhitespace(content[first])) {
      first++;
    }
    boolean block = first < content.length && content[first] != '{' && content[first] != '[';
    int depth = block ? 1 : 0;
    int line = 1;
    int column = 0;
    byte quote = 0;
    for (int i = 0; i < content.length; i++) {
      byte b = content[i];
      if ((b & 0xC0) != 0x80) {
        column++;
      }
      if (b == '\n') {
        line++;
        column = 0;
        continue;
      }
      if (quote != 0) {
        if (b == '\\' && quote == '"') {
          i++;
        } else if (b == quote) {
          quote = 0;
        }
        continue;
      }
      if (b == '"' || b == '\'') {
        quote = b;
      } else if (b == '{' || b == '[') {
        if (++depth > max) {
          return new int[] {line, column};
        }
      } else if (b == '}' || b == ']') {
        depth = Math.max(0, depth - 1);
      }
    }
    return null;
  }
}
