package it.pianozona.core.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import it.pianozona.core.model.FundingSource;
import it.pianozona.core.validation.LegalBasis;

/**
 * A funding source a catalogue knows, with its full name and the act that sets it up.
 *
 * @param id the identifier plans use
 * @param name the full name, such as {@code Fondo Nazionale per le Politiche Sociali}
 * @param source the act behind it
 * @since 0.1
 */
public record FundingSourceInfo(FundingSource id, String name, LegalBasis source) {

  public FundingSourceInfo {
    requireNonNull(id, "id");
    checkArgument(name != null && !name.isBlank(), "funding source %s needs a name", id);
    requireNonNull(source, "source");
  }
}
