package it.pianozona.core.model;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * How the plan was adopted and who took part in building it.
 *
 * @param approvals the formal acts, in the plan's order
 * @param participation the participatory events, in the plan's order
 * @since 0.1
 */
public record Governance(List<ApprovalAct> approvals, List<ParticipationEvent> participation) {

  /** A plan that records no acts and no participation. */
  public static final Governance EMPTY = new Governance(List.of(), List.of());

  public Governance {
    approvals = ImmutableList.copyOf(approvals);
    participation = ImmutableList.copyOf(participation);
  }
}
