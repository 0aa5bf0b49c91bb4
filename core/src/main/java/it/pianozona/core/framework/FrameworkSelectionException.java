package it.pianozona.core.framework;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * No framework, or more than one, fits a plan: the plan's region has no framework for its period,
 * or names a framework that does not exist. A caller mistake, reported as one clear sentence (in
 * English, for the developer), and as the code of a document problem ({@code PZ-DOC-080} ...) with
 * its arguments, so that {@link it.pianozona.core.PianoZona#check} can report it to the plan's
 * author in either language.
 *
 * @since 0.1
 */
public final class FrameworkSelectionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;

  @SuppressWarnings("serial") // texts, ids and periods: the arguments are immutable values
  private final List<Object> arguments;

  /**
   * @param code the code of the document problem, such as {@code PZ-DOC-080}
   * @param arguments its arguments, in the order its template numbers them
   * @param message the sentence in English
   */
  public FrameworkSelectionException(String code, List<?> arguments, String message) {
    super(message);
    this.code = requireNonNull(code, "code");
    this.arguments = List.copyOf(arguments);
  }

  /** The code of the document problem this is, such as {@code PZ-DOC-080}. */
  public String code() {
    return code;
  }

  /** The problem's arguments, in the order its template numbers them. */
  public List<Object> arguments() {
    return arguments;
  }
}
