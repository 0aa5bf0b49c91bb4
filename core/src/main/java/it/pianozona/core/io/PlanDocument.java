package it.pianozona.core.io;

import static java.util.Objects.requireNonNull;

import it.pianozona.core.model.Plan;
import it.pianozona.core.validation.Pointer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan together with the document it was read from, so that findings can be traced back to a line
 * and column of the file the author edits.
 *
 * @since 0.1
 */
public final class PlanDocument {

  private final String source;
  private final DocumentFormat format;
  private final byte[] content;
  private final Plan plan;
  private final Parsing parsing;

  /** Where the plan lies in the content: the root, or {@code /plan} in a scenario file. */
  private final Pointer at;

  /** For a workbook: the cell of each pointer the document holds; null for a text document. */
  private final Map<Pointer, CellRef> cells;

  PlanDocument(String source, DocumentFormat format, byte[] content, Plan plan, Parsing parsing) {
    this(source, format, content, plan, parsing, Pointer.ROOT, null);
  }

  /** A plan read from a workbook, with the cell of each value. */
  PlanDocument(
      String source, byte[] content, Plan plan, Parsing parsing, Map<Pointer, CellRef> cells) {
    this(source, DocumentFormat.XLSX, content, plan, parsing, Pointer.ROOT, cells);
  }

  /** A plan that is part of a larger document, such as the {@code plan} of a scenario file. */
  PlanDocument(
      String source,
      DocumentFormat format,
      byte[] content,
      Plan plan,
      Parsing parsing,
      Pointer at) {
    this(source, format, content, plan, parsing, at, null);
  }

  private PlanDocument(
      String source,
      DocumentFormat format,
      byte[] content,
      Plan plan,
      Parsing parsing,
      Pointer at,
      Map<Pointer, CellRef> cells) {
    this.cells = cells == null ? null : Map.copyOf(cells);
    this.source = requireNonNull(source, "source");
    this.format = requireNonNull(format, "format");
    this.content = content.clone();
    this.plan = requireNonNull(plan, "plan");
    this.parsing = parsing;
    this.at = requireNonNull(at, "at");
  }

  /** The file name or other description of where the document came from. */
  public String source() {
    return source;
  }

  public DocumentFormat format() {
    return format;
  }

  public Plan plan() {
    return plan;
  }

  /** The document's bytes, as read. */
  public byte[] content() {
    return content.clone();
  }

  /** Where a pointer (or its nearest existing ancestor) lies in the text. */
  public Optional<TextPosition> position(Pointer pointer) {
    return Optional.ofNullable(positions(java.util.List.of(pointer)).get(pointer));
  }

  /**
   * The positions of many pointers, found in one pass over the text; for a workbook, each position
   * names its cell ({@link TextPosition#cell()}).
   */
  public Map<Pointer, TextPosition> positions(Collection<Pointer> pointers) {
    if (cells != null) {
      return cellPositions(cells, pointers);
    }
    if (at.isRoot()) {
      return Locator.locate(parsing, format, content, pointers);
    }
    Map<Pointer, Pointer> inDocument = new java.util.LinkedHashMap<>();
    for (Pointer p : pointers) {
      inDocument.put(p, at.append(p.tokens().toArray()));
    }
    Map<Pointer, TextPosition> found =
        Locator.locate(parsing, format, content, inDocument.values());
    Map<Pointer, TextPosition> result = new java.util.HashMap<>();
    inDocument.forEach(
        (p, under) -> {
          TextPosition pos = found.get(under);
          if (pos != null) {
            result.put(p, pos);
          }
        });
    return result;
  }

  /**
   * The cell of each pointer, or of its nearest ancestor that has one (a missing key is placed at
   * the row, or the sheet, that lacks it).
   */
  static Map<Pointer, TextPosition> cellPositions(
      Map<Pointer, CellRef> cells, Collection<Pointer> pointers) {
    Map<Pointer, TextPosition> result = new java.util.HashMap<>();
    for (Pointer p : pointers) {
      List<String> tokens = p.tokens();
      for (int i = tokens.size(); i >= 0; i--) {
        CellRef cell = cells.get(i == tokens.size() ? p : new Pointer(tokens.subList(0, i)));
        if (cell != null) {
          result.put(p, TextPosition.of(cell));
          break;
        }
      }
    }
    return result;
  }

  @Override
  public String toString() {
    return "PlanDocument[" + source + ", " + plan.id() + "]";
  }
}
