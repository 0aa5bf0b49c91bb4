package it.pianozona.core.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * What part of the plan a finding is about, by kind and identifier, independent of where it sits in
 * the document: an intervention by its id, a comune by its ISTAT code.
 *
 * @param kind the kind of element
 * @param id its identifier within the plan (for funding, {@code source/year})
 * @since 0.1
 */
public record ElementRef(Kind kind, String id) {

  /** The kinds of element a finding can be about. */
  public enum Kind {
    PLAN,
    AMBITO,
    COMUNE,
    PERIOD,
    CONTENTS,
    FUNDING,
    STAFFING,
    INTERVENTION,
    ALLOCATION,
    GOVERNANCE,
    APPROVAL,
    PARTICIPATION,
    /** A suppression, by the code and pointer it accepts: what a stale suppression is about. */
    SUPPRESSION
  }

  public ElementRef {
    requireNonNull(kind, "kind");
    checkArgument(id != null, "an element reference needs an id");
  }

  public static ElementRef of(Kind kind, String id) {
    return new ElementRef(kind, id);
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
  }
}
