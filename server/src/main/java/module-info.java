/**
 * The pianozona web service: the core and report libraries over HTTP, with a page for people, on an
 * embedded Javalin server. No rule logic of its own.
 */
module it.pianozona.server {
  requires transitive it.pianozona.core;
  requires it.pianozona.report;
  requires io.javalin;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports it.pianozona.server;

  uses it.pianozona.core.framework.FrameworkProvider;
}
