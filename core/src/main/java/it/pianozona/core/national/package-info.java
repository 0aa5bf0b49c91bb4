/** The rules national law sets for every Piano di Zona, and the national reference data. */
package it.pianozona.core.national;
