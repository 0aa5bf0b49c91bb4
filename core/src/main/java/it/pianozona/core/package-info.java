/** The entry point of pianozona: read, validate and score Piani di Zona. */
package it.pianozona.core;
