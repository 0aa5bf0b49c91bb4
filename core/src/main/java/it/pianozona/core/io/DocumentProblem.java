package it.pianozona.core.io;

import static java.util.Objects.requireNonNull;

import it.pianozona.core.validation.Pointer;

/**
 * One reason a document cannot be read, located as exactly as the document allows: the file, the
 * line and column (1-based; 0 when unknown), the JSON Pointer, and what was expected.
 *
 * @param source the file name or other description of where the document came from
 * @param line the line, from 1, or 0 if unknown
 * @param column the column, from 1, or 0 if unknown
 * @param pointer where in the document tree
 * @param message what was expected and what was found
 * @since 0.1
 */
public record DocumentProblem(
    String source, int line, int column, Pointer pointer, String message) {

  public DocumentProblem {
    requireNonNull(source, "source");
    requireNonNull(pointer, "pointer");
    requireNonNull(message, "message");
  }

  /** One line: {@code plan.yaml:12:7: /interventions/3/amount: expected ...}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(source);
    if (line > 0) {
      s.append(':').append(line);
      if (column > 0) {
        s.append(':').append(column);
      }
    }
    s.append(": ");
    s.append(pointer.isRoot() ? "(document)" : pointer.toString()).append(": ");
    return s.append(message).toString();
  }
}
