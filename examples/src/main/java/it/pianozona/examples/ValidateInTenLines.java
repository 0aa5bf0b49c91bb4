package it.pianozona.examples;

import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.io.DocumentException;
import it.pianozona.core.text.Language;
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
    PianoZona pz = PianoZona.create(); // finds every region on the class path
    try {
      Evaluation e = pz.evaluate(pz.read(Path.of(args[0])).plan()); // never throws for a plan
      System.out.println(e.plan().title() + " [" + e.framework().id() + "]");
      e.report()
          .findings()
          .forEach(
              f ->
                  System.out.println(
                      f.severity()
                          + " "
                          + f.code()
                          + " "
                          + f.pointer()
                          + ": "
                          + f.message(Language.EN)
                          + " ("
                          + f.legalBasis().citation()
                          + ")"));
      System.out.println("Score: " + e.score().total() + " / 100");
    } catch (DocumentException e) { // one line per problem: file:line:col
      e.problems().forEach(System.out::println);
    }
  }
}
