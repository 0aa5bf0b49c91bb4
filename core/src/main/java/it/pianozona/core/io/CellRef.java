package it.pianozona.core.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A cell of a workbook, as a spreadsheet names it: {@code Interventi!C12}. Findings and problems of
 * a plan read from a workbook carry it, so that the officer goes straight to the cell to fix.
 *
 * @param sheet the sheet's name
 * @param row the row, from 1
 * @param column the column, from 1 ({@code A} is 1)
 * @since 0.1
 */
public record CellRef(String sheet, int row, int column) {

  public CellRef {
    requireNonNull(sheet, "sheet");
    checkArgument(row >= 1, "row is counted from 1");
    checkArgument(column >= 1, "column is counted from 1");
  }

  /** The column's letters: 1 is {@code A}, 27 is {@code AA}. */
  public static String columnName(int column) {
    checkArgument(column >= 1, "column is counted from 1");
    StringBuilder s = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      s.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return s.toString();
  }

  /** The cell within its sheet, such as {@code C12}. */
  public String address() {
    return columnName(column) + row;
  }

  /**
   * {@code Interventi!C12}; a sheet name that is not a plain word is quoted as spreadsheets quote
   * it: {@code 'Foglio 1'!A1}.
   */
  @Override
  public String toString() {
    boolean plain = sheet.matches("[A-Za-z_][A-Za-z0-9_]*");
    return (plain ? sheet : "'" + sheet.replace("'", "''") + "'") + "!" + address();
  }
}
