package it.pianozona.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Piano di Zona: the three-year social plan of one ambito, as its document states it.
 *
 * <p>A plan is read from a document without judging it: a plan that breaks the law, overspends or
 * names a comune that does not exist is still a plan, and validation reports what is wrong with it.
 * Only what cannot be represented at all (a missing title, a negative amount) is refused here.
 *
 * @param schemaVersion the version of the document format the plan was written in
 * @param id a stable identifier of the plan, such as {@code puglia-casarano-2022-2024}
 * @param title the plan's title
 * @param ambito the ambito that adopts it, with its region and comuni
 * @param period the years it covers
 * @param framework the identifier of the regional framework it names, if it names one
 * @param contents the sections the plan defines, by key (such as {@code monitoring}), each with a
 *     summary or a pointer to its chapter
 * @param funding the money declared available, by source and year
 * @param staffing the professional resources, if stated
 * @param interventions the services and interventions it programmes
 * @param governance approval acts and participation
 * @param sources public documents its facts come from
 * @param notes remarks on the plan as a whole (such as which figures are illustrative)
 * @param suppressions findings its authors know of and accept, each with its reason
 * @since 0.1
 */
public record Plan(
    int schemaVersion,
    String id,
    String title,
    Ambito ambito,
    Period period,
    Optional<String> framework,
    Map<String, String> contents,
    List<Funding> funding,
    Optional<Staffing> staffing,
    List<Intervention> interventions,
    Governance governance,
    List<SourceRef> sources,
    Optional<String> notes,
    List<Suppression> suppressions) {

  /** The document format version this library writes. */
  public static final int CURRENT_SCHEMA_VERSION = 1;

  /**
   * The most all of a plan's amounts (declared funding and allocations together) may add up to: far
   * above any budget (about 92 thousand billion euro), and low enough that every sum and difference
   * a rule or a report makes of them stays exact in {@link Euro}'s cents, with room to spare for
   * percentages.
   */
  public static final Euro MAX_TOTAL = Euro.ofCents(Long.MAX_VALUE / 1000);

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  public Plan {
    checkArgument(
        schemaVersion == CURRENT_SCHEMA_VERSION,
        "unsupported schema version %s (this library reads %s)",
        schemaVersion,
        CURRENT_SCHEMA_VERSION);
    checkArgument(
        id != null && ID.matcher(id).matches(),
        "a plan id is letters, digits, '.', '_' or '-', got '%s'",
        id);
    checkArgument(!Texts.blank(title), "plan %s needs a title", id);
    title = Texts.nfc(title);
    requireNonNull(ambito, "ambito");
    requireNonNull(period, "period");
    requireNonNull(framework, "framework");
    contents = ImmutableMap.copyOf(contents);
    funding = ImmutableList.copyOf(funding);
    requireNonNull(staffing, "staffing");
    interventions = ImmutableList.copyOf(interventions);
    requireNonNull(governance, "governance");
    sources = ImmutableList.copyOf(sources);
    requireNonNull(notes, "notes");
    suppressions = ImmutableList.copyOf(suppressions);
    checkArgument(
        withinTotal(funding, interventions),
        "the amounts of plan %s add up to more than %s euro, more than any budget",
        id,
        MAX_TOTAL);
  }

  /** Whether all the amounts add up to at most {@link #MAX_TOTAL}, never overflowing. */
  private static boolean withinTotal(List<Funding> funding, List<Intervention> interventions) {
    long left = MAX_TOTAL.cents();
    for (Funding f : funding) {
      left -= f.amount().cents();
      if (left < 0) {
        return false;
      }
    }
    for (Intervention i : interventions) {
      for (Allocation a : i.allocations()) {
        left -= a.amount().cents();
        if (left < 0) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether a text can serve as a plan id. */
  public static boolean isValidId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  /** The region of the plan's ambito. */
  public Region region() {
    return ambito.region();
  }

  /** The sum of all allocations to interventions. */
  public Euro totalAllocated() {
    return interventions.stream().map(Intervention::total).reduce(Euro.ZERO, Euro::plus);
  }

  /** The sum of all declared funding. */
  public Euro totalFunding() {
    return funding.stream().map(Funding::amount).reduce(Euro.ZERO, Euro::plus);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder seeded with this plan, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b =
        new Builder().id(id).title(title).ambito(ambito).period(period).governance(governance);
    b.schemaVersion = schemaVersion;
    framework.ifPresent(b::framework);
    contents.forEach(b::content);
    funding.forEach(b::funding);
    staffing.ifPresent(b::staffing);
    interventions.forEach(b::intervention);
    sources.forEach(b::source);
    notes.ifPresent(b::notes);
    suppressions.forEach(b::suppression);
    return b;
  }

  /**
   * Assembles a plan in code. Each setter checks its own value at once, so a mistake is reported
   * where it is made rather than at {@link #build()}. A singular setter ({@link #funding(Funding)})
   * adds one element; a {@code with} setter ({@link #withFunding}) replaces them all, as when
   * changing a copy from {@link Plan#toBuilder()}.
   */
  public static final class Builder {
    private int schemaVersion = CURRENT_SCHEMA_VERSION;
    private String id;
    private String title;
    private Ambito ambito;
    private Period period;
    private Optional<String> framework = Optional.empty();
    private final Map<String, String> contents = new LinkedHashMap<>();
    private final List<Funding> funding = new ArrayList<>();
    private Optional<Staffing> staffing = Optional.empty();
    private final List<Intervention> interventions = new ArrayList<>();
    private final List<Suppression> suppressions = new ArrayList<>();
    private Governance governance = Governance.EMPTY;
    private final List<SourceRef> sources = new ArrayList<>();
    private Optional<String> notes = Optional.empty();

    private Builder() {}

    public Builder id(String value) {
      checkArgument(
          isValidId(value), "a plan id is letters, digits, '.', '_' or '-', got '%s'", value);
      id = value;
      return this;
    }

    public Builder title(String value) {
      checkArgument(!Texts.blank(value), "a plan title cannot be blank");
      title = value;
      return this;
    }

    public Builder ambito(Ambito value) {
      ambito = requireNonNull(value, "ambito");
      return this;
    }

    public Builder period(Period value) {
      period = requireNonNull(value, "period");
      return this;
    }

    public Builder period(int from, int to) {
      return period(Period.of(from, to));
    }

    public Builder framework(String value) {
      checkArgument(!Texts.blank(value), "a framework id cannot be blank");
      framework = Optional.of(value);
      return this;
    }

    public Builder withoutFramework() {
      framework = Optional.empty();
      return this;
    }

    public Builder content(String key, String text) {
      checkArgument(!Texts.blank(key), "a contents key cannot be blank");
      checkArgument(text != null, "contents '%s' needs a text", key);
      checkArgument(!contents.containsKey(key), "contents '%s' given twice", key);
      contents.put(key, text);
      return this;
    }

    public Builder withContents(Map<String, String> values) {
      contents.clear();
      values.forEach(this::content);
      return this;
    }

    public Builder funding(Funding value) {
      funding.add(requireNonNull(value, "funding"));
      return this;
    }

    public Builder funding(String source, int year, Euro amount) {
      return funding(Funding.of(source, year, amount));
    }

    public Builder withFunding(List<Funding> values) {
      funding.clear();
      values.forEach(this::funding);
      return this;
    }

    public Builder staffing(Staffing value) {
      staffing = Optional.of(requireNonNull(value, "staffing"));
      return this;
    }

    public Builder withoutStaffing() {
      staffing = Optional.empty();
      return this;
    }

    public Builder intervention(Intervention value) {
      interventions.add(requireNonNull(value, "intervention"));
      return this;
    }

    public Builder withInterventions(List<Intervention> values) {
      interventions.clear();
      values.forEach(this::intervention);
      return this;
    }

    public Builder governance(Governance value) {
      governance = requireNonNull(value, "governance");
      return this;
    }

    public Builder source(SourceRef value) {
      sources.add(requireNonNull(value, "source"));
      return this;
    }

    public Builder withSources(List<SourceRef> values) {
      sources.clear();
      values.forEach(this::source);
      return this;
    }

    public Builder notes(String value) {
      notes = Optional.of(requireNonNull(value, "notes"));
      return this;
    }

    /** Accepts a finding, with its reason. */
    public Builder suppression(Suppression value) {
      suppressions.add(requireNonNull(value, "suppression"));
      return this;
    }

    public Builder withSuppressions(List<Suppression> values) {
      suppressions.clear();
      values.forEach(this::suppression);
      return this;
    }

    public Builder withoutNotes() {
      notes = Optional.empty();
      return this;
    }

    /**
     * Builds the plan.
     *
     * @throws IllegalStateException naming the first required part that was never set
     */
    public Plan build() {
      if (id == null) {
        throw new IllegalStateException("a plan needs an id");
      }
      if (title == null) {
        throw new IllegalStateException("plan " + id + " needs a title");
      }
      if (ambito == null) {
        throw new IllegalStateException("plan " + id + " needs an ambito");
      }
      if (period == null) {
        throw new IllegalStateException("plan " + id + " needs a period");
      }
      return new Plan(
          schemaVersion,
          id,
          title,
          ambito,
          period,
          framework,
          contents,
          funding,
          staffing,
          interventions,
          governance,
          sources,
          notes,
          suppressions);
    }
  }
}
