package it.pianozona.core.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import it.pianozona.core.validation.LegalBasis;
import java.util.Optional;

/**
 * An area of a regional framework (Puglia's "aree strategiche", Lombardy's "macro-aree",
 * Basilicata's "aree di intervento"): every intervention of a plan belongs to one.
 *
 * @param code the stable code plans use, such as {@code A1}
 * @param title the formal title in Italian, as the source writes it
 * @param shortTitle a short label, if the sources use one
 * @param source where the title comes from
 * @since 0.1
 */
public record Area(String code, String title, Optional<String> shortTitle, LegalBasis source) {

  public Area {
    checkArgument(code != null && !code.isBlank(), "an area needs a code");
    checkArgument(title != null && !title.isBlank(), "area %s needs a title", code);
    requireNonNull(shortTitle, "shortTitle");
    requireNonNull(source, "source of area " + code);
  }

  /** The short title when there is one, else the formal title. */
  public String label() {
    return shortTitle.orElse(title);
  }
}
