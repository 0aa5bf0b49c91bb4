/**
 * An application that embeds pianozona: needs only the core and the reports; regions are found
 * as services.
 */
module it.pianozona.consumer {
  requires it.pianozona.core;
  requires it.pianozona.report;
}
