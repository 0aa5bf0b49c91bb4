package it.pianozona.core.io;

import it.pianozona.core.validation.Pointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The problems found while binding a tree, by pointer; {@link #located} adds line and column. */
final class Problems {

  private record Pending(Pointer pointer, String message) {}

  private final List<Pending> list = new ArrayList<>();

  void add(Pointer pointer, String message) {
    list.add(new Pending(pointer, message));
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  int size() {
    return list.size();
  }

  /**
   * The problems as one exception, each placed at its line and column in the content; plan
   * documents and data files report alike. {@code whenNone} is the one problem reported when a
   * binder refused without recording any.
   */
  DocumentException located(
      String source, Parsing parsing, DocumentFormat format, byte[] content, String whenNone) {
    List<Pointer> pointers = list.stream().map(Pending::pointer).toList();
    Map<Pointer, TextPosition> positions = Locator.locate(parsing, format, content, pointers);
    List<DocumentProblem> out = new ArrayList<>();
    for (Pending p : list) {
      TextPosition pos = positions.get(p.pointer());
      out.add(
          new DocumentProblem(
              source,
              pos == null ? 0 : pos.line(),
              pos == null ? 0 : pos.column(),
              p.pointer(),
              p.message()));
    }
    if (out.isEmpty()) {
      out.add(new DocumentProblem(source, 0, 0, Pointer.ROOT, whenNone));
    }
    return new DocumentException(out);
  }
}
