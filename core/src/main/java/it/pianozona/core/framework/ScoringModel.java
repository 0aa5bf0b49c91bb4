package it.pianozona.core.framework;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a framework scores plans: weighted criteria, whose weights come from dated data.
 *
 * @param criteria the criteria and their weights, in the order reports show them
 * @since 0.1
 */
public record ScoringModel(List<WeightedCriterion> criteria) {

  /** A model that scores nothing (every plan totals zero). */
  public static final ScoringModel NONE = new ScoringModel(List.of());

  public ScoringModel {
    criteria = ImmutableList.copyOf(criteria);
    Set<String> ids = new HashSet<>();
    for (WeightedCriterion c : criteria) {
      if (!ids.add(c.criterion().id())) {
        throw new IllegalArgumentException("criterion " + c.criterion().id() + " weighed twice");
      }
    }
  }
}
