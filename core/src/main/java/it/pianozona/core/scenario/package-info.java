/**
 * Golden scenarios run as a library: a plan checked against the findings and score it must give.
 */
package it.pianozona.core.scenario;
