package it.pianozona.core.io;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Limits on what a document may be, so that a hostile or broken file is refused quickly with a
 * clear message instead of exhausting memory. Enforced by Jackson's own read constraints and
 * SnakeYAML's loader options, plus a count of interventions; a workbook, a zip of XML parts, is
 * also held to limits on what its parts inflate to, checked before any part is parsed.
 *
 * @param maxDocumentBytes the largest document accepted, in bytes (for a workbook, the file)
 * @param maxNestingDepth the deepest nesting of objects and lists (a plan needs about 6)
 * @param maxStringLength the longest single text value, in characters (for a workbook, a cell)
 * @param maxInterventions the most interventions one plan may list
 * @param maxInflatedBytes the most bytes a workbook's parts may inflate to, all together
 * @param maxCompressionRatio the most a workbook part may inflate, as a multiple of its compressed
 *     size (a zip bomb inflates thousands of times)
 * @param maxWorkbookParts the most parts (zip entries) a workbook may hold
 * @param maxSheetRows the most rows a workbook sheet may hold
 * @param maxWorkbookCells the most cell slots a workbook's sheets may make the reader hold, all
 *     together: each row counts from column A to its last cell, and at least as much as the widest
 *     row before it in its sheet, as FastExcel holds them (a damaged or hostile reference such as
 *     {@code ZZZZZZ1} would otherwise claim hundreds of millions); a 10,000-intervention plan needs
 *     one to two million
 * @since 0.1
 */
public record ReadLimits(
    int maxDocumentBytes,
    int maxNestingDepth,
    int maxStringLength,
    int maxInterventions,
    long maxInflatedBytes,
    int maxCompressionRatio,
    int maxWorkbookParts,
    int maxSheetRows,
    int maxWorkbookCells) {

  /**
   * 16 MiB, depth 64, 100,000 characters per text, 20,000 interventions; a workbook's parts at most
   * 128 MiB inflated, 200 times their compressed size, 1,000 parts, 100,000 rows per sheet,
   * 10,000,000 cells spanned.
   */
  public static final ReadLimits DEFAULT =
      new ReadLimits(
          16 * 1024 * 1024,
          64,
          100_000,
          20_000,
          128L * 1024 * 1024,
          200,
          1_000,
          100_000,
          10_000_000);

  public ReadLimits {
    checkArgument(maxDocumentBytes > 0, "maxDocumentBytes must be positive");
    checkArgument(maxNestingDepth >= 8, "maxNestingDepth must be at least 8");
    checkArgument(maxStringLength > 0, "maxStringLength must be positive");
    checkArgument(maxInterventions > 0, "maxInterventions must be positive");
    checkArgument(maxInflatedBytes > 0, "maxInflatedBytes must be positive");
    checkArgument(maxCompressionRatio > 0, "maxCompressionRatio must be positive");
    checkArgument(maxWorkbookParts > 0, "maxWorkbookParts must be positive");
    checkArgument(maxSheetRows > 0, "maxSheetRows must be positive");
    checkArgument(maxWorkbookCells > 0, "maxWorkbookCells must be positive");
  }

  /** The limits of version 0.1, before {@code maxWorkbookCells}, with its default. */
  public ReadLimits(
      int maxDocumentBytes,
      int maxNestingDepth,
      int maxStringLength,
      int maxInterventions,
      long maxInflatedBytes,
      int maxCompressionRatio,
      int maxWorkbookParts,
      int maxSheetRows) {
    this(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxInterventions,
        maxInflatedBytes,
        maxCompressionRatio,
        maxWorkbookParts,
        maxSheetRows,
        DEFAULT_CELLS);
  }

  /** The text limits of earlier versions, with the default workbook limits. */
  public ReadLimits(
      int maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxInterventions) {
    this(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxInterventions,
        DEFAULT_INFLATED,
        DEFAULT_RATIO,
        DEFAULT_PARTS,
        DEFAULT_ROWS);
  }

  private static final long DEFAULT_INFLATED = 128L * 1024 * 1024;
  private static final int DEFAULT_RATIO = 200;
  private static final int DEFAULT_PARTS = 1_000;
  private static final int DEFAULT_ROWS = 100_000;
  private static final int DEFAULT_CELLS = 10_000_000;

  public ReadLimits withMaxDocumentBytes(int value) {
    return new ReadLimits(
        value,
        maxNestingDepth,
        maxStringLength,
        maxInterventions,
        maxInflatedBytes,
        maxCompressionRatio,
        maxWorkbookParts,
        maxSheetRows,
        maxWorkbookCells);
  }

  public ReadLimits withMaxNestingDepth(int value) {
    return new ReadLimits(
        maxDocumentBytes,
        value,
        maxStringLength,
        maxInterventions,
        maxInflatedBytes,
        maxCompressionRatio,
        maxWorkbookParts,
        maxSheetRows,
        maxWorkbookCells);
  }

  public ReadLimits withMaxStringLength(int value) {
    return new ReadLimits(
        maxDocumentBytes,
        maxNestingDepth,
        value,
        maxInterventions,
        maxInflatedBytes,
        maxCompressionRatio,
        maxWorkbookParts,
        maxSheetRows,
        maxWorkbookCells);
  }

  public ReadLimits withMaxInterventions(int value) {
    return new ReadLimits(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        value,
        maxInflatedBytes,
        maxCompressionRatio,
        maxWorkbookParts,
        maxSheetRows,
        maxWorkbookCells);
  }

  public ReadLimits withMaxInflatedBytes(long value) {
    return new ReadLimits(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxInterventions,
        value,
        maxCompressionRatio,
        maxWorkbookParts,
        maxSheetRows,
        maxWorkbookCells);
  }

  public ReadLimits withMaxCompressionRatio(int value) {
    return new ReadLimits(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxInterventions,
        maxInflatedBytes,
        value,
        maxWorkbookParts,
        maxSheetRows,
        maxWorkbookCells);
  }

  public ReadLimits withMaxWorkbookParts(int value) {
    return new ReadLimits(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxInterventions,
        maxInflatedBytes,
        maxCompressionRatio,
        value,
        maxSheetRows,
        maxWorkbookCells);
  }

  public ReadLimits withMaxSheetRows(int value) {
    return new ReadLimits(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxInterventions,
        maxInflatedBytes,
        maxCompressionRatio,
        maxWorkbookParts,
        value,
        maxWorkbookCells);
  }

  public ReadLimits withMaxWorkbookCells(int value) {
    return new ReadLimits(
        maxDocumentBytes,
        maxNestingDepth,
        maxStringLength,
        maxInterventions,
        maxInflatedBytes,
        maxCompressionRatio,
        maxWorkbookParts,
        maxSheetRows,
        value);
  }
}
