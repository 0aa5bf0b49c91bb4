/** The pianozona command line and example programs. */
module it.pianozona.examples {
  requires it.pianozona.core;
  requires info.picocli;

  opens it.pianozona.examples.cli to info.picocli;

  uses it.pianozona.core.framework.FrameworkProvider;
}
