package it.pianozona.core.validation;

import static java.util.Objects.requireNonNull;

/**
 * Where a finding points: the exact value in the document, and the plan element it belongs to.
 *
 * @param pointer the JSON Pointer into the plan document
 * @param element the plan element the value belongs to
 * @since 0.1
 */
public record Location(Pointer pointer, ElementRef element) {

  public Location {
    requireNonNull(pointer, "pointer");
    requireNonNull(element, "element");
  }

  public static Location of(Pointer pointer, ElementRef.Kind kind, String id) {
    return new Location(pointer, ElementRef.of(kind, id));
  }

  @Override
  public String toString() {
    return pointer + " (" + element + ")";
  }
}
