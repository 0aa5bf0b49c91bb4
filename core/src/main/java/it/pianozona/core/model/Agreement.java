package it.pianozona.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * An agreement that adopts or carries out the plan: the Accordo di Programma with the health
 * authority (L. 328/2000 art. 19 c. 2), the convention among the comuni, a Partnership
 * Istituzionale.
 *
 * @param kind what it is, as a hyphenated identifier such as {@code accordo-di-programma}, {@code
 *     convenzione} or {@code partnership-istituzionale}
 * @param date when it was signed or set up, if known
 * @param parties who signed it, as hyphenated identifiers such as {@code comuni}, {@code asl},
 *     {@code ats}, {@code asst}, {@code provincia}, {@code terzo-settore}
 * @param number the act's number, if known
 * @param title a short description, if any
 * @param notes remarks on the agreement or its source
 * @since 0.1
 */
public record Agreement(
    String kind,
    Optional<PartialDate> date,
    List<String> parties,
    Optional<String> number,
    Optional<String> title,
    Optional<String> notes) {

  public Agreement {
    checkArgument(!Texts.blank(kind), "an agreement needs a kind");
    requireNonNull(date, "date");
    parties = ImmutableList.copyOf(parties);
    requireNonNull(number, "number");
    requireNonNull(title, "title");
    requireNonNull(notes, "notes");
  }

  public static Agreement of(String kind, PartialDate date, String... parties) {
    return new Agreement(
        kind,
        Optional.ofNullable(date),
        List.of(parties),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
