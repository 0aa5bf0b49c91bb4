package it.pianozona.tck;

import java.util.Optional;

/**
 * One way to break an otherwise valid plan, and the national rule that must then report it. The
 * generators apply exactly one breakage to a valid plan, so a region can check that its framework
 * still lets the national rules see what is wrong.
 */
public enum Breakage {
  /** A comune whose ISTAT code does not exist. */
  UNKNOWN_COMUNE("NAT-TERR-001"),
  /** A comune of another region. */
  FOREIGN_COMUNE("NAT-TERR-002"),
  /** A comune named otherwise than ISTAT names it. */
  WRONG_COMUNE_NAME("NAT-TERR-003"),
  /** A lead comune that is not one of the comuni. */
  LEAD_OUTSIDE("NAT-TERR-004"),
  /** A comune listed twice. */
  DUPLICATE_COMUNE("NAT-TERR-005"),
  /** Allocations over the funding declared for a source and year. */
  OVERSPENT("NAT-FUND-001"),
  /** Allocations from a source and year the plan does not declare. */
  UNDECLARED_SOURCE("NAT-FUND-002"),
  /** An allocation outside the plan's years. */
  ALLOCATION_OUTSIDE_PERIOD("NAT-FUND-003"),
  /** Two interventions with one id. */
  DUPLICATE_INTERVENTION_ID("NAT-INT-001"),
  /** An intervention in an area the framework does not have. */
  UNKNOWN_AREA(null),
  /** No staffing at all. */
  NO_STAFFING("NAT-CNT-005"),
  /** No objectives section. */
  NO_OBJECTIVES_SECTION("NAT-CNT-001"),
  /** No monitoring section. */
  NO_MONITORING_SECTION("NAT-CNT-006");

  private final String code;

  Breakage(String code) {
    this.code = code;
  }

  /**
   * The code of the national finding this breakage must produce. Empty for {@link #UNKNOWN_AREA},
   * whose code depends on whether the catalogue's areas are complete (NAT-INT-002) or not
   * (NAT-INT-007): see {@link #expectedCode(boolean)}.
   */
  public Optional<String> expectedCode() {
    return Optional.ofNullable(code);
  }

  /** The code this breakage must produce under a catalogue with complete or partial areas. */
  public String expectedCode(boolean areasComplete) {
    if (this == UNKNOWN_AREA) {
      return areasComplete ? "NAT-INT-002" : "NAT-INT-007";
    }
    return code;
  }
}
