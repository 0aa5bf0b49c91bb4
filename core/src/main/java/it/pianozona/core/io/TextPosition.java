package it.pianozona.core.io;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A position in a document: a line and column of its text, or, for a workbook, the cell (whose row
 * and column are then the line and column).
 *
 * @param line the line, from 1 (a workbook's row)
 * @param column the column, from 1 (a workbook's column, {@code A} being 1)
 * @param cell the workbook cell, empty for a text document
 * @since 0.1
 */
public record TextPosition(int line, int column, Optional<CellRef> cell) {

  public TextPosition {
    requireNonNull(cell, "cell");
  }

  /** A position in a text document. */
  public TextPosition(int line, int column) {
    this(line, column, Optional.empty());
  }

  /** The position of a workbook cell. */
  public static TextPosition of(CellRef cell) {
    return new TextPosition(cell.row(), cell.column(), Optional.of(cell));
  }
}
