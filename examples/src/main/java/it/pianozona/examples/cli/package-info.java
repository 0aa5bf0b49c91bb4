/** The pianozona command line: validate and score plans, list frameworks. */
package it.pianozona.examples.cli;
