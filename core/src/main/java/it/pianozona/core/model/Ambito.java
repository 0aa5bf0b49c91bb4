package it.pianozona.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * An Ambito Territoriale Sociale: the group of comuni that plans its social services together, led
 * by one of them (the comune capofila).
 *
 * <p>The lead is kept as a code, not a {@link Comune}, so that a plan naming a lead outside its own
 * comuni can still be read and then reported, rather than rejected unread.
 *
 * @param id the region's identifier of the ambito, when the plan gives one (such as {@code BR/2})
 * @param name the name, such as {@code Ambito di Casarano}
 * @param region the region the ambito belongs to
 * @param lead the ISTAT code of the lead comune
 * @param comuni the member comuni, in the plan's order
 * @since 0.1
 */
public record Ambito(
    Optional<String> id, String name, Region region, IstatCode lead, List<Comune> comuni) {

  public Ambito {
    requireNonNull(id, "id");
    checkArgument(!Texts.blank(name), "an ambito needs a name");
    name = Texts.nfc(name);
    requireNonNull(region, "region");
    requireNonNull(lead, "lead");
    comuni = ImmutableList.copyOf(comuni);
  }

  /** The residents of all member comuni, as the plan counts them. */
  public long population() {
    return comuni.stream().mapToLong(Comune::population).sum();
  }

  /** The member comune with this code, if any. */
  public Optional<Comune> comune(IstatCode code) {
    return comuni.stream().filter(c -> c.istat().equals(code)).findFirst();
  }
}
