package it.pianozona.core.io;

/**
 * A position in a document's text.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 * @since 0.1
 */
public record TextPosition(int line, int column) {}
