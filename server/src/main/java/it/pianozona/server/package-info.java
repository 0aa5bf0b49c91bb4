/** The pianozona web service: {@link it.pianozona.server.PlanServer} and its settings. */
package it.pianozona.server;
