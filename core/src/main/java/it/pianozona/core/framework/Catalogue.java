package it.pianozona.core.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import it.pianozona.core.model.FundingSource;
import it.pianozona.core.validation.LegalBasis;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a framework names: its areas, its objectives and the funding sources it knows, each with
 * its source. A catalogue is data, loaded from YAML, so that an officer holding the act can
 * complete or correct it without recompiling.
 *
 * <p>A catalogue says what it lacks: when the act sets more objectives than could be cited,
 * {@link #objectivesExpected()} gives the act's count and {@link #missing()} says why the rest
 * are not here.
 *
 * @param origin where this catalogue was loaded from, reported with every result
 * @param reference the act the catalogue transcribes
 * @param areas the areas, in the act's order
 * @param objectives the objectives that can be cited, in the act's order
 * @param objectivesExpected how many objectives the act sets, when known
 * @param missing what the catalogue lacks and why, if anything
 * @param fundingSources the funding sources specific to the framework
 * @since 0.1
 */
public record Catalogue(
    String origin,
    LegalBasis reference,
    List<Area> areas,
    List<Objective> objectives,
    OptionalInt objectivesExpected,
    Optional<String> missing,
    List<FundingSourceInfo> fundingSources) {

  public Catalogue {
    requireNonNull(origin, "origin");
    requireNonNull(reference, "reference");
    areas = ImmutableList.copyOf(areas);
    objectives = ImmutableList.copyOf(objectives);
    requireNonNull(objectivesExpected, "objectivesExpected");
    requireNonNull(missing, "missing");
    fundingSources = ImmutableList.copyOf(fundingSources);

    Set<String> areaCodes = new HashSet<>();
    for (Area a : areas) {
      checkArgument(areaCodes.add(a.code()), "duplicate area code %s", a.code());
    }
    Set<String> objectiveCodes = new HashSet<>();
    for (Objective o : objectives) {
      checkArgument(objectiveCodes.add(o.code()), "duplicate objective code %s", o.code());
      checkArgument(areaCodes.contains(o.area()),
          "objective %s names area %s, which the catalogue does not have (areas: %s)",
          o.code(), o.area(), areaCodes);
    }
    Set<FundingSource> sources = new HashSet<>();
    for (FundingSourceInfo f : fundingSources) {
      checkArgument(sources.add(f.id()), "duplicate funding source %s", f.id());
    }
    if (objectivesExpected.isPresent()) {
      checkArgument(objectivesExpected.getAsInt() >= objectives.size(),
          "the catalogue lists %s objectives but expects only %s", objectives.size(),
          objectivesExpected.getAsInt());
    }
  }

  /** The area of the code. A plain loop: rules ask once for every intervention of a plan. */
  public Optional<Area> area(String code) {
    for (Area a : areas) {
      if (a.code().equals(code)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** The objective of the code. A plain loop: rules ask once for every objective named. */
  public Optional<Objective> objective(String code) {
    for (Objective o : objectives) {
      if (o.code().equals(code)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /** Whether every objective the act sets is listed (or the act's count is unknown). */
  public boolean objectivesComplete() {
    return objectivesExpected.isEmpty() || objectivesExpected.getAsInt() == objectives.size();
  }

  /** This catalogue's areas' codes, in order. */
  public List<String> areaCodes() {
    return areas.stream().map(Area::code).toList();
  }
}
