/** An application that embeds pianozona: needs only the core; regions are found as services. */
module it.pianozona.consumer {
  requires it.pianozona.core;
}
