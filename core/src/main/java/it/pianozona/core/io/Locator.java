package it.pianozona.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import it.pianozona.core.validation.Pointer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds where pointers lie in a document's text by reading it once more with a streaming parser.
 * Locations are only needed for problems and findings, which are few, so the normal read keeps no
 * positions and stays as fast as a plain tree parse.
 */
final class Locator {

  private Locator() {}

  /**
   * The position of each pointer, or of its nearest ancestor that exists in the document (a missing
   * key is placed at the object that lacks it). Pointers that cannot be placed at all (the text
   * does not parse up to them) are absent from the result.
   */
  static Map<Pointer, TextPosition> locate(
      Parsing parsing, DocumentFormat format, byte[] content, Collection<Pointer> wanted) {
    Set<Pointer> prefixes = new HashSet<>();
    int maxDepth = 0;
    for (Pointer p : wanted) {
      for (int i = 0; i <= p.tokens().size(); i++) {
        prefixes.add(new Pointer(p.tokens().subList(0, i)));
      }
      maxDepth = Math.max(maxDepth, p.tokens().size());
    }
    Map<Pointer, TextPosition> found = new HashMap<>();
    try (JsonParser parser = parsing.parser(format, content)) {
      if (parser.nextToken() != null) {
        walk(parser, new ArrayList<>(), prefixes, maxDepth, found);
      }
    } catch (IOException | RuntimeException e) {
      // The text breaks off before some pointers: keep what was placed so far.
    }
    Map<Pointer, TextPosition> result = new HashMap<>();
    for (Pointer p : wanted) {
      for (int i = p.tokens().size(); i >= 0; i--) {
        TextPosition pos = found.get(new Pointer(p.tokens().subList(0, i)));
        if (pos != null) {
          result.put(p, pos);
          break;
        }
      }
    }
    return result;
  }

  private static void walk(
      JsonParser p,
      List<String> path,
      Set<Pointer> prefixes,
      int maxDepth,
      Map<Pointer, TextPosition> found)
      throws IOException {
    if (path.size() <= maxDepth) {
      Pointer here = new Pointer(path);
      if (prefixes.contains(here)) {
        found.putIfAbsent(here, position(p.currentTokenLocation()));
      }
    }
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if (path.size() < maxDepth) {
          List<String> keyPath = new ArrayList<>(path);
          keyPath.add(name);
          Pointer key = new Pointer(keyPath);
          if (prefixes.contains(key)) {
            found.putIfAbsent(key, position(p.currentTokenLocation()));
          }
        }
        p.nextToken();
        if (path.size() < maxDepth) {
          path.add(name);
          walk(p, path, prefixes, maxDepth, found);
          path.remove(path.size() - 1);
        } else {
          p.skipChildren();
        }
      }
    } else if (t == JsonToken.START_ARRAY) {
      int index = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (path.size() < maxDepth) {
          path.add(Integer.toString(index));
          walk(p, path, prefixes, maxDepth, found);
          path.remove(path.size() - 1);
        } else {
          p.skipChildren();
        }
        index++;
      }
    }
  }

  private static TextPosition position(JsonLocation location) {
    return new TextPosition(Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()));
  }
}
