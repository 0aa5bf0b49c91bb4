package it.pianozona.core.io;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Limits on what a document may be, so that a hostile or broken file is refused quickly with a
 * clear message instead of exhausting memory. Enforced by Jackson's own read constraints and
 * SnakeYAML's loader options, plus a count of interventions.
 *
 * @param maxDocumentBytes the largest document accepted, in bytes
 * @param maxNestingDepth the deepest nesting of objects and lists (a plan needs about 6)
 * @param maxStringLength the longest single text value, in characters
 * @param maxInterventions the most interventions one plan may list
 * @since 0.1
 */
public record ReadLimits(
    int maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxInterventions) {

  /** 16 MiB, depth 64, 100,000 characters per text, 20,000 interventions. */
  public static final ReadLimits DEFAULT = new ReadLimits(16 * 1024 * 1024, 64, 100_000, 20_000);

  public ReadLimits {
    checkArgument(maxDocumentBytes > 0, "maxDocumentBytes must be positive");
    checkArgument(maxNestingDepth >= 8, "maxNestingDepth must be at least 8");
    checkArgument(maxStringLength > 0, "maxStringLength must be positive");
    checkArgument(maxInterventions > 0, "maxInterventions must be positive");
  }

  public ReadLimits withMaxDocumentBytes(int value) {
    return new ReadLimits(value, maxNestingDepth, maxStringLength, maxInterventions);
  }

  public ReadLimits withMaxNestingDepth(int value) {
    return new ReadLimits(maxDocumentBytes, value, maxStringLength, maxInterventions);
  }

  public ReadLimits withMaxStringLength(int value) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, value, maxInterventions);
  }

  public ReadLimits withMaxInterventions(int value) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, value);
  }
}
