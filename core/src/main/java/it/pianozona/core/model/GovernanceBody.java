package it.pianozona.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A body of the ambito's governance: the Ufficio di Piano that runs the plan, the political board
 * (Coordinamento Istituzionale, Assemblea or Conferenza dei Sindaci), a standing table.
 *
 * @param kind what it is, as a hyphenated identifier such as {@code ufficio-di-piano} or {@code
 *     coordinamento-istituzionale}
 * @param established when it was set up, if known
 * @param staff how many people work in it, if stated
 * @param notes remarks on the body or its source
 * @since 0.1
 */
public record GovernanceBody(
    String kind, Optional<PartialDate> established, OptionalInt staff, Optional<String> notes) {

  public GovernanceBody {
    checkArgument(!Texts.blank(kind), "a governance body needs a kind");
    requireNonNull(established, "established");
    requireNonNull(staff, "staff");
    checkArgument(staff.orElse(0) >= 0, "staff cannot be negative");
    requireNonNull(notes, "notes");
  }

  public static GovernanceBody of(String kind) {
    return new GovernanceBody(kind, Optional.empty(), OptionalInt.empty(), Optional.empty());
  }
}
