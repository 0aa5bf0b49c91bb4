package it.pianozona.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service or intervention the plan programmes: where it sits in the regional framework (area
 * and objectives), which essential levels (LEPS) it serves, and the money it receives.
 *
 * @param id the plan's own identifier, unique within the plan
 * @param title what the service is, in the plan's words
 * @param area the code of the framework area it belongs to, such as {@code A1}
 * @param objectives codes of the framework objectives it pursues
 * @param leps identifiers of the national essential levels it guarantees
 * @param allocations its money, by source and year
 * @param tags free labels regional scoring may use (such as {@code prevention})
 * @param indicators values the plan reports for the service objectives' indicators, by
 *     indicator id (such as {@code posti-nido: 40}), kept without trailing zeros
 * @param description a longer description, if any
 * @param illustrative whether its figures are placeholders rather than taken from a source
 * @since 0.1
 */
public record Intervention(
    String id,
    String title,
    String area,
    List<String> objectives,
    List<String> leps,
    List<Allocation> allocations,
    List<String> tags,
    Map<String, BigDecimal> indicators,
    Optional<String> description,
    boolean illustrative) {

  public Intervention {
    checkArgument(id != null && !id.isBlank(), "an intervention needs an id");
    checkArgument(title != null && !title.isBlank(), "intervention %s needs a title", id);
    checkArgument(area != null && !area.isBlank(), "intervention %s needs an area", id);
    objectives = ImmutableList.copyOf(objectives);
    leps = ImmutableList.copyOf(leps);
    allocations = ImmutableList.copyOf(allocations);
    tags = ImmutableList.copyOf(tags);
    ImmutableMap.Builder<String, BigDecimal> canonical = ImmutableMap.builder();
    indicators.forEach((k, v) -> canonical.put(k, Decimals.canonical(v)));
    indicators = canonical.buildOrThrow();
    indicators.forEach((k, v) -> checkArgument(v.signum() >= 0,
        "indicator %s of intervention %s cannot be negative: %s", k, id, v));
    requireNonNull(description, "description");
  }

  /** Starts an intervention with the three things every one needs. */
  public static Builder builder(String id, String title, String area) {
    return new Builder(id, title, area);
  }

  /** The sum of its allocations over all sources and years. */
  public Euro total() {
    return allocations.stream().map(Allocation::amount).reduce(Euro.ZERO, Euro::plus);
  }

  /** Builds an intervention step by step; mostly for tests and programs that write plans. */
  public static final class Builder {
    private final String id;
    private final String title;
    private final String area;
    private final ImmutableList.Builder<String> objectives = ImmutableList.builder();
    private final ImmutableList.Builder<String> leps = ImmutableList.builder();
    private final ImmutableList.Builder<Allocation> allocations = ImmutableList.builder();
    private final ImmutableList.Builder<String> tags = ImmutableList.builder();
    private final ImmutableMap.Builder<String, BigDecimal> indicators = ImmutableMap.builder();
    private Optional<String> description = Optional.empty();
    private boolean illustrative;

    private Builder(String id, String title, String area) {
      this.id = id;
      this.title = title;
      this.area = area;
    }

    public Builder objective(String code) {
      objectives.add(code);
      return this;
    }

    public Builder leps(String code) {
      leps.add(code);
      return this;
    }

    public Builder allocation(String source, int year, Euro amount) {
      allocations.add(Allocation.of(source, year, amount));
      return this;
    }

    public Builder allocation(Allocation allocation) {
      allocations.add(allocation);
      return this;
    }

    public Builder tag(String tag) {
      tags.add(tag);
      return this;
    }

    public Builder indicator(String id, BigDecimal value) {
      indicators.put(id, value);
      return this;
    }

    public Builder description(String text) {
      description = Optional.of(text);
      return this;
    }

    public Builder illustrative(boolean value) {
      illustrative = value;
      return this;
    }

    public Intervention build() {
      return new Intervention(
          id,
          title,
          area,
          objectives.build(),
          leps.build(),
          allocations.build(),
          tags.build(),
          indicators.buildOrThrow(),
          description,
          illustrative);
    }
  }
}
