package it.pianozona.examples;

import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.io.DocumentException;
import it.pianozona.core.model.Region;
import it.pianozona.core.text.Language;
import java.nio.file.Path;

/**
 * Shows a region of one's own found through {@link java.util.ServiceLoader}: the FICTIONAL "Regione
 * Immaginaria" of {@link it.pianozona.examples.immaginaria.ImmaginariaFrameworks}. Its provider is
 * registered in {@code examples/fictional-region/META-INF/services}, a folder that is not part of
 * the command-line jar, so it is found only when that folder is on the class path:
 *
 * <pre>
 * java -cp examples/target/pianozona-examples.jar:examples/fictional-region \
 *     it.pianozona.examples.NewRegion examples/fictional-region/immaginaria-2025-2027.yaml
 * </pre>
 */
public final class NewRegion {

  private NewRegion() {}

  public static void main(String[] args) {
    PianoZona pz = PianoZona.create();
    var found = pz.frameworks().frameworks(Region.MOLISE);
    if (found.isEmpty()) {
      System.out.println(
          "No framework for the fictional region was found: put"
              + " examples/fictional-region on the class path.");
      return;
    }
    for (Framework f : found) {
      System.out.println(
          "Found "
              + f.id()
              + ": "
              + f.title()
              + " ("
              + f.validity()
              + ", "
              + pz.rulesFor(f).size()
              + " rules, "
              + f.rules().size()
              + " of its own)");
    }
    if (args.length == 0) {
      return;
    }
    try {
      Evaluation e = pz.evaluate(pz.read(Path.of(args[0])).plan());
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
                          + f.message(Language.EN)));
      System.out.println("Score: " + e.score().total() + " / 100");
    } catch (DocumentException e) {
      e.problems().forEach(System.out::println);
    }
  }
}
