package it.pianozona.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A formal act in the plan's adoption: which body took it, when, and its number.
 *
 * @param body the body, as a hyphenated identifier such as {@code coordinamento-istituzionale},
 *     {@code consiglio-comunale} or {@code conferenza-dei-sindaci}
 * @param date when the act was taken, as precisely as the source gives it
 * @param number the act's number, if known (such as {@code 25})
 * @param title a short description of the act, if any
 * @param notes remarks on the act or its source (such as an uncertain year)
 * @since 0.1
 */
public record ApprovalAct(
    String body,
    PartialDate date,
    Optional<String> number,
    Optional<String> title,
    Optional<String> notes) {

  public ApprovalAct {
    checkArgument(!Texts.blank(body), "an approval act needs a body");
    requireNonNull(date, "date");
    requireNonNull(number, "number");
    requireNonNull(title, "title");
    requireNonNull(notes, "notes");
  }

  public static ApprovalAct of(String body, PartialDate date, String number) {
    return new ApprovalAct(
        body, date, Optional.ofNullable(number), Optional.empty(), Optional.empty());
  }
}
