package it.pianozona.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.model.FundingSource;
import it.pianozona.core.model.Period;
import it.pianozona.core.model.Region;
import it.pianozona.core.validation.Pointer;
import java.time.Year;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The checks that plan documents and data files share (a region, a period, a funding source or
 * indicator id, a model constructor's own refusal), so that each is written, and its message
 * worded, once. Like {@link NodeReader}'s readers, each records a problem and carries on.
 */
final class Binding {

  private Binding() {}

  /** The region with the id; null and a problem listing every id otherwise. */
  static Region region(NodeReader r, JsonNode node, Pointer at) {
    String id = r.text(node, at, "value.region-id");
    if (id == null) {
      return null;
    }
    Optional<Region> region = Region.fromId(id);
    if (region.isEmpty()) {
      r.problem(at, ProblemCode.UNKNOWN_REGION, Region.allIds(), NodeReader.describe(node));
      return null;
    }
    return region.get();
  }

  /** A period written {@code {from: YEAR, to: YEAR}}; null and a problem otherwise. */
  static Period period(NodeReader r, JsonNode node, Pointer at) {
    ObjectNode o = r.object(node, at, PlanShapes.PERIOD);
    if (o == null) {
      return null;
    }
    Integer from =
        o.has("from") ? r.year(o.get("from"), at.append("from"), "value.first-year") : null;
    Integer to = o.has("to") ? r.year(o.get("to"), at.append("to"), "value.last-year") : null;
    if (from == null || to == null) {
      return null;
    }
    if (to < from) {
      r.problem(at.append("to"), ProblemCode.PERIOD_REVERSED, Year.of(from), Year.of(to));
      return null;
    }
    return Period.of(from, to);
  }

  /**
   * Whether text read as a funding source id is one; records a problem at {@code at} if not. The
   * text is one {@link NodeReader#text} accepted, so it is quoted as {@code describe} would.
   */
  static boolean checkFundingSourceId(NodeReader r, String id, Pointer at) {
    if (FundingSource.isWellFormed(id)) {
      return true;
    }
    r.problem(at, ProblemCode.BAD_FUNDING_SOURCE_ID, NodeReader.printable(id));
    return false;
  }

  /** Whether text is an indicator id (such as posti-nido); records a problem if not. */
  static boolean checkIndicatorId(NodeReader r, String id, Pointer at) {
    if (FundingSource.isWellFormed(id)) {
      return true;
    }
    r.problem(at, ProblemCode.BAD_INDICATOR_ID, NodeReader.printable(id));
    return false;
  }

  /**
   * Runs a model constructor; a constraint it still finds becomes a problem, not a throw. The
   * readers check every constraint a document can break before this, each with its own code; this
   * is the safety net, and carries the model's own (English) words.
   */
  static <T> T build(NodeReader r, Pointer at, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      r.problem(at, ProblemCode.MODEL_CONSTRAINT, String.valueOf(e.getMessage()));
      return null;
    }
  }
}
