package it.pianozona.report;

import static java.util.Objects.requireNonNull;

import it.pianozona.core.text.Language;
import it.pianozona.core.text.Message;

/**
 * A run was asked to write where it would replace a file it reads, or a folder that holds its own
 * inputs: refused before anything is written. The reason is a message in both languages; {@link
 * #getMessage()} gives it in English, for logs.
 *
 * @since 0.1
 */
public final class UnsafeOutputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Message reason;

  public UnsafeOutputException(Message reason) {
    super(reason.render(Language.EN));
    this.reason = requireNonNull(reason, "reason");
  }

  /** Why the output was refused, in the reader's language. */
  public String message(Language language) {
    return reason.render(language);
  }
}
