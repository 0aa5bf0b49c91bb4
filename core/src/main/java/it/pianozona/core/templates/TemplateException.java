package it.pianozona.core.templates;

import static java.util.Objects.requireNonNull;

import it.pianozona.core.text.Language;
import it.pianozona.core.text.MessageBundle;
import java.util.List;

/**
 * Why no template can be built for the ambito asked for, with the values that explain it and a
 * message in either language.
 *
 * @since 0.1
 */
public final class TemplateException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private static final MessageBundle MESSAGES =
      MessageBundle.load("messages", TemplateException.class::getResourceAsStream);

  /** What is wrong, a stable key for an application's own handling. */
  public enum Reason {
    /** A code is not six digits: {@code {0}} the text given. */
    BAD_ISTAT("badIstat"),
    /** No comune has the code in the bundled ISTAT list: the code, the list's date. */
    UNKNOWN_COMUNE("unknownComune"),
    /** The comune is in no bundled ambito: the code. */
    NO_AMBITO("noAmbito"),
    /** The comune is in another region: code, name, its region, the framework's, the framework. */
    OTHER_REGION("otherRegion"),
    /** No comune given. */
    NO_COMUNI("noComuni"),
    /** A comune given twice: the code. */
    DUPLICATE_COMUNE("duplicateComune");

    private final String key;

    Reason(String key) {
      this.key = key;
    }

    /** The stable key, such as {@code unknownComune}. */
    public String key() {
      return key;
    }
  }

  private final Reason reason;
  private final List<Object> arguments;

  TemplateException(Reason reason, Object... arguments) {
    super(MESSAGES.render(requireNonNull(reason, "reason").key(), List.of(arguments), Language.EN));
    this.reason = reason;
    this.arguments = List.of(arguments);
  }

  /** What is wrong. */
  public Reason reason() {
    return reason;
  }

  /** The values the message names, in the order of {@link Reason}'s documentation. */
  public List<Object> arguments() {
    return arguments;
  }

  /** The message in the reader's language. */
  public String message(Language language) {
    return MESSAGES.render(reason.key(), arguments, language);
  }
}
