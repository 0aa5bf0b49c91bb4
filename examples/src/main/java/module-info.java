/** The pianozona example programs and the fictional region they show how to add. */
module it.pianozona.examples {
  requires it.pianozona.core;
  requires it.pianozona.report;

  exports it.pianozona.examples;

  uses it.pianozona.core.framework.FrameworkProvider;
}
