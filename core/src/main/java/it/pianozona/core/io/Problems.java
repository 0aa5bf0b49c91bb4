package it.pianozona.core.io;

import it.pianozona.core.text.Message;
import it.pianozona.core.validation.Pointer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The problems found while binding a tree, by pointer; {@link #located} adds line and column. */
final class Problems {

  private record Pending(Pointer pointer, Message message) {}

  private final List<Pending> list = new ArrayList<>();

  void add(Pointer pointer, ProblemCode code, Object... args) {
    list.add(new Pending(pointer, code.message(args)));
  }

  /**
   * Adds the other's problems with their pointers under the prefix, as the problems of a plan
   * embedded in a scenario file are placed under its {@code /plan}.
   */
  void addAll(Problems other, Pointer prefix) {
    for (Pending p : other.list) {
      list.add(new Pending(prefix.append(p.pointer().tokens().toArray()), p.message()));
    }
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  int size() {
    return list.size();
  }

  /**
   * The problems as one exception, each placed at its line and column in the content; plan
   * documents and data files report alike. When a binder refused without recording any problem, the
   * one reported says the document could not be read as {@code whatItIs} ("a plan").
   */
  DocumentException located(
      String source, Parsing parsing, DocumentFormat format, byte[] content, Message whatItIs) {
    return located(
        source, pointers -> Locator.locate(parsing, format, content, pointers), whatItIs);
  }

  /** As above, for a document whose positions another reader knows, such as a workbook's cells. */
  DocumentException located(
      String source,
      Function<Collection<Pointer>, Map<Pointer, TextPosition>> locate,
      Message whatItIs) {
    List<Pointer> pointers = list.stream().map(Pending::pointer).toList();
    Map<Pointer, TextPosition> positions = locate.apply(pointers);
    List<DocumentProblem> out = new ArrayList<>();
    for (Pending p : list) {
      TextPosition pos = positions.get(p.pointer());
      out.add(DocumentProblem.at(source, pos, p.pointer(), p.message()));
    }
    if (out.isEmpty()) {
      out.add(DocumentProblem.of(source, ProblemCode.NOT_READ, whatItIs));
    }
    return new DocumentException(out);
  }
}
