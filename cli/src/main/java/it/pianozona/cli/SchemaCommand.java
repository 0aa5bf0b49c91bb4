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
@Command(name = "schema", mixinStandardHelpOptions = true)
final class SchemaCommand implements Callable<Integer> {

  @Option(names = "--report", descriptionKey = "report")
  boolean report;

  @Option(names = "--output", paramLabel = "${bundle:label.file}", descriptionKey = "output")
  Optional<Path> output;

  @CommandLine.Mixin LanguageOption lang;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String text = report ? Reports.reportSchema() : PlanSchema.text();
    return Output.write(output, text, out, err, List.of(), lang.language())
        ? PianoZonaCli.OK
        : PianoZonaCli.UNUSABLE;
  }
}
