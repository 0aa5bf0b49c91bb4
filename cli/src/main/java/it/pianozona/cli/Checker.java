package it.pianozona.cli;

import it.pianozona.core.Check;
import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Framework;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The library and the framework {@code --framework} forces, checked once for a command: an id
 * that is not installed is a wrong argument (one line, exit 2) before any file is read.
 */
final class Checker {

  private final PianoZona pianoZona;
  private final Optional<String> forced;

  private Checker(PianoZona pianoZona, Optional<String> forced) {
    this.pianoZona = pianoZona;
    this.forced = forced;
  }

  /**
   * A checker, or empty after printing why the forced framework is not installed.
   *
   * @param forced the id given with {@code --framework}, if any
   */
  static Optional<Checker> create(PianoZona pianoZona, Optional<String> forced,
      PrintWriter err) {
    if (forced.isPresent() && pianoZona.frameworks().byId(forced.get()).isEmpty()) {
      err.println("pianozona: --framework: no framework with id '" + forced.get()
          + "' (installed: " + pianoZona.frameworks().frameworks().stream().map(Framework::id)
          .collect(Collectors.joining(", ")) + ")");
      err.flush();
      return Optional.empty();
    }
    return Optional.of(new Checker(pianoZona, forced));
  }

  PianoZona pianoZona() {
    return pianoZona;
  }

  Optional<String> forced() {
    return forced;
  }

  /** Checks one file and prints its problems, if any, one line each. */
  Check check(Path file, PrintWriter err) {
    Check check = pianoZona.check(file, forced);
    check.problems().forEach(err::println);
    return check;
  }
}
