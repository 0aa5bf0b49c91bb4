package it.pianozona.core.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import it.pianozona.core.model.FundingSource;
import it.pianozona.core.text.Text;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.RuleDescriptor;
import it.pianozona.core.validation.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a framework names: its areas, its objectives and the funding sources it knows, each with its
 * source. A catalogue is data, loaded from YAML, so that an officer holding the act can complete or
 * correct it without recompiling.
 *
 * <p>A catalogue says what it lacks: when the act sets more objectives than could be cited, {@link
 * #objectivesExpected()} gives the act's count and {@link #missing()} says why the rest are not
 * here. It also says whether its lists are confirmed at all ({@link #status()}): an unverified
 * catalogue says in its reference's caveat what to verify, and plans are not held to it.
 *
 * @param origin where this catalogue was loaded from, reported with every result
 * @param reference the act the catalogue transcribes
 * @param status whether a source confirms the catalogue's lists; an unverified catalogue's
 *     reference has a caveat saying what to verify
 * @param areas the areas, in the act's order
 * @param areasComplete whether the areas are all the act's; when not, an intervention in an unknown
 *     area cannot be checked and is only noted
 * @param objectives the objectives that can be cited, in the act's order
 * @param objectivesExpected how many objectives the act sets, when known
 * @param missing what the catalogue lacks and why, if anything, in Italian and English
 * @param fundingSources the funding sources specific to the framework
 * @param fundAreas the areas that restricted funds may finance
 * @since 0.1
 */
public record Catalogue(
    String origin,
    LegalBasis reference,
    CatalogueStatus status,
    List<Area> areas,
    boolean areasComplete,
    List<Objective> objectives,
    OptionalInt objectivesExpected,
    Optional<Text> missing,
    List<FundingSourceInfo> fundingSources,
    List<FundArea> fundAreas) {

  /**
   * The message key of a finding under an unverified catalogue, in the national rules' bundle: its
   * arguments are the rule's own message and the catalogue's caveat.
   */
  public static final String UNVERIFIED_FINDING = "catalogue.unverified.finding";

  public Catalogue {
    requireNonNull(origin, "origin");
    requireNonNull(reference, "reference");
    requireNonNull(status, "status");
    checkArgument(
        status == CatalogueStatus.VERIFIED || reference.caveat().isPresent(),
        "an unverified catalogue says in its reference's caveat what to verify");
    areas = ImmutableList.copyOf(areas);
    objectives = ImmutableList.copyOf(objectives);
    requireNonNull(objectivesExpected, "objectivesExpected");
    requireNonNull(missing, "missing");
    fundingSources = ImmutableList.copyOf(fundingSources);
    fundAreas = ImmutableList.copyOf(fundAreas);

    Set<String> areaCodes = new HashSet<>();
    for (Area a : areas) {
      checkArgument(areaCodes.add(a.code()), "duplicate area code %s", a.code());
    }
    Set<String> objectiveCodes = new HashSet<>();
    for (Objective o : objectives) {
      checkArgument(objectiveCodes.add(o.code()), "duplicate objective code %s", o.code());
      checkArgument(
          areaCodes.contains(o.area()),
          "objective %s names area %s, which the catalogue does not have (areas: %s)",
          o.code(),
          o.area(),
          areaCodes);
    }
    Set<FundingSource> sources = new HashSet<>();
    for (FundingSourceInfo f : fundingSources) {
      checkArgument(sources.add(f.id()), "duplicate funding source %s", f.id());
    }
    Set<FundingSource> restricted = new HashSet<>();
    for (FundArea f : fundAreas) {
      checkArgument(restricted.add(f.source()), "fund %s restricted twice", f.source());
      for (String area : f.areas()) {
        checkArgument(
            areaCodes.contains(area),
            "fund %s may finance area %s, which the catalogue does not have",
            f.source(),
            area);
      }
    }
    if (objectivesExpected.isPresent()) {
      checkArgument(
          objectivesExpected.getAsInt() >= objectives.size(),
          "the catalogue lists %s objectives but expects only %s",
          objectives.size(),
          objectivesExpected.getAsInt());
    }
  }

  /**
   * Starts a catalogue of the given origin and reference; areas are complete and the catalogue
   * verified by default.
   */
  public static Builder builder(String origin, LegalBasis reference) {
    return new Builder(origin, reference);
  }

  /** This catalogue with another origin, for one loaded from a file in place of a bundled one. */
  public Catalogue withOrigin(String newOrigin) {
    return new Catalogue(
        newOrigin,
        reference,
        status,
        areas,
        areasComplete,
        objectives,
        objectivesExpected,
        missing,
        fundingSources,
        fundAreas);
  }

  /** Assembles a catalogue; the record's constructor checks it on {@link #build()}. */
  public static final class Builder {
    private final String origin;
    private final LegalBasis reference;
    private CatalogueStatus status = CatalogueStatus.VERIFIED;
    private final ImmutableList.Builder<Area> areas = ImmutableList.builder();
    private boolean areasComplete = true;
    private final ImmutableList.Builder<Objective> objectives = ImmutableList.builder();
    private OptionalInt objectivesExpected = OptionalInt.empty();
    private Optional<Text> missing = Optional.empty();
    private final ImmutableList.Builder<FundingSourceInfo> fundingSources = ImmutableList.builder();
    private final ImmutableList.Builder<FundArea> fundAreas = ImmutableList.builder();

    private Builder(String origin, LegalBasis reference) {
      this.origin = origin;
      this.reference = reference;
    }

    public Builder status(CatalogueStatus value) {
      status = requireNonNull(value, "status");
      return this;
    }

    public Builder area(Area value) {
      areas.add(value);
      return this;
    }

    public Builder areasComplete(boolean value) {
      areasComplete = value;
      return this;
    }

    public Builder objective(Objective value) {
      objectives.add(value);
      return this;
    }

    public Builder objectivesExpected(int value) {
      objectivesExpected = OptionalInt.of(value);
      return this;
    }

    public Builder missing(Text value) {
      missing = Optional.of(value);
      return this;
    }

    public Builder fundingSource(FundingSourceInfo value) {
      fundingSources.add(value);
      return this;
    }

    public Builder fundArea(FundArea value) {
      fundAreas.add(value);
      return this;
    }

    public Catalogue build() {
      return new Catalogue(
          origin,
          reference,
          status,
          areas.build(),
          areasComplete,
          objectives.build(),
          objectivesExpected,
          missing,
          fundingSources.build(),
          fundAreas.build());
    }
  }

  /** Whether a source confirms the catalogue's lists. */
  public boolean isVerified() {
    return status == CatalogueStatus.VERIFIED;
  }

  /**
   * The severity a rule's findings get under this catalogue: as the rule declares it, except that a
   * rule that checks plans against the catalogue's lists reports at most {@link Severity#INFO} when
   * the catalogue is unverified, since a list no source confirms cannot send a plan back.
   */
  public Severity severityOf(RuleDescriptor rule) {
    if (rule.checksCatalogue() && !isVerified() && rule.severity().isAtLeast(Severity.WARNING)) {
      return Severity.INFO;
    }
    return rule.severity();
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

  /**
   * The restriction on the areas a fund may finance, if the act sets one. A plain loop: rules ask
   * once per allocation.
   */
  public Optional<FundArea> fundArea(FundingSource source) {
    for (FundArea f : fundAreas) {
      if (f.source().equals(source)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** This catalogue's areas' codes, in order. */
  public List<String> areaCodes() {
    return areas.stream().map(Area::code).toList();
  }
}
