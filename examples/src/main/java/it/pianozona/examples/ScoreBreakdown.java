package it.pianozona.examples;

import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.io.DocumentException;
import it.pianozona.core.scoring.CriterionScore;
import it.pianozona.core.scoring.Score;
import it.pianozona.core.text.Language;
import it.pianozona.core.text.Message;
import java.nio.file.Path;

/**
 * Scores a plan and prints the breakdown: each criterion with the points it gave out of its weight,
 * the facts it counted and the act or guideline behind it. A criterion that could not be measured
 * is left out of the total, and says so.
 *
 * <pre>java -cp examples/target/pianozona-examples.jar it.pianozona.examples.ScoreBreakdown FILE
 * </pre>
 */
public final class ScoreBreakdown {

  private ScoreBreakdown() {}

  public static void main(String[] args) {
    PianoZona pz = PianoZona.create();
    Evaluation e;
    try {
      e = pz.evaluate(pz.read(Path.of(args[0])).plan());
    } catch (DocumentException ex) {
      ex.problems().forEach(System.out::println);
      return;
    }
    Score score = e.score();
    System.out.printf(
        "%s%nFramework %s: %s / 100%n%n", e.plan().title(), e.framework().id(), score.total());
    for (CriterionScore c : score.criteria()) {
      String points =
          c.applicable()
              ? c.points() + " / " + c.weight()
              : "not applicable (weight " + c.weight() + " left out of the total)";
      System.out.printf("%-22s %s%n  %s%n", c.id(), points, c.name(Language.EN));
      for (Message evidence : c.evidence()) {
        System.out.println("  - " + evidence.render(Language.EN));
      }
      System.out.println("  basis: " + c.basis().citation());
    }
  }
}
