package it.pianozona.core;

import static java.util.Objects.requireNonNull;

import it.pianozona.core.io.DocumentProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What checking one file gave: the plan with its evaluation, or the located problems that make the
 * document unusable (it cannot be read, or no framework fits it). Data, not an exception, so that a
 * caller checking many files handles each the same way.
 *
 * @param file the file checked
 * @param checked the document and its evaluation, when it could be used
 * @param problems why it could not, one per problem; empty when {@code checked} is present
 * @since 0.1
 */
public record Check(Path file, Optional<CheckedPlan> checked, List<DocumentProblem> problems) {

  public Check {
    requireNonNull(file, "file");
    requireNonNull(checked, "checked");
    problems = List.copyOf(problems);
    if (checked.isPresent() == !problems.isEmpty()) {
      throw new IllegalArgumentException(
          "a check has either a checked plan or problems, not both or neither");
    }
  }

  /** A file whose plan was read and evaluated. */
  public static Check of(Path file, CheckedPlan checked) {
    return new Check(file, Optional.of(checked), List.of());
  }

  /** A file that cannot be used, with why. */
  public static Check unusable(Path file, List<DocumentProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an unusable file needs at least one problem");
    }
    return new Check(file, Optional.empty(), problems);
  }

  /** Whether the plan was read and evaluated. */
  public boolean usable() {
    return checked.isPresent();
  }
}
