package it.pianozona.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.model.Euro;
import it.pianozona.core.model.PartialDate;
import it.pianozona.core.model.Period;
import it.pianozona.core.model.Texts;
import it.pianozona.core.text.Message;
import it.pianozona.core.text.Suggestions;
import it.pianozona.core.validation.Pointer;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads typed values out of a document tree, recording a problem (with its pointer, its code and
 * what was expected) for every value that does not fit, and carrying on so that one pass reports
 * all of them. Each reader returns {@code null} for a value it could not read.
 *
 * <p>What a value should be is named by a phrase key such as {@code value.plan-title}, so that the
 * problem reads in either language.
 */
final class NodeReader {

  /** The forms of {@link PartialDate#parse}, to tell a wrong form from an impossible day. */
  private static final Pattern DATE = Pattern.compile("(?:(\\d{4})|-)(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private final Problems problems;

  NodeReader(Problems problems) {
    this.problems = problems;
  }

  Problems problems() {
    return problems;
  }

  void problem(Pointer pointer, ProblemCode code, Object... args) {
    problems.add(pointer, code, args);
  }

  /** A phrase for what a value should be. */
  static Message phrase(String key, Object... args) {
    return Wording.phrase(key, args);
  }

  /**
   * Checks a node is an object of the shape: reports unknown keys (with a suggestion) and missing
   * required ones. Returns the object, or null if the node is not an object.
   */
  ObjectNode object(JsonNode node, Pointer at, Shape shape) {
    if (node == null || !node.isObject()) {
      problem(at, ProblemCode.NOT_AN_OBJECT, Wording.shape(shape), shape.keyList(), describe(node));
      return null;
    }
    ObjectNode object = (ObjectNode) node;
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (shape.key(name).isEmpty()) {
        Message suggestion =
            closest(name, shape)
                .map(k -> phrase("suggestion", k))
                .orElseGet(() -> phrase("hint.none"));
        problem(
            at.append(name),
            ProblemCode.UNKNOWN_KEY,
            printable(name),
            Wording.in(shape),
            suggestion,
            shape.keyList());
      }
    }
    for (Shape.Key key : shape.keys()) {
      if (key.required() && !object.has(key.name())) {
        problem(
            at.append(key.name()),
            ProblemCode.MISSING_KEY,
            key.name(),
            Wording.in(shape),
            Wording.key(shape, key.name()));
      }
    }
    return object;
  }

  private static Optional<String> closest(String name, Shape shape) {
    return Suggestions.closest(name, shape.keys().stream().map(Shape.Key::name).toList());
  }

  /**
   * "; did you mean 'X'?" for the allowed value closest to a mistyped one, or nothing when none is
   * close: for closed lists of values, as unknown keys get for the keys of their shape.
   */
  static Message didYouMean(String value, List<String> allowed) {
    return Suggestions.closest(value, allowed)
        .map(k -> phrase("suggestion", k))
        .orElseGet(() -> phrase("hint.none"));
  }

  /**
   * The elements of a list, or an empty list (and a problem) if the node is not a list.
   *
   * @param expected the phrase key of what the list holds, such as {@code value.interventions}
   */
  List<JsonNode> list(JsonNode node, Pointer at, String expected) {
    if (node == null || node.isMissingNode()) {
      return List.of();
    }
    if (!node.isArray()) {
      problem(at, ProblemCode.NOT_A_LIST, phrase(expected), describe(node));
      return List.of();
    }
    List<JsonNode> out = new ArrayList<>(node.size());
    node.forEach(out::add);
    return out;
  }

  /**
   * Non-blank text; null and a problem otherwise.
   *
   * @param expected the phrase key of what the text is, such as {@code value.plan-title}
   */
  String text(JsonNode node, Pointer at, String expected) {
    return text(node, at, phrase(expected));
  }

  /** As {@link #text(JsonNode, Pointer, String)}, with the phrase built. */
  String text(JsonNode node, Pointer at, Message expected) {
    if (node == null || !node.isTextual()) {
      Message hint = phrase(node != null && node.isNumber() ? "hint.quote" : "hint.none");
      problem(at, ProblemCode.NOT_TEXT, expected, describe(node), hint);
      return null;
    }
    // One form for every text, so that the same word typed on two systems compares equal.
    String value = Texts.nfc(node.textValue());
    if (Texts.blank(value)) {
      problem(
          at,
          ProblemCode.BLANK_TEXT,
          expected,
          phrase(value.isEmpty() ? "found.empty-text" : "found.invisible-text"));
      return null;
    }
    int bad = firstControl(value);
    if (bad >= 0) {
      problem(
          at,
          ProblemCode.CONTROL_CHARACTER,
          expected,
          codePoint(value.charAt(bad)),
          bad + 1,
          printable(value));
      return null;
    }
    return value;
  }

  /** A character as Unicode names it, such as {@code U+200B}. */
  private static String codePoint(char c) {
    return String.format(Locale.ROOT, "U+%04X", (int) c);
  }

