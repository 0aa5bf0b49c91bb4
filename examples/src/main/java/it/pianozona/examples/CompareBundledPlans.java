package it.pianozona.examples;

import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.FrameworkSelectionException;
import it.pianozona.core.io.DocumentException;
import it.pianozona.core.model.Plan;
import it.pianozona.core.validation.Severity;
import it.pianozona.report.PlanMoney;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Loads every plan in a folder (by default the bundled real plans) and compares them side by side:
 * framework, residents, money allocated and per resident, findings and score, best score first.
 * Plans of different regions and cycles are each checked under their own framework, so scores
 * compare how well each plan meets its own rules, not the plans' absolute quality.
 *
 * <pre>
 * java -cp examples/target/pianozona-examples.jar it.pianozona.examples.CompareBundledPlans [DIR]
 * </pre>
 */
public final class CompareBundledPlans {

  private CompareBundledPlans() {}

  /** One plan's line in the comparison. */
  record Line(Plan plan, Evaluation evaluation, PlanMoney money) {}

  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/plans");
    PianoZona pz = PianoZona.create();
    List<Line> lines = new ArrayList<>();
    for (Path file : planFiles(dir)) {
      try {
        Plan plan = pz.read(file).plan();
        lines.add(new Line(plan, pz.evaluate(plan), PlanMoney.of(plan)));
      } catch (DocumentException e) {
        e.problems().forEach(System.out::println);
      } catch (FrameworkSelectionException e) {
        System.out.println(file + ": " + e.getMessage());
      }
    }
    lines.sort(
        Comparator.comparing((Line l) -> l.evaluation().score().total())
            .reversed()
            .thenComparing(l -> l.plan().id()));
    System.out.printf(
        "%-34s %-22s %9s %16s %9s %4s %4s %6s%n",
        "plan", "framework", "residents", "allocated (EUR)", "per head", "err", "warn", "score");
    for (Line l : lines) {
      String perHead = l.money().perCapita(l.plan()).map(BigDecimal::toPlainString).orElse("-");
      System.out.printf(
          Locale.ROOT,
          "%-34s %-22s %9d %16s %9s %4d %4d %6s%n",
          l.plan().id(),
          l.evaluation().framework().id(),
          l.plan().ambito().population(),
          l.money().allocated(),
          perHead,
          l.evaluation().report().count(Severity.ERROR),
          l.evaluation().report().count(Severity.WARNING),
          l.evaluation().score().total());
    }
    System.out.println(lines.size() + " plans compared");
  }

  static List<Path> planFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().matches(".*\\.(ya?ml|json)$")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
