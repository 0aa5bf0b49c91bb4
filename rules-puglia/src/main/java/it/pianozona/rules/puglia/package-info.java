/** Regione Puglia's planning frameworks: L.R. 19/2006 and the regional plans, cycle by cycle. */
package it.pianozona.rules.puglia;
