/** Scoring results: a total out of 100 and an explained breakdown by criterion. */
package it.pianozona.core.scoring;
