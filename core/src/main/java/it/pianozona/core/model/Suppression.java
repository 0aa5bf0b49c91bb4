package it.pianozona.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A finding the plan's authors know of and accept, with why: it stays in every report, marked as
 * suppressed with its reason, and no longer counts for the exit code. A suppression is declared in
 * the plan ({@code suppressions}) or in the project configuration; one that matches no finding is
 * reported as stale, so an accepted exception does not outlive the problem it covered.
 *
 * @param code the rule code of the finding, such as {@code PUG-V-CNT-002}
 * @param pointer the JSON Pointer of the finding, such as {@code /contents/costSharing}; the empty
 *     text for a finding about the whole plan
 * @param reason why the finding is accepted: required, since an exception nobody can explain is
 *     lost knowledge
 * @param by who accepted it, if stated
 * @param date when it was accepted, if stated
 * @param element the element the finding is about, as reports show it (such as {@code
 *     intervention:A7-01}), if stated: with it the suppression covers that element's finding only,
 *     so that a pointer whose index now names another element (after one was removed before it)
 *     matches nothing and is reported stale, instead of silently accepting another finding
 * @since 0.1
 */
public record Suppression(
    String code,
    String pointer,
    String reason,
    Optional<String> by,
    Optional<LocalDate> date,
    Optional<String> element) {

  public Suppression {
    checkArgument(!Texts.blank(code), "a suppression needs the code of a rule");
    requireNonNull(pointer, "pointer");
    checkArgument(
        pointer.isEmpty() || pointer.startsWith("/"),
        "the pointer of a suppression is a JSON Pointer (empty or starting with '/'), got '%s'",
        pointer);
    checkArgument(
        !Texts.blank(reason), "the suppression of %s at '%s' needs a reason", code, pointer);
    reason = Texts.nfc(reason);
    requireNonNull(by, "by");
    by = by.map(Texts::nfc);
    requireNonNull(date, "date");
    requireNonNull(element, "element");
  }

  /** A suppression that does not name its element. */
  public Suppression(
      String code, String pointer, String reason, Optional<String> by, Optional<LocalDate> date) {
    this(code, pointer, reason, by, date, Optional.empty());
  }

  /** A suppression with its reason only. */
  public static Suppression of(String code, String pointer, String reason) {
    return new Suppression(code, pointer, reason, Optional.empty(), Optional.empty());
  }

  /**
   * Whether it covers the finding of this rule at this pointer about this element (written as
   * reports show it, such as {@code intervention:A7-01}).
   */
  public boolean covers(String findingCode, String findingPointer, String findingElement) {
    return code.equals(findingCode)
        && pointer.equals(findingPointer)
        && element.map(findingElement::equals).orElse(true);
  }
}
