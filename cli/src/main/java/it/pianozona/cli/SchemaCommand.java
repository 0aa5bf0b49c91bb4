package it.pianozona.cli;

import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Framework;
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

/**
 * {@code pianozona schema}: the JSON Schema of the plan document (or of the JSON report); with
 * {@code --framework}, closed to that framework's funding sources and contents sections.
 */
@Command(name = "schema", mixinStandardHelpOptions = true)
final class SchemaCommand implements Callable<Integer> {

  @Option(names = "--report", descriptionKey = "report")
  boolean report;

  @Option(names = "--output", paramLabel = "${bundle:label.file}", descriptionKey = "output")
  Optional<Path> output;

  @Option(names = "--framework", paramLabel = "${bundle:label.id}", descriptionKey = "framework")
  Optional<String> framework;

  @CommandLine.Mixin LanguageOption lang;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String text;
    if (report) {
      text = Reports.reportSchema();
    } else if (framework.isPresent()) {
      Optional<Framework> chosen =
          Checker.create(PianoZona.builder().build(), framework, err, lang.language())
              .flatMap(c -> c.pianoZona().frameworks().byId(framework.get()));
      if (chosen.isEmpty()) {
        return PianoZonaCli.UNUSABLE;
      }
      text = Reports.planSchema(chosen.get());
    } else {
      text = PlanSchema.text();
    }
    return Output.write(output, text, out, err, List.of(), lang.language())
        ? PianoZonaCli.OK
        : PianoZonaCli.UNUSABLE;
  }
}
