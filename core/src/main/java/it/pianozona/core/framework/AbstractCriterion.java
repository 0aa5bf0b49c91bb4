package it.pianozona.core.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import it.pianozona.core.text.Message;
import it.pianozona.core.text.MessageBundle;
import it.pianozona.core.validation.LegalBasis;

/**
 * A criterion whose messages live in a bundle under keys derived from its id: {@code
 * criterion.<id>.name} for its name and {@code criterion.<id>.<suffix>} for each line of evidence.
 * Saves every criterion the same identity plumbing.
 *
 * @since 0.1
 */
public abstract class AbstractCriterion implements Criterion {

  private final String id;
  private final MessageBundle bundle;
  private final LegalBasis basis;

  protected AbstractCriterion(String id, MessageBundle bundle, LegalBasis basis) {
    checkArgument(id != null && !id.isBlank(), "a criterion needs an id");
    this.id = id;
    this.bundle = requireNonNull(bundle, "bundle");
    this.basis = requireNonNull(basis, "basis");
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Message name() {
    return message("name");
  }

  @Override
  public final LegalBasis basis() {
    return basis;
  }

  /** The message {@code criterion.<id>.<suffix>} with its arguments. */
  protected final Message message(String suffix, Object... args) {
    return Message.of(bundle, "criterion." + id + "." + suffix, args);
  }

  @Override
  public String toString() {
    return id;
  }
}
