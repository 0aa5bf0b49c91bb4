package it.pianozona.examples.cli;

import it.pianozona.core.io.PlanSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pianozona schema}: the JSON Schema of the plan document (or of the JSON report). */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Prints the JSON Schema (draft 2020-12) of the plan document, for editors and"
        + " other tools; with --report, the schema of the JSON report instead.",
    footer = {"", "Exit codes: 0 printed, 2 wrong arguments or the file cannot be written.", "",
        "Examples:", "  pianozona schema --output plan.schema.json",
        "  pianozona schema --report"})
final class SchemaCommand implements Callable<Integer> {

  /** The JSON report's schema, beside this class. */
  static final String REPORT_SCHEMA = "report.schema.json";

  @Option(names = "--report",
      description = "Print the schema of the JSON report ('validate --format json') instead.")
  boolean report;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the schema to this file instead of standard output.")
  Optional<Path> output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String text = report ? reportSchema() : PlanSchema.text();
    return Output.write(output, text, out, err) ? PianoZonaCli.OK : PianoZonaCli.UNUSABLE;
  }

  /** The JSON Schema of the report {@code validate --format json} writes. */
  static String reportSchema() {
    try (InputStream in = SchemaCommand.class.getResourceAsStream(REPORT_SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource missing: " + REPORT_SCHEMA);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
