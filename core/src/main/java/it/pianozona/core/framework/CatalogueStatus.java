package it.pianozona.core.framework;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Whether a catalogue's lists (its areas, objectives and the areas its funds may finance) are
 * confirmed by the source its reference cites. A list that no source confirms, only recalled or
 * inferred, must not send a plan back: the rules that check a plan against an unverified catalogue
 * report at most {@link it.pianozona.core.validation.Severity#INFO}, and the scoring criteria that
 * measure the plan against its lists are not applicable, until an officer supplies a verified
 * catalogue.
 *
 * @since 0.1
 */
public enum CatalogueStatus {
  /** The lists are read in the act, or in a document that transcribes it, as its reference says. */
  VERIFIED("verified"),
  /** No source found confirms the lists: they are recalled or inferred, to be verified. */
  UNVERIFIED("unverified");

  private final String id;

  CatalogueStatus(String id) {
    this.id = id;
  }

  /** The id data files write, such as {@code unverified}. */
  public String id() {
    return id;
  }

  /** The status with this id, if there is one. */
  public static Optional<CatalogueStatus> fromId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  /** Every id, in order: {@code verified, unverified}. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(CatalogueStatus::id).toList();
  }
}
