package it.pianozona.examples.cli;

import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FrameworkSelectionException;
import it.pianozona.core.io.DocumentException;
import it.pianozona.core.io.DocumentProblem;
import it.pianozona.core.io.PlanDocument;
import it.pianozona.examples.report.CheckedPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads, validates and scores one plan document for a command, under the framework its region
 * and period select or the one {@code --framework} forces. A document that cannot be used gives
 * its problems as lines, one per problem ({@code file:line:col: pointer: message}), never a
 * stack trace.
 */
final class Checker {

  /**
   * What checking one file gave: the checked plan, or the lines that say why it cannot be used.
   *
   * @param file the file
   * @param checked the plan and its evaluation, if the document could be used
   * @param problems one line per problem, when it could not
   */
  record Outcome(Path file, Optional<CheckedPlan> checked, List<String> problems) {}

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

  /** Checks one file; safe to call from several threads at once. */
  Outcome check(Path file) {
    try {
      PlanDocument document = pianoZona.read(file);
      Framework framework = pianoZona.frameworks().select(document.plan(), forced);
      Evaluation evaluation = pianoZona.evaluate(document.plan(), framework);
      return new Outcome(file, Optional.of(new CheckedPlan(document, evaluation)), List.of());
    } catch (DocumentException e) {
      return new Outcome(file, Optional.empty(),
          e.problems().stream().map(DocumentProblem::toString).toList());
    } catch (FrameworkSelectionException e) {
      return new Outcome(file, Optional.empty(), List.of(file + ": " + e.getMessage()));
    }
  }
}
