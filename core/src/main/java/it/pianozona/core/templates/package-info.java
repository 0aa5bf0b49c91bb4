/**
 * Workbook templates: the workbook an officer fills, built for a framework and an ambito, with the
 * framework's drop-down lists. The command line's {@code template} and any application (a web
 * service, a regional portal) build it the same way.
 */
package it.pianozona.core.templates;
