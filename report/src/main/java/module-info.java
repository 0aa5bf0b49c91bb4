/**
 * pianozona reports: every report format (text, JSON, Markdown, HTML, SARIF), the comparison of two
 * plans and the batch run over a folder, as a library an application embeds.
 */
module it.pianozona.report {
  requires transitive it.pianozona.core;
  requires com.github.mustachejava;
  requires com.fasterxml.jackson.databind;

  exports it.pianozona.report;

  // Templates read their values from the report models by reflection.
  opens it.pianozona.report to
      com.github.mustachejava;
}
