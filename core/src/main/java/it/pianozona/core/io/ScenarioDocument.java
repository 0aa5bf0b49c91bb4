package it.pianozona.core.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import it.pianozona.core.validation.Pointer;
import it.pianozona.core.validation.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A golden scenario as read from its file: a name, the plan, and what checking the plan must give
 * (the framework it is checked under, its score, its findings). A regional expert writes one file
 * per scenario, without Java; {@code it.pianozona.core.scenario.Scenarios} runs them.
 *
 * @param source the file, as named in problems
 * @param name what the scenario shows, in the author's words ({@code scenario})
 * @param expected what checking the plan must give ({@code expect}); empty while the author has not
 *     written it yet, and then the scenario fails showing what the plan gives
 * @param plan the plan ({@code plan}), whose positions are those of the scenario file
 * @since 0.1
 */
public record ScenarioDocument(
    String source, String name, Optional<Expected> expected, PlanDocument plan) {

  public ScenarioDocument {
    requireNonNull(source, "source");
    requireNonNull(name, "name");
    requireNonNull(expected, "expected");
    requireNonNull(plan, "plan");
  }

  /**
   * What checking the plan must give ({@code expect}).
   *
   * @param framework the id of the framework the plan must be checked under
   * @param score the total score it must get, compared as a number ({@code 88.40} is {@code 88.4})
   * @param findings every finding it must get, in any order; none when the section is left out
   * @param at where the section lies in the file
   */
  public record Expected(
      String framework, BigDecimal score, List<ExpectedFinding> findings, Pointer at) {
    public Expected {
      requireNonNull(framework, "framework");
      requireNonNull(score, "score");
      findings = ImmutableList.copyOf(findings);
      requireNonNull(at, "at");
    }
  }

  /**
   * One finding the plan must get: its rule's code and its JSON Pointer in the plan, and, when
   * given, its severity and whether a suppression accepts it.
   *
   * @param code the rule's code, such as {@code NAT-FUND-001}
   * @param pointer where the finding is in the plan ({@code ""} for the plan as a whole)
   * @param severity the severity it must have; any when empty
   * @param suppressed whether it must be suppressed (true) or must not be (false); either when
   *     empty
   * @param at where the entry lies in the file, such as {@code /expect/findings/2}
   */
  public record ExpectedFinding(
      String code,
      Pointer pointer,
      Optional<Severity> severity,
      Optional<Boolean> suppressed,
      Pointer at) {
    public ExpectedFinding {
      requireNonNull(code, "code");
      requireNonNull(pointer, "pointer");
      requireNonNull(severity, "severity");
      requireNonNull(suppressed, "suppressed");
      requireNonNull(at, "at");
    }

    /** How many of the optional properties the entry states: the more, the narrower it matches. */
    public int specificity() {
      return (severity.isPresent() ? 1 : 0) + (suppressed.isPresent() ? 1 : 0);
    }
  }
}
