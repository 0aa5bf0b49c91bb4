package it.pianozona.examples;

import it.pianozona.core.Check;
import it.pianozona.core.CheckedPlan;
import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.Finding;
import java.nio.file.Path;

/**
 * Validates a plan from Java in ten lines: read the document, check it under the framework of its
 * region and period, print each finding with its act, then the score.
 *
 * <pre>
 * java -cp examples/target/pianozona-examples.jar it.pianozona.examples.ValidateInTenLines FILE
 * </pre>
 */
public final class ValidateInTenLines {

  private ValidateInTenLines() {}

  public static void main(String[] args) {
    Check check = PianoZona.create().check(Path.of(args[0])); // every region; never throws
    check.problems().forEach(System.out::println); // one line per problem: file:line:col
    for (Evaluation e : check.checked().map(CheckedPlan::evaluation).stream().toList()) {
      System.out.println(e.plan().title() + " [" + e.framework().id() + "]");
      for (Finding f : e.report().findings()) {
        String what = f.code() + " " + f.pointer() + ": " + f.message(Language.EN);
        System.out.println(f.severity() + " " + what + " (" + f.legalBasis().citation() + ")");
      }
      System.out.println("Score: " + e.score().total() + " / 100");
    }
  }
}
