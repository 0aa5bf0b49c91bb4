/** Regione Lombardia's planning frameworks for pianozona. */
module it.pianozona.rules.lombardia {
  requires transitive it.pianozona.core;

  exports it.pianozona.rules.lombardia;

  provides it.pianozona.core.framework.FrameworkProvider with
      it.pianozona.rules.lombardia.LombardiaFrameworks;
}
