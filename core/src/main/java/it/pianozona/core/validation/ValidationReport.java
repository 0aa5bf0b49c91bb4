package it.pianozona.core.validation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * Everything validation found in one plan, in a stable order: the same plan under the same
 * framework always gives an equal report.
 *
 * @param planId the plan's id
 * @param frameworkId the framework the plan was checked under
 * @param findings the findings, ordered by {@link Finding#ORDER}
 * @since 0.1
 */
public record ValidationReport(String planId, String frameworkId, List<Finding> findings) {

  public ValidationReport {
    requireNonNull(planId, "planId");
    requireNonNull(frameworkId, "frameworkId");
    findings = ImmutableList.sortedCopyOf(Finding.ORDER, findings);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** Whether any finding is at least as serious as the threshold. */
  public boolean hasAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
  }

  /**
   * Whether any finding at least as serious as the threshold is not suppressed: what makes a run
   * fail, since a suppressed finding stays in the report but is accepted.
   */
  public boolean failsAt(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold) && !f.suppressed());
  }

  public List<Finding> withCode(String code) {
    return findings.stream().filter(f -> f.code().equals(code)).toList();
  }

  /** The most serious severity found, if anything was found. */
  public Optional<Severity> worst() {
    return findings.stream().map(Finding::severity).min(Enum::compareTo);
  }
}
