/** The contract every region module passes, with generators of plans and report assertions. */
package it.pianozona.tck;
