package it.pianozona.core.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import it.pianozona.core.validation.LegalBasis;
import java.util.List;

/**
 * How a region builds its plans in the open, as its own sources describe it: the stages of the
 * participatory path, each with the participation kinds that satisfy it (alternatives) or the
 * governance bodies whose approval of the plan does. The {@code participation} criterion scores a
 * plan on these stages, so that Basilicata's plans are not measured against Puglia's practice.
 *
 * @param stages the stages, in the order the path runs; at least one
 * @since 0.1
 */
public record ParticipationModel(List<Stage> stages) {

  public ParticipationModel {
    stages = ImmutableList.copyOf(stages);
    checkArgument(!stages.isEmpty(), "a participation model has at least one stage");
  }

  /**
   * One stage of the path.
   *
   * @param kinds participation kinds ({@code governance.participation[].kind}) any one of which
   *     satisfies the stage
   * @param bodies governance bodies ({@code governance.approvals[].body}) whose approval of the
   *     plan satisfies the stage, as when the draft is brought before the Conferenza dei Sindaci
   * @param source where the region's documents describe the stage; a caveat says when it is
   *     practice observed in the ambiti rather than a step an act sets
   */
  public record Stage(List<String> kinds, List<String> bodies, LegalBasis source) {
    public Stage {
      kinds = ImmutableList.copyOf(kinds);
      bodies = ImmutableList.copyOf(bodies);
      checkArgument(
          !kinds.isEmpty() || !bodies.isEmpty(),
          "a participation stage names a participation kind or a body");
      requireNonNull(source, "source");
    }
  }
}
