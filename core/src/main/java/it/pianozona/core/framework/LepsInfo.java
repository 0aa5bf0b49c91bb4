package it.pianozona.core.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import it.pianozona.core.validation.LegalBasis;

/**
 * A national essential level of social services (LEPS) a plan can declare an intervention
 * guarantees.
 *
 * @param id the identifier plans use, such as {@code pronto-intervento-sociale}
 * @param title the title in Italian, as the national plan writes it
 * @param source where it is defined
 * @since 0.1
 */
public record LepsInfo(String id, String title, LegalBasis source) {

  public LepsInfo {
    checkArgument(id != null && !id.isBlank(), "a LEPS needs an id");
    checkArgument(title != null && !title.isBlank(), "LEPS %s needs a title", id);
    requireNonNull(source, "source");
  }
}
