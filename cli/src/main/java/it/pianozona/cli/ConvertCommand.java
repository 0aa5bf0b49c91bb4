package it.pianozona.cli;

import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.io.DocumentException;
import it.pianozona.core.io.DocumentFormat;
import it.pianozona.core.io.PlanReader;
import it.pianozona.core.io.PlanWriter;
import it.pianozona.core.io.WorkbookWriter;
import it.pianozona.core.model.Plan;
import it.pianozona.core.templates.WorkbookTemplates;
import it.pianozona.core.text.Language;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pianozona convert PLAN --to xlsx|yaml|json}: the same plan in another form, nothing lost.
 * A workbook gets the drop-down lists of the plan's framework.
 */
@Command(name = "convert", mixinStandardHelpOptions = true)
final class ConvertCommand implements Callable<Integer> {

  /** The forms a plan converts to. */
  enum Target {
    xlsx,
    yaml,
    json
  }

  @Parameters(index = "0", paramLabel = "${bundle:label.file}", descriptionKey = "file")
  Path file;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "${bundle:label.format}",
      descriptionKey = "to")
  Target to;

  @Option(names = "--output", paramLabel = "${bundle:label.file}", descriptionKey = "output")
  Optional<Path> output;

  @CommandLine.Mixin LanguageOption lang;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Language language = lang.language();
    Path target = output.orElseGet(() -> beside(file, to));
    if (!Output.safe(Optional.of(target), List.of(file), err, language)) {
      return PianoZonaCli.UNUSABLE;
    }
    Plan plan;
    try {
      plan = PlanReader.create().read(file).plan();
    } catch (DocumentException e) {
      err.println(e.message(language));
      err.flush();
      return PianoZonaCli.UNUSABLE;
    }
    try {
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      if (to == Target.xlsx) {
        Optional<Framework> framework = framework(plan);
        if (framework.isEmpty()) {
          err.println("pianozona: " + Texts.get(language, "convert.noLists", plan.id()));
        }
        WorkbookWriter.write(
            plan,
            framework.map(WorkbookTemplates::lists).orElse(WorkbookWriter.Lists.NONE),
            target);
      } else {
        String text =
            PlanWriter.write(plan, to == Target.yaml ? DocumentFormat.YAML : DocumentFormat.JSON);
        if (!Output.writeFile(target, text, err, language)) {
          return PianoZonaCli.UNUSABLE;
        }
      }
    } catch (DocumentException e) {
      err.println(e.message(language));
      err.flush();
      return PianoZonaCli.UNUSABLE;
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      err.println(
          "pianozona: "
              + Texts.get(language, "output.cannotWrite", target, Output.reason(e, language)));
      err.flush();
      return PianoZonaCli.UNUSABLE;
    }
    out.println(Texts.get(language, "convert.written", target));
    out.flush();
    return PianoZonaCli.OK;
  }

  /** The plan's framework, for the drop-down lists; none when no installed one fits. */
  private static Optional<Framework> framework(Plan plan) {
    try {
      return Optional.of(PianoZona.builder().build().frameworks().select(plan));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The file beside the input with the target's extension: {@code piano.yaml} to {@code
   * piano.xlsx}.
   */
  static Path beside(Path file, Target to) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    return file.resolveSibling(base + "." + to.name().toLowerCase(Locale.ROOT));
  }
}
