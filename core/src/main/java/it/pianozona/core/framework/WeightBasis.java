package it.pianozona.core.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import it.pianozona.core.validation.LegalBasis;
import java.util.Optional;

/**
 * Where a criterion's weight comes from: an act that fixes the points (then the act is named), or
 * this library's own choice. Reports show it beside each weight, so that nobody reads a weight
 * pianozona chose as if a region had set it.
 *
 * @param origin whether an act or pianozona set the weight
 * @param act the act and article that set it, present exactly when the origin is {@link Origin#ACT}
 * @since 0.1
 */
public record WeightBasis(Origin origin, Optional<LegalBasis> act) {

  /** A weight chosen by pianozona, which no act fixes. */
  public static final WeightBasis PIANOZONA = new WeightBasis(Origin.PIANOZONA, Optional.empty());

  /** Who set a weight. */
  public enum Origin {
    /** An act fixes the points: a regional deliberation's reward table, for instance. */
    ACT("act"),
    /** No act fixes the points; this library chose them and says why in the rationale. */
    PIANOZONA("pianozona");

    private final String id;

    Origin(String id) {
      this.id = id;
    }

    /** The identifier data files and the JSON report use: {@code act} or {@code pianozona}. */
    public String id() {
      return id;
    }

    /** The origin with the identifier, if any. */
    public static Optional<Origin> fromId(String id) {
      for (Origin o : values()) {
        if (o.id.equals(id)) {
          return Optional.of(o);
        }
      }
      return Optional.empty();
    }
  }

  public WeightBasis {
    requireNonNull(origin, "origin");
    requireNonNull(act, "act");
    checkArgument(
        act.isPresent() == (origin == Origin.ACT),
        "a weight set by an act names the act, and only such a weight does: %s, %s",
        origin,
        act);
  }

  /** A weight an act fixes. */
  public static WeightBasis act(LegalBasis act) {
    return new WeightBasis(Origin.ACT, Optional.of(requireNonNull(act, "act")));
  }

  /** Whether an act, not this library, set the weight. */
  public boolean fromAct() {
    return origin == Origin.ACT;
  }
}
