package it.pianozona.core.framework;

import it.pianozona.core.model.Allocation;
import it.pianozona.core.model.Comune;
import it.pianozona.core.model.Funding;
import it.pianozona.core.model.Intervention;
import it.pianozona.core.model.Plan;
import it.pianozona.core.validation.ElementRef.Kind;
import it.pianozona.core.validation.Location;
import it.pianozona.core.validation.Pointer;

/**
 * Locations of a plan's parts in its document. A plan read from a document keeps the order of every
 * list, so a list index is also the index in the document and the pointer is exact.
 *
 * @since 0.1
 */
public final class Locations {

  private Locations() {}

  /** The whole plan. */
  public static Location plan(Plan plan) {
    return Location.of(Pointer.ROOT, Kind.PLAN, plan.id());
  }

  /** A top-level key of the plan, such as {@code period} or {@code interventions}. */
  public static Location planKey(Plan plan, String key) {
    return Location.of(Pointer.of(key), Kind.PLAN, plan.id());
  }

  public static Location period(Plan plan) {
    return Location.of(Pointer.of("period"), Kind.PERIOD, plan.period().toString());
  }

  /** A key of the ambito, such as {@code lead} or {@code comuni}. */
  public static Location ambito(Plan plan, String key) {
    return Location.of(Pointer.of("ambito", key), Kind.AMBITO, plan.ambito().name());
  }

  /** A comune of the ambito, or one of its fields when {@code field} is given. */
  public static Location comune(int index, Comune comune, String... field) {
    return Location.of(
        Pointer.of("ambito", "comuni", index).append((Object[]) field),
        Kind.COMUNE,
        comune.istat().value());
  }

  /** A section of the plan's contents. */
  public static Location contents(String key) {
    return Location.of(Pointer.of("contents", key), Kind.CONTENTS, key);
  }

  /** A funding entry, or one of its fields. */
  public static Location funding(int index, Funding funding, String... field) {
    return Location.of(
        Pointer.of("funding", index).append((Object[]) field),
        Kind.FUNDING,
        funding.source().id() + "/" + funding.year());
  }

  /** The staffing, or one of its fields. */
  public static Location staffing(String... field) {
    return Location.of(Pointer.of("staffing").append((Object[]) field), Kind.STAFFING, "staffing");
  }

  /** An intervention, or one of its fields. */
  public static Location intervention(int index, Intervention intervention, Object... field) {
    return Location.of(
        Pointer.of("interventions", index).append(field), Kind.INTERVENTION, intervention.id());
  }

  /** An allocation of an intervention, or one of its fields. */
  public static Location allocation(
      int index,
      Intervention intervention,
      int allocationIndex,
      Allocation allocation,
      String... field) {
    return Location.of(
        Pointer.of("interventions", index, "allocations", allocationIndex).append((Object[]) field),
        Kind.ALLOCATION,
        intervention.id() + "/" + allocation.source().id() + "/" + allocation.year());
  }

  /** A key of the governance, such as {@code approvals}. */
  public static Location governance(Plan plan, String key) {
    return Location.of(Pointer.of("governance", key), Kind.GOVERNANCE, plan.id());
  }

  /** An approval act, or one of its fields. */
  public static Location approval(int index, String body, String... field) {
    return Location.of(
        Pointer.of("governance", "approvals", index).append((Object[]) field), Kind.APPROVAL, body);
  }

  /** A participation event, or one of its fields. */
  public static Location participation(int index, String kind, String... field) {
    return Location.of(
        Pointer.of("governance", "participation", index).append((Object[]) field),
        Kind.PARTICIPATION,
        kind);
  }
}
