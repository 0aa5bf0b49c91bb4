package it.pianozona.core.criteria;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import it.pianozona.core.framework.DatedCodes;
import it.pianozona.core.framework.Parameters;
import it.pianozona.core.model.Euro;
import it.pianozona.core.model.Funding;
import it.pianozona.core.model.Plan;
import it.pianozona.core.national.NationalRules;
import it.pianozona.core.text.Message;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The comuni's own money against the base a framework states for the co-financing share: which
 * funding sources count in the denominator. The base is the dated list parameter {@value
 * #PARAMETER}, either the source ids or {@value #ALL_DECLARED} for every source the plan declares,
 * so that the {@code municipal-cofinancing} criterion and a region's co-financing rule divide by
 * the same thing and say what it is.
 *
 * @param comuni the plan's declared funding from the source {@code comuni}
 * @param base the declared funding of the sources in the base
 * @param sources the sources the base counts that the plan declares, in the plan's order
 * @param allDeclared whether the base is every declared source
 * @param parameter the parameter that states the base, with its reference or caveat
 * @since 0.1
 */
public record CofinancingBase(
    Euro comuni, Euro base, List<String> sources, boolean allDeclared, DatedCodes parameter) {

  /** The parameter that states the base. */
  public static final String PARAMETER = "municipal-cofinancing-base";

  /** The code that makes the base every source the plan declares. */
  public static final String ALL_DECLARED = "all-declared";

  /** The funding source of the comuni's own money. */
  public static final String COMUNI = "comuni";

  public CofinancingBase {
    requireNonNull(comuni, "comuni");
    requireNonNull(base, "base");
    sources = ImmutableList.copyOf(sources);
    requireNonNull(parameter, "parameter");
  }

  /**
   * The base for the plan's first year, if the parameters state one.
   *
   * @param parameters national and framework parameters together
   */
  public static Optional<CofinancingBase> of(Plan plan, Parameters parameters) {
    Optional<DatedCodes> parameter = parameters.codesInYear(PARAMETER, plan.period().from());
    if (parameter.isEmpty()) {
      return Optional.empty();
    }
    boolean all = parameter.get().codes().contains(ALL_DECLARED);
    Set<String> counted = new LinkedHashSet<>();
    Euro comuni = Euro.ZERO;
    Euro base = Euro.ZERO;
    for (Funding f : plan.funding()) {
      String id = f.source().id();
      if (id.equals(COMUNI)) {
        comuni = comuni.plus(f.amount());
      }
      if (all || parameter.get().codes().contains(id)) {
        base = base.plus(f.amount());
        counted.add(id);
      }
    }
    return Optional.of(
        new CofinancingBase(comuni, base, List.copyOf(counted), all, parameter.get()));
  }

  /** The comuni's money over the base, to four decimals; zero when the base is zero. */
  public BigDecimal share() {
    return base.isZero()
        ? BigDecimal.ZERO
        : comuni.toBigDecimal().divide(base.toBigDecimal(), 4, RoundingMode.HALF_EVEN);
  }

  /**
   * What the base counts, as a message argument: {@code tutte le fonti dichiarate (fnps, fna,
   * comuni)} or {@code le fonti fnps, fna}; the codes are the plan's own.
   */
  public Message description() {
    String listed = allDeclared ? String.join(", ", sources) : String.join(", ", parameter.codes());
    return Message.of(
        NationalRules.BUNDLE,
        allDeclared ? "cofinancing.base.all" : "cofinancing.base.listed",
        listed.isEmpty() ? "-" : listed);
  }
}
