/** The pianozona command line: picocli commands over the core and report libraries. */
module it.pianozona.cli {
  requires it.pianozona.core;
  requires it.pianozona.report;
  requires it.pianozona.server;
  requires info.picocli;

  opens it.pianozona.cli to
      info.picocli;

  uses it.pianozona.core.framework.FrameworkProvider;
}
