package it.pianozona.report;

/**
 * A run was asked to write where it would replace a file it reads, or a folder that holds its own
 * inputs: refused before anything is written.
 *
 * @since 0.1
 */
public final class UnsafeOutputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnsafeOutputException(String message) {
    super(message);
  }
}
