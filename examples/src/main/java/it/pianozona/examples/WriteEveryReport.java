package it.pianozona.examples;

import it.pianozona.core.Check;
import it.pianozona.core.CheckedPlan;
import it.pianozona.core.PianoZona;
import it.pianozona.core.text.Language;
import it.pianozona.report.DiffReport;
import it.pianozona.report.PlanDiff;
import it.pianozona.report.ReportFormat;
import it.pianozona.report.Reports;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes every report format of a plan, and the comparison of two plans, from Java with
 * pianozona-report alone: what an application that shows reports to its users does.
 *
 * <pre>java -cp examples/target/pianozona-examples.jar it.pianozona.examples.WriteEveryReport \
 *     OLD.yaml NEW.yaml OUTPUT-FOLDER</pre>
 *
 * <p>It writes {@code report.txt}, {@code .json}, {@code .md}, {@code .html} and {@code .sarif} of
 * the newer plan, and {@code diff.txt} and {@code diff.json}, in Italian.
 */
public final class WriteEveryReport {

  private WriteEveryReport() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: WriteEveryReport OLD.yaml NEW.yaml OUTPUT-FOLDER");
      System.exit(2);
    }
    PianoZona pz = PianoZona.create();
    Check older = pz.check(Path.of(args[0]));
    Check newer = pz.check(Path.of(args[1]));
    if (!older.usable() || !newer.usable()) { // one located line per problem
      older.problems().forEach(System.err::println);
      newer.problems().forEach(System.err::println);
      System.exit(2);
    }
    CheckedPlan plan = newer.checked().orElseThrow();
    Path out = Files.createDirectories(Path.of(args[2]));
    for (ReportFormat format : ReportFormat.values()) {
      Path file = out.resolve("report." + format.extension());
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        Reports.write(format, List.of(plan), Language.IT, w);
      }
      System.out.println(format + ": " + file + " (" + Files.size(file) + " bytes)");
    }
    PlanDiff diff = PlanDiff.of(older.checked().orElseThrow(), plan, Language.IT);
    for (ReportFormat format : List.of(ReportFormat.TEXT, ReportFormat.JSON)) {
      Path file = out.resolve("diff." + format.extension());
      Files.writeString(file, DiffReport.render(diff, format, Language.IT));
      System.out.println(
          "diff "
              + format
              + ": "
              + file
              + " ("
              + diff.added().size()
              + " interventions added, "
              + diff.removed().size()
              + " removed)");
    }
  }
}
