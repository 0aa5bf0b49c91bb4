/** The web service's routes, problems and page: never part of the API. */
package it.pianozona.server.internal;
