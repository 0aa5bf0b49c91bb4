/** Regione Basilicata's planning frameworks for pianozona. */
module it.pianozona.rules.basilicata {
  requires transitive it.pianozona.core;

  exports it.pianozona.rules.basilicata;

  provides it.pianozona.core.framework.FrameworkProvider with
      it.pianozona.rules.basilicata.BasilicataFrameworks;
}
