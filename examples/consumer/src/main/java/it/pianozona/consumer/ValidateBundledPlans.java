package it.pianozona.consumer;

import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FrameworkSelectionException;
import it.pianozona.core.io.DocumentException;
import it.pianozona.core.io.PlanDocument;
import it.pianozona.core.io.ReportJson;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Validates every plan in a folder with pianozona as a library, as municipal software would, and
 * fails (exit 1) if no region was found, no plan was read, a plan cannot be read or one has an
 * ERROR finding. It says whether it ran on the module path, to show the module descriptors work.
 */
public final class ValidateBundledPlans {

  private ValidateBundledPlans() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/plans");
    PianoZona pianoZona = PianoZona.create();
    List<Framework> frameworks = pianoZona.frameworks().frameworks();
    System.out.println("pianozona-core as " + describe(PianoZona.class.getModule()) + "; "
        + frameworks.size() + " frameworks found: " + frameworks.stream().map(Framework::id)
        .collect(Collectors.joining(", ")));
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(f -> f.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList();
    }
    int failures = 0;
    for (Path file : files) {
      try {
        PlanDocument document = pianoZona.read(file);
        Evaluation e = pianoZona.evaluate(document.plan());
        String json = ReportJson.write(e.plan(), Optional.of(document), e.framework(),
            e.report(), e.score(), Language.EN);
        System.out.printf("%-52s %-22s errors %d, warnings %d, score %s, report %d bytes%n",
            file, e.framework().id(), e.report().count(Severity.ERROR),
            e.report().count(Severity.WARNING), e.score().total(), json.length());
        if (e.report().hasErrors()) {
          failures++;
        }
      } catch (DocumentException | FrameworkSelectionException ex) {
        System.out.println(file + ": " + ex.getMessage());
        failures++;
      }
    }
    if (frameworks.isEmpty() || files.isEmpty() || failures > 0) {
      System.out.println("consumer: FAILED (" + frameworks.size() + " frameworks, "
          + files.size() + " plans, " + failures + " failures)");
      System.exit(1);
    }
    System.out.println("consumer: " + files.size() + " plans validated");
  }

  private static String describe(Module module) {
    return module.isNamed() ? "module " + module.getName() : "class-path library";
  }
}
