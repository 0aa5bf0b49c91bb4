/** Scoring criteria every framework may weigh, built on national law. */
package it.pianozona.core.criteria;
