package it.pianozona.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.model.FundingSource;
import it.pianozona.core.model.Period;
import it.pianozona.core.model.Region;
import it.pianozona.core.validation.Pointer;
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
    String id = r.text(node, at, "a region id");
    if (id == null) {
      return null;
    }
    Optional<Region> region = Region.fromId(id);
    if (region.isEmpty()) {
      r.problem(
          at,
          "expected a region id (one of "
              + Region.allIds()
              + "), found "
              + NodeReader.describe(node));
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
        o.has("from") ? r.year(o.get("from"), at.append("from"), "the first year") : null;
    Integer to = o.has("to") ? r.year(o.get("to"), at.append("to"), "the last year") : null;
    if (from == null || to == null) {
      return null;
    }
    if (to < from) {
      r.problem(
          at.append("to"), "expected a last year not before the first (" + from + "), found " + to);
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
    r.problem(
        at,
        "expected a funding source id of lower-case words joined by hyphens, such as"
            + " fondo-poverta, found text \""
            + NodeReader.printable(id)
            + "\"");
    return false;
  }

  /** Whether text is an indicator id (such as posti-nido); records a problem if not. */
  static boolean checkIndicatorId(NodeReader r, String id, Pointer at) {
    if (FundingSource.isWellFormed(id)) {
      return true;
    }
    r.problem(
        at,
        "expected an indicator id of lower-case words joined by hyphens, found '"
            + NodeReader.printable(id)
            + "'");
    return false;
  }

  /** Runs a model constructor; a constraint it still finds becomes a problem, not a throw. */
  static <T> T build(NodeReader r, Pointer at, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      r.problem(at, String.valueOf(e.getMessage()));
      return null;
    }
  }
}
