package it.pianozona.core.io;

import static java.util.Objects.requireNonNull;

import it.pianozona.core.model.Plan;
import it.pianozona.core.validation.Pointer;
import java.util.Collection;
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

  PlanDocument(String source, DocumentFormat format, byte[] content, Plan plan, Parsing parsing) {
    this.source = requireNonNull(source, "source");
    this.format = requireNonNull(format, "format");
    this.content = content.clone();
    this.plan = requireNonNull(plan, "plan");
    this.parsing = parsing;
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

  /** The positions of many pointers, found in one pass over the text. */
  public Map<Pointer, TextPosition> positions(Collection<Pointer> pointers) {
    return Locator.locate(parsing, format, content, pointers);
  }

  @Override
  public String toString() {
    return "PlanDocument[" + source + ", " + plan.id() + "]";
  }
}
