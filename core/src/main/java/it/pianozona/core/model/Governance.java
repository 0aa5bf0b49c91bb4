package it.pianozona.core.model;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * How the plan was adopted and by whom, who took part in building it, and the bodies that run it.
 *
 * @param approvals the formal acts of adoption, in the plan's order
 * @param participation the participatory events, in the plan's order
 * @param agreements the agreements that adopt or carry out the plan
 * @param bodies the governance bodies of the ambito
 * @since 0.1
 */
public record Governance(
    List<ApprovalAct> approvals,
    List<ParticipationEvent> participation,
    List<Agreement> agreements,
    List<GovernanceBody> bodies) {

  /** A plan that records no governance at all. */
  public static final Governance EMPTY = new Governance(List.of(), List.of(), List.of(), List.of());

  public Governance {
    approvals = ImmutableList.copyOf(approvals);
    participation = ImmutableList.copyOf(participation);
    agreements = ImmutableList.copyOf(agreements);
    bodies = ImmutableList.copyOf(bodies);
  }

  /** Approval acts and participation only. */
  public Governance(List<ApprovalAct> approvals, List<ParticipationEvent> participation) {
    this(approvals, participation, List.of(), List.of());
  }

  /** Whether nothing at all is recorded. */
  public boolean isEmpty() {
    return approvals.isEmpty()
        && participation.isEmpty()
        && agreements.isEmpty()
        && bodies.isEmpty();
  }

  /** Whether an approval act by the given body is recorded. */
  public boolean approvedBy(String body) {
    return approvals.stream().anyMatch(a -> a.body().equals(body));
  }

  /** Whether an agreement of the given kind is recorded. */
  public boolean hasAgreement(String kind) {
    return agreements.stream().anyMatch(a -> a.kind().equals(kind));
  }

  /** Whether a body of the given kind is recorded. */
  public boolean hasBody(String kind) {
    return bodies.stream().anyMatch(b -> b.kind().equals(kind));
  }
}