  Optional<String> optionalText(ObjectNode parent, String key, Pointer at, String expected) {
    JsonNode node = parent.get(key);
    if (node == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(text(node, at.append(key), expected));
  }

  /** A whole number in [min, max]; null and a problem otherwise. */
  Long integer(JsonNode node, Pointer at, String expected, long min, long max) {
    return integer(node, at, phrase(expected), min, max);
  }

  /** As {@link #integer(JsonNode, Pointer, String, long, long)}, with the phrase built. */
  Long integer(JsonNode node, Pointer at, Message expected, long min, long max) {
    return integer(node, at, expected, min, max, min, max);
  }

  /** A whole number in [min, max], the bounds shown in a problem as {@code shownMin} and so on. */
  private Long integer(
      JsonNode node,
      Pointer at,
      Message expected,
      long min,
      long max,
      Object shownMin,
      Object shownMax) {
    if (node == null || !node.isNumber()) {
      problem(at, ProblemCode.NOT_A_WHOLE_NUMBER, expected, describe(node));
      return null;
    }
    BigDecimal value = node.decimalValue();
    if (value.signum() != 0 && strippedScale(value) > 0) {
      problem(at, ProblemCode.NOT_A_WHOLE_NUMBER, expected, describe(node));
      return null;
    }
    if (value.compareTo(BigDecimal.valueOf(min)) < 0
        || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      problem(at, ProblemCode.NUMBER_OUT_OF_RANGE, expected, shownMin, shownMax, describe(node));
      return null;
    }
    return value.longValueExact();
  }

  OptionalInt optionalInteger(
      ObjectNode parent, String key, Pointer at, String expected, long min, long max) {
    JsonNode node = parent.get(key);
    if (node == null) {
      return OptionalInt.empty();
    }
    Long value = integer(node, at.append(key), expected, min, max);
    return value == null ? OptionalInt.empty() : OptionalInt.of(value.intValue());
  }

  /** A year a plan may name. */
  Integer year(JsonNode node, Pointer at, String expected) {
    Long value =
        integer(
            node,
            at,
            phrase(expected),
            Period.MIN_YEAR,
            Period.MAX_YEAR,
            Year.of(Period.MIN_YEAR),
            Year.of(Period.MAX_YEAR));
    return value == null ? null : value.intValue();
  }

  /**
   * An identifier (an intervention's id, an area code): text as {@link #text} reads it, with no
   * invisible character (zero-width, soft hyphen, non-breaking or other special spaces) and no
   * space at either end, so that two identifiers that look the same are the same.
   */
  String identifier(JsonNode node, Pointer at, String expected) {
    String value = text(node, at, expected);
    if (value == null) {
      return null;
    }
    int bad = firstInvisible(value);
    if (bad >= 0) {
      problem(
          at,
          ProblemCode.INVISIBLE_CHARACTER,
          phrase(expected),
          codePoint(value.charAt(bad)),
          bad + 1,
          printable(value));
      return null;
    }
    return value;
  }

  /**
   * The index of the first character an identifier must not hold: an invisible one anywhere, or a
   * plain space at either end; -1 if none.
   */
  static int firstInvisible(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean edge = (i == 0 || i == text.length() - 1) && Character.isWhitespace(c);
      if (edge || (c != ' ' && Texts.invisible(c))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The index of the first character no plan text should hold: a control character other than tab
   * and line breaks, or a bidirectional override that can make text read other than it is.
   */
  static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
      boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
      if (control || bidi) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The scale of a number without its trailing zeros: its decimals, or minus its trailing zeros.
   * {@code 100e2147483647} has more trailing zeros than a scale can count, and the JDK throws; such
   * a number is a whole one far past any bound, which its range check then says.
   */
  static int strippedScale(BigDecimal value) {
    try {
      return value.stripTrailingZeros().scale();
    } catch (ArithmeticException e) {
      return Integer.MIN_VALUE;
    }
  }

  /** A non-negative amount in euro with at most two decimals. */
  Euro amount(JsonNode node, Pointer at) {
    if (node == null || !node.isNumber()) {
      Message hint = phrase(node != null && node.isTextual() ? "hint.amount" : "hint.none");
      problem(at, ProblemCode.AMOUNT_NOT_A_NUMBER, describe(node), hint);
      return null;
    }
    BigDecimal value = node.decimalValue();
    if (value.signum() < 0) {
      problem(at, ProblemCode.NEGATIVE_AMOUNT, plain(value));
      return null;
    }
    if (strippedScale(value) > 2) {
      problem(at, ProblemCode.AMOUNT_TOO_PRECISE, plain(value));
      return null;
    }
    if (value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 100)) > 0) {
      problem(at, ProblemCode.AMOUNT_TOO_LARGE, plain(value));
      return null;
    }
    return Euro.of(value);
  }

  /** A non-negative decimal with at most two decimals (full-time equivalents). */
  BigDecimal decimal(JsonNode node, Pointer at, String expected, BigDecimal max) {
    if (node == null || !node.isNumber()) {
      problem(at, ProblemCode.NOT_A_NUMBER, phrase(expected), describe(node));
      return null;
    }
    BigDecimal value = node.decimalValue();
    if (value.signum() < 0 || value.compareTo(max) > 0 || strippedScale(value) > 2) {
      problem(at, ProblemCode.DECIMAL_OUT_OF_RANGE, phrase(expected), max, plain(value));
      return null;
    }
    return value;
  }

  boolean flag(ObjectNode parent, String key, Pointer at) {
    JsonNode node = parent.get(key);
    if (node == null) {
      return false;
    }
    if (!node.isBoolean()) {
      problem(at.append(key), ProblemCode.NOT_TRUE_OR_FALSE, describe(node));
      return false;
    }
    return node.booleanValue();
  }

  /**
   * A date as {@link PartialDate#parse} reads it; a wrong form, a year no plan can have and a day
   * the calendar lacks are each their own problem.
   */
  PartialDate date(JsonNode node, Pointer at) {
    if (node == null || !node.isTextual()) {
      problem(at, ProblemCode.DATE_NOT_TEXT, describe(node));
      return null;
    }
    String text = node.textValue();
    Matcher m = DATE.matcher(text);
    if (!m.matches() || (m.group(1) == null && m.group(3) == null)) {
      problem(at, ProblemCode.DATE_FORM, printable(text));
      return null;
    }
    if (m.group(1) != null && !Period.isPlausibleYear(year(m.group(1)))) {
      problem(
          at,
          ProblemCode.DATE_YEAR_OUT_OF_RANGE,
          Year.of(Period.MIN_YEAR),
          Year.of(Period.MAX_YEAR),
          printable(text));
      return null;
    }
    try {
      return PartialDate.parse(text);
    } catch (IllegalArgumentException e) {
      // The form and the year are right, so the month or the day is not in the calendar.
      problem(at, ProblemCode.NO_SUCH_DAY, printable(text));
      return null;
    }
  }

  private static int year(String digits) {
    return Integer.parseInt(digits);
  }

  Optional<PartialDate> optionalDate(ObjectNode parent, String key, Pointer at) {
    JsonNode node = parent.get(key);
    return node == null ? Optional.empty() : Optional.ofNullable(date(node, at.append(key)));
  }

  /**
   * A list of non-blank texts; absent means empty.
   *
   * @param expectedList the phrase key of what the list holds, such as {@code value.tags}
   * @param expectedItem the phrase key of one item, such as {@code value.tag}
   */
  List<String> textList(
      ObjectNode parent, String key, Pointer at, String expectedList, String expectedItem) {
    List<String> out = new ArrayList<>();
    Pointer listAt = at.append(key);
    List<JsonNode> items = list(parent.get(key), listAt, expectedList);
    for (int i = 0; i < items.size(); i++) {
      String value = text(items.get(i), listAt.append(i), expectedItem);
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  /**
   * A number as a message shows it, in at most 40 characters, without ever expanding it: the plain
   * form of {@code 1e999999999} has a billion digits and takes seconds to build, so a number whose
   * exponent is that far from its digits is shown as written in scientific form.
   */
  static String plain(BigDecimal value) {
    String s =
        Math.abs((long) value.scale()) > MAX_PLAIN_SCALE ? value.toString() : value.toPlainString();
    return s.length() > 40 ? s.substring(0, 37) + "..." : s;
  }

  /** How far a number's exponent may be from its digits before messages stop expanding it. */
  static final int MAX_PLAIN_SCALE = 40;

  /** What a node is, for "found ..." in messages, in the language the problem is read in. */
  static Message describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return phrase("found.nothing");
    }
    if (node.isNull()) {
      return phrase("found.null");
    }
    if (node.isTextual()) {
      return phrase("found.text", printable(node.textValue()));
    }
    if (node.isBoolean()) {
      return phrase(node.booleanValue() ? "found.true" : "found.false");
    }
    if (node.isNumber()) {
      return phrase("found.number", plain(node.decimalValue()));
    }
    if (node.isArray()) {
      return node.size() == 1 ? phrase("found.list.one") : phrase("found.list.other", node.size());
    }
    if (node.isObject()) {
      return phrase("found.object");
    }
    return phrase("found.other", node.getNodeType().toString().toLowerCase(Locale.ROOT));
  }

  /** User text made safe to print: control characters escaped, long text cut. */
  static String printable(String text) {
    return printable(text, 60);
  }

  /** As {@link #printable(String)}, cut after the given number of characters. */
  static String printable(String text, int limit) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < text.length() && s.length() < limit; i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        s.append(String.format("\\u%04x", (int) c));
      } else {
        s.append(c);
      }
    }
    if (s.length() >= limit && text.length() > limit) {
      s.append("...");
    }
    return s.toString();
  }
}
