package it.pianozona.core.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import it.pianozona.core.model.Period;
import it.pianozona.core.model.Region;
import it.pianozona.core.validation.LegalBasis;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A region's planning framework for one cycle, such as Puglia's V Piano Regionale delle Politiche
 * Sociali 2022-2024: its catalogue, its rules and its scoring model, valid for the years of the
 * cycle. Each cycle is its own framework, so an old plan is checked under the rules of its own
 * time.
 *
 * @since 0.1
 */
public final class Framework {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final String id;
  private final Region region;
  private final Period validity;
  private final String title;
  private final LegalBasis adoptedBy;
  private final Catalogue catalogue;
  private final ImmutableList<Rule> rules;
  private final ScoringModel scoring;
  private final Parameters parameters;
  private final Optional<ParticipationModel> participation;
  private final ImmutableList<Rule> localRules;
  private final ImmutableList<WeightedCriterion> localCriteria;

  private Framework(Builder b) {
    checkArgument(
        b.id != null && ID.matcher(b.id).matches(),
        "a framework id is lower-case words joined by hyphens, got '%s'",
        b.id);
    this.id = b.id;
    this.region = requireNonNull(b.region, "region of " + b.id);
    this.validity = requireNonNull(b.validity, "validity of " + b.id);
    checkArgument(b.title != null && !b.title.isBlank(), "framework %s needs a title", b.id);
    this.title = b.title;
    this.adoptedBy = requireNonNull(b.adoptedBy, "adoptedBy of " + b.id);
    this.catalogue = requireNonNull(b.catalogue, "catalogue of " + b.id);
    this.rules = b.rules.build();
    Set<String> codes = new HashSet<>();
    for (Rule r : rules) {
      checkArgument(
          codes.add(r.descriptor().code()),
          "framework %s has two rules with code %s",
          b.id,
          r.descriptor().code());
    }
    this.scoring = requireNonNull(b.scoring, "scoring of " + b.id);
    this.parameters = requireNonNull(b.parameters, "parameters of " + b.id);
    this.participation = Optional.ofNullable(b.participation);
    this.localRules = b.localRules.build();
    this.localCriteria = b.localCriteria.build();
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** The stable identifier plans may name, such as {@code puglia-v-2022-2024}. */
  public String id() {
    return id;
  }

  public Region region() {
    return region;
  }

  /** The planning years the framework governs. */
  public Period validity() {
    return validity;
  }

  /** The framework's title in Italian. */
  public String title() {
    return title;
  }

  /** The act that adopted the framework, such as a regional Giunta deliberation. */
  public LegalBasis adoptedBy() {
    return adoptedBy;
  }

  public Catalogue catalogue() {
    return catalogue;
  }

  /** The framework's own rules; national rules are added by the engine for every framework. */
  public List<Rule> rules() {
    return rules;
  }

  public ScoringModel scoring() {
    return scoring;
  }

  /** The framework's dated parameters (thresholds, weights). */
  public Parameters parameters() {
    return parameters;
  }

  /**
   * The region's participatory path, as its sources describe it, which the {@code participation}
   * criterion scores; empty when the framework states none (the criterion is then not applicable).
   */
  public Optional<ParticipationModel> participation() {
    return participation;
  }

  /**
   * The rules an application added to this framework from its own code ({@code
   * PianoZona.Builder.rule}), such as an office's local check: they are among {@link #rules()}, and
   * listed here so that reports and the contract suite can tell them from the region's.
   */
  public List<Rule> localRules() {
    return localRules;
  }

  /**
   * The criteria an application added to this framework's scoring model ({@code
   * PianoZona.Builder.criterion}): they are among {@link #scoring()}'s criteria, after the
   * region's.
   */
  public List<WeightedCriterion> localCriteria() {
    return localCriteria;
  }

  /** Whether the rule with this code was added by an application rather than by the region. */
  public boolean isLocal(String ruleCode) {
    return localRules.stream().anyMatch(r -> r.descriptor().code().equals(ruleCode));
  }

  /**
   * This framework with local rules and criteria added after its own, as an office adds a check of
   * its own without writing a region module. A local criterion's weight adds to the model's: the
   * total is rescaled over every applicable weight, the region's and the local ones together.
   *
   * @throws IllegalArgumentException if a rule's code or a criterion's id is already the
   *     framework's
   */
  public Framework withLocal(List<? extends Rule> rules, List<WeightedCriterion> criteria) {
    Builder b = toBuilder();
    for (Rule r : rules) {
      b.rules.add(requireNonNull(r, "rule"));
      b.localRules.add(r);
    }
    List<WeightedCriterion> all = new ArrayList<>(scoring.criteria());
    for (WeightedCriterion c : criteria) {
      all.add(requireNonNull(c, "criterion"));
      b.localCriteria.add(c);
    }
    b.scoring = new ScoringModel(all);
    return b.build();
  }

  /** This framework with another catalogue, such as one completed from the act's annex. */
  public Framework withCatalogue(Catalogue replacement) {
    Builder b = toBuilder();
    b.catalogue = requireNonNull(replacement, "catalogue");
    return b.build();
  }

  private Builder toBuilder() {
    Builder b = new Builder(id);
    b.region = region;
    b.validity = validity;
    b.title = title;
    b.adoptedBy = adoptedBy;
    b.catalogue = catalogue;
    b.rules.addAll(rules);
    b.scoring = scoring;
    b.parameters = parameters;
    b.participation = participation.orElse(null);
    b.localRules.addAll(localRules);
    b.localCriteria.addAll(localCriteria);
    return b;
  }

  @Override
  public String toString() {
    return id + " (" + region.id() + ", " + validity + ")";
  }

  /** Assembles a framework; every part but the rules is required. */
  public static final class Builder {
    private final String id;
    private Region region;
    private Period validity;
    private String title;
    private LegalBasis adoptedBy;
    private Catalogue catalogue;
    private final ImmutableList.Builder<Rule> rules = ImmutableList.builder();
    private ScoringModel scoring = ScoringModel.NONE;
    private Parameters parameters = Parameters.EMPTY;
    private ParticipationModel participation;
    private final ImmutableList.Builder<Rule> localRules = ImmutableList.builder();
    private final ImmutableList.Builder<WeightedCriterion> localCriteria = ImmutableList.builder();

    private Builder(String id) {
      this.id = id;
    }

    public Builder region(Region value) {
      region = value;
      return this;
    }

    public Builder validity(Period value) {
      validity = value;
      return this;
    }

    public Builder title(String value) {
      title = value;
      return this;
    }

    public Builder adoptedBy(LegalBasis value) {
      adoptedBy = value;
      return this;
    }

    public Builder catalogue(Catalogue value) {
      catalogue = value;
      return this;
    }

    public Builder rule(Rule value) {
      rules.add(requireNonNull(value, "rule"));
      return this;
    }

    public Builder rules(List<? extends Rule> values) {
      values.forEach(this::rule);
      return this;
    }

    public Builder scoring(ScoringModel value) {
      scoring = value;
      return this;
    }

    public Builder parameters(Parameters value) {
      parameters = value;
      return this;
    }

    /** The region's participatory path; optional. */
    public Builder participation(ParticipationModel value) {
      participation = value;
      return this;
    }

    public Framework build() {
      return new Framework(this);
    }
  }
}
