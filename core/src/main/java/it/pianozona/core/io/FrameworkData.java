package it.pianozona.core.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import it.pianozona.core.framework.Catalogue;
import it.pianozona.core.framework.Criterion;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.Parameters;
import it.pianozona.core.framework.ParticipationModel;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.framework.ScoringModel;
import it.pianozona.core.framework.WeightBasis;
import it.pianozona.core.framework.WeightedCriterion;
import it.pianozona.core.model.Period;
import it.pianozona.core.model.Region;
import it.pianozona.core.text.Text;
import it.pianozona.core.validation.LegalBasis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything about a framework that is data rather than code, as read from its YAML file: who
 * adopted it, when it applies, its catalogue, its dated parameters and its scoring weights. A
 * region module joins it with its rule classes to make a {@link Framework}.
 *
 * @param id the framework id
 * @param region its region
 * @param title its title in Italian
 * @param validity the planning years it governs
 * @param adoptedBy the act that adopted it
 * @param catalogue areas, objectives and funding sources
 * @param parameters dated thresholds and lists
 * @param participation the region's participatory path, if the framework states one
 * @param scoring criterion weights, in report order
 * @since 0.1
 */
public record FrameworkData(
    String id,
    Region region,
    String title,
    Period validity,
    LegalBasis adoptedBy,
    Catalogue catalogue,
    Parameters parameters,
    Optional<ParticipationModel> participation,
    List<ScoringWeight> scoring) {

  public FrameworkData {
    requireNonNull(id, "id");
    requireNonNull(participation, "participation");
    scoring = ImmutableList.copyOf(scoring);
  }

  /** A framework's data without a participation model. */
  public FrameworkData(
      String id,
      Region region,
      String title,
      Period validity,
      LegalBasis adoptedBy,
      Catalogue catalogue,
      Parameters parameters,
      List<ScoringWeight> scoring) {
    this(id, region, title, validity, adoptedBy, catalogue, parameters, Optional.empty(), scoring);
  }

  /**
   * A criterion's weight in a framework's scoring model.
   *
   * @param criterion the criterion's id
   * @param weight its weight, positive
   * @param rationale why it weighs what it does, in Italian and, where given, in English
   * @param basis whether an act fixes the weight or pianozona chose it
   */
  public record ScoringWeight(
      String criterion, BigDecimal weight, Text rationale, WeightBasis basis) {

    public ScoringWeight {
      requireNonNull(basis, "basis of " + criterion);
    }

    /** A weight no act fixes. */
    public ScoringWeight(String criterion, BigDecimal weight, Text rationale) {
      this(criterion, weight, rationale, WeightBasis.PIANOZONA);
    }
  }

  /**
   * Joins the data with the region's rules and the criteria its scoring names.
   *
   * @param rules the framework's rule classes
   * @param criteria every criterion the scoring may name, by id
   * @throws IllegalArgumentException if the scoring names a criterion not given
   */
  public Framework toFramework(List<? extends Rule> rules, Map<String, Criterion> criteria) {
    List<WeightedCriterion> weighted = new ArrayList<>();
    for (ScoringWeight w : scoring) {
      Criterion c = criteria.get(w.criterion());
      if (c == null) {
        throw new IllegalArgumentException(
            "framework "
                + id
                + " weighs criterion '"
                + w.criterion()
                + "', which is not available (available: "
                + criteria.keySet()
                + ")");
      }
      weighted.add(new WeightedCriterion(c, w.weight(), Optional.of(w.rationale()), w.basis()));
    }
    return Framework.builder(id)
        .region(region)
        .title(title)
        .validity(validity)
        .adoptedBy(adoptedBy)
        .catalogue(catalogue)
        .parameters(parameters)
        .participation(participation.orElse(null))
        .rules(rules)
        .scoring(new ScoringModel(weighted))
        .build();
  }
}
