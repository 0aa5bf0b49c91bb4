/** The pianozona command line: validate, score, explain, list, batch-check, compare. */
package it.pianozona.cli;
