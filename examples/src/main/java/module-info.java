/** The pianozona command line, its reports and the example programs. */
module it.pianozona.examples {
  requires it.pianozona.core;
  requires info.picocli;
  requires com.github.mustachejava;
  requires com.fasterxml.jackson.databind;

  exports it.pianozona.examples;
  exports it.pianozona.examples.report;

  opens it.pianozona.examples.cli to info.picocli;
  // Templates read their values from the report model by reflection.
  opens it.pianozona.examples.report to com.github.mustachejava;

  uses it.pianozona.core.framework.FrameworkProvider;
}
