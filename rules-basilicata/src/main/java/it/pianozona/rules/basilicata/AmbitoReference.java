package it.pianozona.rules.basilicata;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import it.pianozona.core.model.IstatCode;
import it.pianozona.core.model.PartialDate;
import it.pianozona.core.validation.LegalBasis;
import java.util.List;
import java.util.OptionalInt;

/**
 * One of the nine ambiti socio-territoriali as the sources know it: its name, its lead comune and,
 * when a source confirms or suggests it, its comuni.
 *
 * @param id a stable identifier, such as {@code bradanica-medio-basento}
 * @param name the name the sources use
 * @param number the official number, when a source gives it
 * @param lead the ISTAT code of the lead comune (capofila)
 * @param composition how sure the list of comuni is
 * @param comuni the comuni, empty when unknown
 * @param asOf the date the lead or composition is known at
 * @param source where it comes from
 */
record AmbitoReference(
    String id,
    String name,
    OptionalInt number,
    IstatCode lead,
    Composition composition,
    List<IstatCode> comuni,
    PartialDate asOf,
    LegalBasis source) {

  /** How sure a list of comuni is. */
  enum Composition {
    /** Read in a source that lists them. */
    CONFIRMED,
    /** Deduced from confirmed facts (the reasoning is in the source's caveat). */
    INFERRED,
    /** Not found: the list is empty and nothing is checked against it. */
    UNKNOWN
  }

  AmbitoReference {
    checkArgument(id != null && !id.isBlank(), "an ambito needs an id");
    checkArgument(name != null && !name.isBlank(), "ambito %s needs a name", id);
    requireNonNull(number, "number");
    requireNonNull(lead, "lead");
    requireNonNull(composition, "composition");
    comuni = ImmutableList.copyOf(comuni);
    checkArgument(
        composition == Composition.UNKNOWN ? comuni.isEmpty() : !comuni.isEmpty(),
        "ambito %s: a %s composition %s comuni",
        id,
        composition,
        composition == Composition.UNKNOWN ? "lists no" : "lists its");
    checkArgument(
        comuni.isEmpty() || comuni.contains(lead),
        "ambito %s: the lead %s is not among its comuni",
        id,
        lead);
    requireNonNull(asOf, "asOf");
    requireNonNull(source, "source");
  }

  /** Whether the comune belongs to the ambito as far as the list can tell. */
  boolean lists(IstatCode comune) {
    return comuni.contains(comune);
  }
}
