/**
 * pianozona TCK: the contract every regional framework module passes, with jqwik generators of
 * valid and broken plans, fluent report assertions and the golden-scenario runner.
 */
module it.pianozona.tck {
  requires transitive it.pianozona.core;
  requires transitive org.junit.jupiter.api;
  requires transitive net.jqwik.api;
  requires transitive com.tngtech.archunit;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;

  exports it.pianozona.tck;

  // JUnit and jqwik find and run the contract's test methods by reflection.
  opens it.pianozona.tck to
      org.junit.platform.commons,
      net.jqwik.engine;

  uses it.pianozona.core.framework.FrameworkProvider;
}
