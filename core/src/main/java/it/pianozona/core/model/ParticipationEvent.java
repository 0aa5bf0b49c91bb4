package it.pianozona.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A moment of the participatory process that builds a plan: a public notice, a thematic table, a
 * plenary, a meeting with the unions.
 *
 * @param date when it took place (or was published), when the source says
 * @param kind what it was, as a hyphenated identifier such as {@code public-notice}, {@code
 *     thematic-table} or {@code plenary}
 * @param topic what it was about, if stated
 * @param actors who was invited or took part, as hyphenated identifiers such as {@code
 *     terzo-settore}, {@code sindacati}, {@code cittadini}, {@code asl}
 * @param participants how many took part, if known
 * @param place where it took place, if stated
 * @param deadline for a notice, the last day to respond
 * @param notes remarks on the event or its source
 * @since 0.1
 */
public record ParticipationEvent(
    Optional<PartialDate> date,
    String kind,
    Optional<String> topic,
    List<String> actors,
    OptionalInt participants,
    Optional<String> place,
    Optional<PartialDate> deadline,
    Optional<String> notes) {

  public ParticipationEvent {
    requireNonNull(date, "date");
    checkArgument(!Texts.blank(kind), "a participation event needs a kind");
    requireNonNull(topic, "topic");
    actors = ImmutableList.copyOf(actors);
    requireNonNull(participants, "participants");
    checkArgument(participants.orElse(0) >= 0, "participants cannot be negative");
    requireNonNull(place, "place");
    requireNonNull(deadline, "deadline");
    requireNonNull(notes, "notes");
  }

  public static ParticipationEvent of(PartialDate date, String kind, String topic) {
    return new ParticipationEvent(
        Optional.ofNullable(date),
        kind,
        Optional.ofNullable(topic),
        List.of(),
        OptionalInt.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
