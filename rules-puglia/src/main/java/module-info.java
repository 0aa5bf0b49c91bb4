/** Regione Puglia's planning frameworks for pianozona. */
module it.pianozona.rules.puglia {
  requires transitive it.pianozona.core;

  exports it.pianozona.rules.puglia;

  provides it.pianozona.core.framework.FrameworkProvider with
      it.pianozona.rules.puglia.PugliaFrameworks;
}
