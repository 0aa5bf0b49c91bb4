package it.pianozona.core.reference;

import static java.util.Objects.requireNonNull;

import it.pianozona.core.model.IstatCode;
import it.pianozona.core.model.Region;

/**
 * A comune as ISTAT lists it.
 *
 * @param code its ISTAT code
 * @param name its official name
 * @param province the province's abbreviation, such as {@code LE}
 * @param region its region
 * @param population2011 the legal population at the 2011 census
 * @since 0.1
 */
public record IstatComune(
    IstatCode code, String name, String province, Region region, long population2011) {

  public IstatComune {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    requireNonNull(province, "province");
    requireNonNull(region, "region");
  }
}
