/** Messages in Italian and English, built from template keys and arguments. */
package it.pianozona.core.text;
