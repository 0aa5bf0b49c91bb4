package it.pianozona.cli;

import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.io.WorkbookWriter;
import it.pianozona.core.templates.TemplateException;
import it.pianozona.core.templates.WorkbookTemplates;
import it.pianozona.core.text.Language;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pianozona template --framework ID --ambito ISTAT|--comuni LIST --output piano.xlsx}: a
 * workbook for an officer to fill, pre-filled with the ambito's comuni, the period and the
 * framework, with drop-down lists from the framework's catalogue.
 */
@Command(name = "template", mixinStandardHelpOptions = true)
final class TemplateCommand implements Callable<Integer> {

  @Option(
      names = "--framework",
      required = true,
      paramLabel = "${bundle:label.id}",
      descriptionKey = "framework")
  String framework;

  @Option(names = "--ambito", paramLabel = "ISTAT", descriptionKey = "ambito")
  Optional<String> ambito;

  @Option(names = "--comuni", paramLabel = "ISTAT,...", split = ",", descriptionKey = "comuni")
  List<String> comuni = new ArrayList<>();

  @Option(
      names = "--output",
      required = true,
      paramLabel = "${bundle:label.file}",
      descriptionKey = "output")
  Path output;

  @CommandLine.Mixin LanguageOption lang;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Language language = lang.language();
    PianoZona pianoZona = PianoZona.builder().build();
    Optional<Framework> chosen = pianoZona.frameworks().byId(framework);
    if (chosen.isEmpty()) {
      return fail(
          err,
          "--framework: "
              + Texts.get(
                  language,
                  "framework.unknown",
                  framework,
                  pianoZona.frameworks().frameworks().stream()
                      .map(Framework::id)
                      .collect(Collectors.joining(", "))));
    }
    Framework f = chosen.get();
    if (ambito.isPresent() == !comuni.isEmpty()) {
      return fail(err, Texts.get(language, "template.ambitoOrComuni"));
    }
    WorkbookWriter.Template template;
    try {
      template =
          ambito.isPresent()
              ? WorkbookTemplates.forAmbito(f, ambito.get())
              : WorkbookTemplates.forComuni(f, comuni);
    } catch (TemplateException e) {
      String message = e.message(language);
      if (e.reason() == TemplateException.Reason.NO_AMBITO) {
        message += Texts.get(language, "template.comuniHint");
      }
      return fail(err, message);
    }
    try {
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      WorkbookWriter.template(template, WorkbookTemplates.lists(f), output);
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      return fail(
          err, Texts.get(language, "output.cannotWrite", output, Output.reason(e, language)));
    }
    out.println(Texts.get(language, "template.written", output, template.comuni().size(), f.id()));
    out.flush();
    return PianoZonaCli.OK;
  }

  private static int fail(PrintWriter err, String message) {
    err.println("pianozona: " + message);
    err.flush();
    return PianoZonaCli.UNUSABLE;
  }
}
