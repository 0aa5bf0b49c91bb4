package it.pianozona.cli;

import it.pianozona.core.Check;
import it.pianozona.core.CheckedPlan;
import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.text.Language;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The library and the framework {@code --framework} forces, checked once for a command: an id that
 * is not installed is a wrong argument (one line, exit 2) before any file is read.
 */
final class Checker {

  private final PianoZona pianoZona;
  private final Function<Path, PianoZona> forFile;
  private final Optional<String> forced;
  private final Language language;

  private Checker(
      PianoZona pianoZona,
      Function<Path, PianoZona> forFile,
      Optional<String> forced,
      Language language) {
    this.pianoZona = pianoZona;
    this.forFile = forFile;
    this.forced = forced;
    this.language = language;
  }

  /**
   * A checker that checks each file with the library of its project configuration, or empty after
   * printing why the forced framework is not installed.
   */
  static Optional<Checker> create(
      Libraries libraries,
      Path first,
      Optional<String> forced,
      PrintWriter err,
      Language language) {
    return create(libraries.forInput(first), forced, err, language)
        .map(c -> new Checker(c.pianoZona, libraries::forInput, forced, language));
  }

  /**
   * A checker, or empty after printing why the forced framework is not installed.
   *
   * @param forced the id given with {@code --framework}, if any
   * @param language the language of that message and of the problems of the files it checks
   */
  static Optional<Checker> create(
      PianoZona pianoZona, Optional<String> forced, PrintWriter err, Language language) {
    if (forced.isPresent() && pianoZona.frameworks().byId(forced.get()).isEmpty()) {
      err.println(
          "pianozona: --framework: "
              + Texts.get(
                  language,
                  "framework.unknown",
                  forced.get(),
                  pianoZona.frameworks().frameworks().stream()
                      .map(Framework::id)
                      .collect(Collectors.joining(", "))));
      err.flush();
      return Optional.empty();
    }
    return Optional.of(new Checker(pianoZona, f -> pianoZona, forced, language));
  }

  /** The library of the first input, or the only one. */
  PianoZona pianoZona() {
    return pianoZona;
  }

  Optional<String> forced() {
    return forced;
  }

  /**
   * The plans of several files that could be used, in order, and whether every file could.
   *
   * @param plans the checked plans
   * @param allUsable false when a file could not be used (its problems were printed)
   */
  record Checked(List<CheckedPlan> plans, boolean allUsable) {}

  /** Checks each file, printing the problems of those that cannot be used. */
  Checked checkAll(List<Path> files, PrintWriter err) {
    List<CheckedPlan> plans = new ArrayList<>();
    boolean allUsable = true;
    for (Path file : files) {
      Check outcome = check(file, err);
      outcome.checked().ifPresent(plans::add);
      allUsable &= outcome.usable();
    }
    err.flush();
    return new Checked(plans, allUsable);
  }

  /** Checks one file and prints its problems, if any, one line each in the command's language. */
  Check check(Path file, PrintWriter err) {
    PianoZona library = forFile.apply(file);
    Check check = forced.map(id -> library.check(file, id)).orElseGet(() -> library.check(file));
    check.problems().forEach(p -> err.println(p.render(language)));
    return check;
  }
}
