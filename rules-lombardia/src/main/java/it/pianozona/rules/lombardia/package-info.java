/** Regione Lombardia's planning frameworks, one per planning cycle. */
package it.pianozona.rules.lombardia;
