package it.pianozona.consumer;

import it.pianozona.core.Check;
import it.pianozona.core.CheckedPlan;
import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.Severity;
import it.pianozona.report.Batch;
import it.pianozona.report.BatchResult;
import it.pianozona.report.DiffReport;
import it.pianozona.report.PlanDiff;
import it.pianozona.report.ReportFormat;
import it.pianozona.report.Reports;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Validates every plan in a folder with pianozona as a library, as municipal software would,
 * then writes what such software shows its users with pianozona-report alone: one SARIF log of
 * all plans, an HTML report, a comparison of two plans and a batch run with its index page. It
 * fails (exit 1) if no region was found, no plan was read, a plan cannot be read, one has an
 * ERROR finding or a report is missing. It says whether it ran on the module path, to show the
 * module descriptors work.
 */
public final class ValidateBundledPlans {

  private ValidateBundledPlans() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/plans");
    Path out = Path.of(args.length > 1 ? args[1] : "examples/consumer/target/reports");
    PianoZona pianoZona = PianoZona.create();
    List<Framework> frameworks = pianoZona.frameworks().frameworks();
    System.out.println("pianozona-core as " + describe(PianoZona.class.getModule())
        + ", pianozona-report as " + describe(Reports.class.getModule()) + "; "
        + frameworks.size() + " frameworks found: " + frameworks.stream().map(Framework::id)
        .collect(Collectors.joining(", ")));
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(f -> f.toString().matches(".*\\.(ya?ml|json|xlsx)$")).sorted().toList();
    }
    int failures = 0;
    List<CheckedPlan> checked = new ArrayList<>();
    for (Path file : files) {
      Check check = pianoZona.check(file);
      if (check.checked().isEmpty()) {
        check.problems().forEach(System.out::println);
        failures++;
        continue;
      }
      CheckedPlan c = check.checked().get();
      checked.add(c);
      var e = c.evaluation();
      System.out.printf("%-52s %-22s errors %d, warnings %d, score %s%n", file,
          e.framework().id(), e.report().count(Severity.ERROR),
          e.report().count(Severity.WARNING), e.score().total());
      if (e.report().hasErrors()) {
        failures++;
      }
    }
    if (frameworks.isEmpty() || checked.size() < 2 || failures > 0) {
      System.out.println("consumer: FAILED (" + frameworks.size() + " frameworks, "
          + files.size() + " plans, " + failures + " failures)");
      System.exit(1);
    }

    Files.createDirectories(out);
    try (OutputStream sarif = Files.newOutputStream(out.resolve("plans.sarif"))) {
      Reports.write(ReportFormat.SARIF, checked, Language.EN, sarif);
    }
    try (OutputStream html = Files.newOutputStream(out.resolve("first.html"))) {
      Reports.write(ReportFormat.HTML, List.of(checked.get(0)), Language.IT, html);
    }
    PlanDiff diff = PlanDiff.of(checked.get(0), checked.get(1), Language.IT);
    Files.writeString(out.resolve("diff.json"), DiffReport.render(diff, ReportFormat.JSON,
        Language.IT));
    BatchResult batch = Batch.builder(pianoZona, dir).output(out.resolve("batch")).build().run();
    List<Path> written = List.of(out.resolve("plans.sarif"), out.resolve("first.html"),
        out.resolve("diff.json"), batch.index().orElse(out.resolve("batch/index.html")));
    for (Path p : written) {
      if (!Files.isRegularFile(p) || Files.size(p) == 0) {
        System.out.println("consumer: FAILED (" + p + " was not written)");
        System.exit(1);
      }
    }
    if (!batch.complete() || batch.rows().size() != files.size()) {
      System.out.println("consumer: FAILED (the batch run did not check every plan)");
      System.exit(1);
    }
    System.out.println("consumer: " + files.size() + " plans validated; SARIF, HTML, diff and"
        + " batch index written to " + out);
  }

  private static String describe(Module module) {
    return module.isNamed() ? "module " + module.getName() : "class-path library";
  }
}
