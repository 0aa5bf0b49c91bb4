/**
 * Reports of evaluated plans in every format, the comparison of two plans, and the batch run over a
 * folder with its index page.
 */
package it.pianozona.report;
