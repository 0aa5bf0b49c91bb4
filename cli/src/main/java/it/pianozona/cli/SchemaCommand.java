package it.pianozona.cli;

import it.pianozona.core.io.PlanSchema;
import it.pianozona.report.Reports;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pianozona schema}: the JSON Schema of the plan document (or of the JSON report). */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description =
        "Prints the JSON Schema (draft 2020-12) of the plan document, for editors and"
            + " other tools; with --report, the schema of the JSON report instead.",
    footer = {
      "",
      "Exit codes: 0 printed, 2 wrong arguments or the file cannot be written.",
      "",
      "Examples:",
      "  pianozona schema --output plan.schema.json",
      "  pianozona schema --report"
    })
final class SchemaCommand implements Callable<Integer> {

  @Option(
      names = "--report",
      description = "Print the schema of the JSON report ('validate --format json') instead.")
  boolean report;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the schema to this file instead of standard output.")
  Optional<Path> output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String text = report ? Reports.reportSchema() : PlanSchema.text();
    return Output.write(output, text, out, err, List.of())
        ? PianoZonaCli.OK
        : PianoZonaCli.UNUSABLE;
  }
}
