package it.pianozona.tck;

import it.pianozona.core.validation.Finding;
import it.pianozona.core.validation.Severity;
import it.pianozona.core.validation.ValidationReport;
import java.util.List;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/**
 * Fluent assertions on validation reports, with failure messages that list what the report actually
 * holds:
 *
 * <pre>{@code
 * ReportAssert.assertThat(report).hasFinding("NAT-FUND-001").at("/funding/0/amount");
 * ReportAssert.assertThat(report).hasNoErrors().hasNoFinding("PUG-V-AREA-001");
 * }</pre>
 */
public final class ReportAssert {

  private final ValidationReport report;

  private ReportAssert(ValidationReport report) {
    this.report = report;
  }

  public static ReportAssert assertThat(ValidationReport report) {
    return new ReportAssert(report);
  }

  /** Assertions on the findings with this code; fails if there is none. */
  public FindingsAssert hasFinding(String code) {
    List<Finding> found = report.withCode(code);
    if (found.isEmpty()) {
      throw new AssertionFailedError(
          "expected a finding "
              + code
              + " in the report of "
              + report.planId()
              + ", found: "
              + describe(report.findings()));
    }
    return new FindingsAssert(this, code, found);
  }

  public ReportAssert hasNoFinding(String code) {
    if (!report.withCode(code).isEmpty()) {
      throw new AssertionFailedError(
          "expected no finding " + code + ", found: " + describe(report.withCode(code)));
    }
    return this;
  }

  public ReportAssert hasNoErrors() {
    List<Finding> errors =
        report.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    if (!errors.isEmpty()) {
      throw new AssertionFailedError("expected no ERROR finding, found: " + describe(errors));
    }
    return this;
  }

  public ReportAssert isEmpty() {
    if (!report.findings().isEmpty()) {
      throw new AssertionFailedError("expected no finding, found: " + describe(report.findings()));
    }
    return this;
  }

  /** Asserts the codes of all findings, in report order. */
  public ReportAssert hasCodes(String... codes) {
    List<String> actual = report.findings().stream().map(Finding::code).toList();
    if (!actual.equals(List.of(codes))) {
      throw new AssertionFailedError("unexpected findings", List.of(codes), actual);
    }
    return this;
  }

  static String describe(List<Finding> findings) {
    return findings.isEmpty()
        ? "none"
        : findings.stream()
            .map(f -> f.severity() + " " + f.code() + " at " + f.pointer())
            .collect(Collectors.joining("; "));
  }

  /** Assertions on the findings of one code. */
  public static final class FindingsAssert {
    private final ReportAssert parent;
    private final String code;
    private final List<Finding> findings;

    private FindingsAssert(ReportAssert parent, String code, List<Finding> findings) {
      this.parent = parent;
      this.code = code;
      this.findings = findings;
    }

    /** Asserts one of the findings is at the JSON Pointer. */
    public ReportAssert at(String pointer) {
      if (findings.stream().noneMatch(f -> f.pointer().toString().equals(pointer))) {
        throw new AssertionFailedError(
            "expected "
                + code
                + " at "
                + pointer
                + ", found it at "
                + findings.stream()
                    .map(f -> f.pointer().toString())
                    .collect(Collectors.joining(", ")));
      }
      return parent;
    }

    /** Asserts every finding of the code has this severity. */
    public FindingsAssert withSeverity(Severity severity) {
      if (findings.stream().anyMatch(f -> f.severity() != severity)) {
        throw new AssertionFailedError(
            "expected " + code + " with severity " + severity + ", found: " + describe(findings));
      }
      return this;
    }

    /** Asserts how many findings of the code there are. */
    public ReportAssert times(int count) {
      if (findings.size() != count) {
        throw new AssertionFailedError(
            "expected "
                + count
                + " findings "
                + code
                + ", found "
                + findings.size()
                + ": "
                + describe(findings));
      }
      return parent;
    }
  }
}
