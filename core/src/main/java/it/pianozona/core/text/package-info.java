/** Messages and data prose in Italian and English, rendered in the language each call chooses. */
package it.pianozona.core.text;
