package it.pianozona.core.framework;

/**
 * No framework, or more than one, fits a plan: the plan's region has no framework for its period,
 * or names a framework that does not exist. A caller mistake, reported as one clear sentence.
 *
 * @since 0.1
 */
public final class FrameworkSelectionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public FrameworkSelectionException(String message) {
    super(message);
  }
}
