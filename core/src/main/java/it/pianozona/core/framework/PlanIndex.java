package it.pianozona.core.framework;

import java.util.Objects;
import java.util.function.Function;

/**
 * Something several rules compute from the same plan (sums by source and year, ids, lookups), asked
 * for through {@link RuleContext#shared(PlanIndex)}: the engine computes it once per evaluation and
 * hands the same value to every rule that asks, instead of each rule walking every allocation
 * again. An index is its own key, compared by identity: declare each one once, as a constant. It is
 * computed from what every rule of the evaluation sees alike (the plan, the framework, the
 * parameters, the references, other indexes), never reports a finding, and its value must be
 * immutable, or at least never changed by a rule that reads it.
 *
 * @param <T> the value computed from a plan
 * @since 0.1
 */
public final class PlanIndex<T> {

  private final String name;
  private final Function<? super RuleContext, ? extends T> compute;

  private PlanIndex(String name, Function<? super RuleContext, ? extends T> compute) {
    this.name = Objects.requireNonNull(name, "name");
    this.compute = Objects.requireNonNull(compute, "compute");
  }

  /** An index named for diagnostics, computed by the function from a rule's context. */
  public static <T> PlanIndex<T> of(
      String name, Function<? super RuleContext, ? extends T> compute) {
    return new PlanIndex<>(name, compute);
  }

  /** Computes the value afresh; rules ask {@link RuleContext#shared(PlanIndex)} instead. */
  public T compute(RuleContext context) {
    return Objects.requireNonNull(compute.apply(context), () -> "index " + name + " computed null");
  }

  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return "PlanIndex[" + name + "]";
  }
}
