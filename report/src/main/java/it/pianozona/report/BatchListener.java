package it.pianozona.report;

/**
 * Told of each plan as a batch run finishes it, so that a command line can draw a progress bar or a
 * server can stream progress. Called on one thread, in the order plans finish.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface BatchListener {

  /** A listener that ignores every plan. */
  BatchListener NONE = (done, total, row) -> {};

  /**
   * One more plan is done.
   *
   * @param done how many plans are done, this one included, from 1
   * @param total how many plans the run has
   * @param row what became of this plan
   */
  void planDone(int done, int total, BatchRow row);
}
