package it.pianozona.cli;

import it.pianozona.core.PianoZona;
import it.pianozona.core.config.Configuration;
import it.pianozona.core.io.DocumentException;
import it.pianozona.core.text.Language;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options that configure the library itself, shared by every command that uses it. */
final class LibraryOptions {

  @Option(names = "--catalogue", paramLabel = "${bundle:label.file}", descriptionKey = "catalogue")
  List<Path> catalogues = new ArrayList<>();

  /** The files a command reads: its plans and these catalogues. */
  List<Path> reads(List<Path> plans) {
    List<Path> all = new ArrayList<>(plans);
    all.addAll(catalogues);
    return all;
  }

  /**
   * The library with every installed framework and the given catalogues, or empty after printing
   * why a catalogue cannot be used, in the language of the command.
   */
  Optional<PianoZona> create(PrintWriter err, Language language) {
    return create(err, language, Configuration.NONE, true);
  }

  /**
   * As {@link #create(PrintWriter, Language)}, tuned by a project configuration, whose problems
   * (such as a rule code no installed framework has) are printed the same way.
   *
   * @param warn whether to print the frameworks that failed to load: once per command
   */
  Optional<PianoZona> create(
      PrintWriter err, Language language, Configuration configuration, boolean warn) {
    PianoZona.Builder builder = PianoZona.builder().configuration(configuration);
    catalogues.forEach(builder::catalogue);
    try {
      PianoZona pianoZona = builder.build();
      if (warn) {
        pianoZona
            .frameworks()
            .problems()
            .forEach(p -> err.println("pianozona: " + Texts.get(language, "problem.warning", p)));
      }
      return Optional.of(pianoZona);
    } catch (DocumentException e) {
      e.problems().forEach(p -> err.println(p.render(language)));
      err.flush();
      return Optional.empty();
    }
  }
}
