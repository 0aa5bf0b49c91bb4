package it.pianozona.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service or intervention the plan programmes: where it sits in the regional framework (area and
 * objectives), which essential levels (LEPS) it serves, and the money it receives.
 *
 * @param id the plan's own identifier, unique within the plan
 * @param title what the service is, in the plan's words
 * @param area the code of the framework area it belongs to, such as {@code A1}
 * @param objectives codes of the framework objectives it pursues
 * @param leps identifiers of the national essential levels it guarantees
 * @param allocations its money, by source and year
 * @param tags free labels regional scoring may use (such as {@code prevention})
 * @param indicators values the plan reports for the service objectives' indicators, by indicator id
 *     (such as {@code posti-nido: 40}), kept without trailing zeros
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
    checkArgument(!Texts.blank(id), "an intervention needs an id");
    checkArgument(!Texts.blank(title), "intervention %s needs a title", id);
    checkArgument(!Texts.blank(area), "intervention %s needs an area", id);
    // Identifiers are compared as NFC, however they were typed, as the reader reads them.
    id = Texts.nfc(id);
    title = Texts.nfc(title);
    area = Texts.nfc(area);
    objectives = nfc(objectives);
    leps = nfc(leps);
    allocations = ImmutableList.copyOf(allocations);
    tags = ImmutableList.copyOf(tags);
    ImmutableMap.Builder<String, BigDecimal> canonical = ImmutableMap.builder();
    indicators.forEach((k, v) -> canonical.put(k, Decimals.canonical(v)));
    indicators = canonical.buildOrThrow();
    for (Map.Entry<String, BigDecimal> e : indicators.entrySet()) {
      checkArgument(
          e.getValue().signum() >= 0,
          "indicator %s of intervention %s cannot be negative: %s",
          e.getKey(),
          id,
          e.getValue());
    }
    requireNonNull(description, "description");
  }

  /** Starts an intervention with the three things every one needs. */
  public static Builder builder(String id, String title, String area) {
    return new Builder().id(id).title(title).area(area);
  }

  /**
   * A builder seeded with this intervention, to derive a changed copy without repeating every
   * component.
   */
  public Builder toBuilder() {
    Builder b =
        builder(id, title, area)
            .withObjectives(objectives)
            .withLeps(leps)
            .withAllocations(allocations)
            .withTags(tags)
            .withIndicators(indicators)
            .illustrative(illustrative);
    description.ifPresent(b::description);
    return b;
  }

  /** The sum of its allocations over all sources and years. */
  public Euro total() {
    Euro total = Euro.ZERO;
    for (Allocation a : allocations) {
      total = total.plus(a.amount());
    }
    return total;
  }

  /**
   * Builds an intervention step by step; mostly for tests and programs that write plans. Each
   * setter checks its own value at once, so a mistake is reported where it is made. A singular
   * setter ({@link #objective}) adds one element; a {@code with} setter ({@link #withObjectives})
   * replaces them all, as when changing a copy from {@link #toBuilder()}.
   */
  public static final class Builder {
    private String id;
    private String title;
    private String area;
    private final List<String> objectives = new ArrayList<>();
    private final List<String> leps = new ArrayList<>();
    private final List<Allocation> allocations = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private final Map<String, BigDecimal> indicators = new LinkedHashMap<>();
    private Optional<String> description = Optional.empty();
    private boolean illustrative;

    private Builder() {}

    public Builder id(String value) {
      checkArgument(!Texts.blank(value), "an intervention id cannot be blank, got '%s'", value);
      id = value;
      return this;
    }

    public Builder title(String value) {
      checkArgument(
          !Texts.blank(value), "the title of intervention %s cannot be blank, got '%s'", id, value);
      title = value;
      return this;
    }

    public Builder area(String value) {
      checkArgument(
          !Texts.blank(value), "the area of intervention %s cannot be blank, got '%s'", id, value);
      area = value;
      return this;
    }

    public Builder objective(String code) {
      objectives.add(requireNonNull(code, "objective"));
      return this;
    }

    public Builder withObjectives(List<String> codes) {
      objectives.clear();
      codes.forEach(this::objective);
      return this;
    }

    public Builder leps(String code) {
      leps.add(requireNonNull(code, "leps"));
      return this;
    }

    public Builder withLeps(List<String> codes) {
      leps.clear();
      codes.forEach(this::leps);
      return this;
    }

    public Builder allocation(String source, int year, Euro amount) {
      return allocation(Allocation.of(source, year, amount));
    }

    public Builder allocation(Allocation allocation) {
      allocations.add(requireNonNull(allocation, "allocation"));
      return this;
    }

    public Builder withAllocations(List<Allocation> values) {
      allocations.clear();
      values.forEach(this::allocation);
      return this;
    }

    public Builder tag(String tag) {
      tags.add(requireNonNull(tag, "tag"));
      return this;
    }

    public Builder withTags(List<String> values) {
      tags.clear();
      values.forEach(this::tag);
      return this;
    }

    public Builder indicator(String id, BigDecimal value) {
      requireNonNull(id, "indicator");
      requireNonNull(value, "indicator value");
      checkArgument(
          value.signum() >= 0,
          "indicator %s of intervention %s cannot be negative: %s",
          id,
          this.id,
          value);
      checkArgument(
          !indicators.containsKey(id), "indicator %s of intervention %s given twice", id, this.id);
      indicators.put(id, value);
      return this;
    }

    public Builder withIndicators(Map<String, BigDecimal> values) {
      indicators.clear();
      values.forEach(this::indicator);
      return this;
    }

    public Builder description(String text) {
      description = Optional.of(requireNonNull(text, "description"));
      return this;
    }

    public Builder withoutDescription() {
      description = Optional.empty();
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
          objectives,
          leps,
          allocations,
          tags,
          indicators,
          description,
          illustrative);
    }
  }

  /** Each code in NFC: a loop, as it runs for every intervention read. */
  private static ImmutableList<String> nfc(List<String> codes) {
    ImmutableList.Builder<String> out = ImmutableList.builderWithExpectedSize(codes.size());
    for (String code : codes) {
      out.add(Texts.nfc(code));
    }
    return out.build();
  }
}
