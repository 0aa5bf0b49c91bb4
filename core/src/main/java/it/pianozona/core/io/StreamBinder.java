package it.pianozona.core.io;

import static com.fasterxml.jackson.core.JsonToken.END_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.END_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.FIELD_NAME;
import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_STRING;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.model.Allocation;
import it.pianozona.core.model.Euro;
import it.pianozona.core.model.Funding;
import it.pianozona.core.model.FundingSource;
import it.pianozona.core.model.Intervention;
import it.pianozona.core.model.Period;
import it.pianozona.core.model.Plan;
import it.pianozona.core.model.Texts;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds a plan document straight from the parser's tokens, for the common case: a document that is
 * a plan. The funding entries and the interventions, which make nearly all of a large plan, become
 * the model as their tokens arrive, with no tree; the small sections (the ambito, the governance,
 * the sources and the rest) are read as small trees and bound by {@link PlanBinder}.
 *
 * <p>It gives up at the first thing that is not plainly right: an unknown or missing key, a value
 * of another type, a blank text or one with a control or invisible character, a number out of range
 * or with a fraction where a whole number belongs, a syntax error, any problem of the small
 * sections. The reader then binds the document again through its tree, so that every problem, its
 * location and its message still come from one place, {@link PlanBinder}. It accepts a value only
 * where the tree binder would accept the same value unchanged, so a document it binds gives the
 * plan the tree binder gives; {@code StreamBinderProperties} holds the two together on generated
 * documents, broken ones included.
 */
final class StreamBinder {

  private static final BigDecimal MAX_INDICATOR = BigDecimal.valueOf(1_000_000_000L);

  /** Enough for any plan's sources; past it, a source is looked up as any other text is. */
  private static final int MAX_SEEN_SOURCES = 16;

  private final JsonParser p;
  private final PlanBinder binder;
  private final ReadLimits limits;

  private final List<FundingSource> seenSources = new ArrayList<>();

  private StreamBinder(JsonParser parser, PlanBinder binder, ReadLimits limits) {
    this.p = parser;
    this.binder = binder;
    this.limits = limits;
  }

  /**
   * The plan the document holds, or null when the document needs the tree binder: it is not a plan
   * as written, or it is one this binder does not read plainly.
   */
  static Plan bind(Parsing parsing, DocumentFormat format, byte[] content, ReadLimits limits) {
    Problems problems = new Problems();
    try (JsonParser parser = parsing.parser(format, content)) {
      // Jackson's check for a key written twice keeps a set of every object's keys, a quarter of
      // the time of binding a plan: this binder checks its own objects' keys with a bit each, and
      // the parts it reads as trees are refused with any key twice (Parsing.readPart).
      parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      StreamBinder stream = new StreamBinder(parser, new PlanBinder(problems, limits), limits);
      Plan plan = stream.plan(parsing, format);
      return problems.isEmpty() ? plan : null;
    } catch (GiveUp | IOException e) {
      return null;
    } catch (RuntimeException e) {
      // A refusal of a model constructor, or SnakeYAML's unchecked exceptions: the tree binder
      // reads the document again and says what it is.
      return null;
    }
  }

  private Plan plan(Parsing parsing, DocumentFormat format) throws IOException {
    expect(p.nextToken(), START_OBJECT);
    ObjectNode rest = JsonNodeFactory.instance.objectNode();
    List<Funding> funding = null;
    List<Intervention> interventions = null;
    Set<String> seen = new HashSet<>();
    while (p.nextToken() == FIELD_NAME) {
      String name = p.currentName();
      if (!seen.add(name) || PlanShapes.PLAN.key(name).isEmpty()) {
        throw GiveUp.INSTANCE;
      }
      JsonToken value = p.nextToken();
      switch (name) {
        case "funding" -> {
          funding = funding(value);
          rest.putArray(name);
        }
        case "interventions" -> {
          interventions = interventions(value);
          rest.putArray(name);
        }
        default -> rest.set(name, parsing.readPart(format, p));
      }
    }
    expect(p.currentToken(), END_OBJECT);
    if (p.nextToken() != null) {
      throw GiveUp.INSTANCE;
    }
    return binder.bind(rest, funding, interventions);
  }

  private List<Funding> funding(JsonToken token) throws IOException {
    expect(token, START_ARRAY);
    return entries(true, Funding::new);
  }

  /** How a funding entry or an allocation is made from what its object holds. */
  private interface Entry<T> {
    T of(FundingSource source, int year, Euro amount, boolean illustrative);
  }

  /**
   * The objects of the list whose start is the current token, each a source, a year and an amount,
   * and, for funding entries ({@code flagged}), whether they are illustrative.
   */
  private <T> List<T> entries(boolean flagged, Entry<T> entry) throws IOException {
    List<T> out = new ArrayList<>();
    while (p.nextToken() == START_OBJECT) {
      FundingSource source = null;
      Integer year = null;
      Euro amount = null;
      boolean illustrative = false;
      int seen = 0;
      while (p.nextToken() == FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "source" -> {
            seen = once(seen, 0);
            source = source();
          }
          case "year" -> {
            seen = once(seen, 1);
            year = year();
          }
          case "amount" -> {
            seen = once(seen, 2);
            amount = amount();
          }
          case "illustrative" -> {
            if (!flagged) {
              throw GiveUp.INSTANCE;
            }
            seen = once(seen, 3);
            illustrative = flag();
          }
          default -> throw GiveUp.INSTANCE;
        }
      }
      if (source == null || year == null || amount == null) {
        throw GiveUp.INSTANCE;
      }
      out.add(entry.of(source, year, amount, illustrative));
    }
    expect(p.currentToken(), END_ARRAY);
    return out;
  }

  private List<Intervention> interventions(JsonToken token) throws IOException {
    expect(token, START_ARRAY);
    List<Intervention> out = new ArrayList<>();
    while (p.nextToken() == START_OBJECT) {
      if (out.size() == limits.maxInterventions()) {
        throw GiveUp.INSTANCE;
      }
      out.add(intervention());
    }
    expect(p.currentToken(), END_ARRAY);
    return out;
  }

  private Intervention intervention() throws IOException {
    String id = null;
    String title = null;
    String area = null;
    List<String> objectives = List.of();
    List<String> leps = List.of();
    List<Allocation> allocations = List.of();
    List<String> tags = List.of();
    Map<String, BigDecimal> indicators = Map.of();
    Optional<String> description = Optional.empty();
    boolean illustrative = false;
    int seen = 0;
    while (p.nextToken() == FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "id" -> {
          seen = once(seen, 0);
          id = identifier();
        }
        case "title" -> {
          seen = once(seen, 1);
          title = text();
        }
        case "area" -> {
          seen = once(seen, 2);
          area = identifier();
        }
        case "objectives" -> {
          seen = once(seen, 3);
          objectives = texts();
        }
        case "leps" -> {
          seen = once(seen, 4);
          leps = texts();
        }
        case "allocations" -> {
          seen = once(seen, 5);
          allocations = allocations();
        }
        case "tags" -> {
          seen = once(seen, 6);
          tags = texts();
        }
        case "indicators" -> {
          seen = once(seen, 7);
          indicators = indicators();
        }
        case "description" -> {
          seen = once(seen, 8);
          description = Optional.of(text());
        }
        case "illustrative" -> {
          seen = once(seen, 9);
          illustrative = flag();
        }
        default -> throw GiveUp.INSTANCE;
      }
    }
    if (id == null || title == null || area == null) {
      throw GiveUp.INSTANCE;
    }
    return new Intervention(
        id,
        title,
        area,
        objectives,
        leps,
        allocations,
        tags,
        indicators,
        description,
        illustrative);
  }

  private List<Allocation> allocations() throws IOException {
    expect(p.currentToken(), START_ARRAY);
    return entries(
        false, (source, year, amount, illustrative) -> new Allocation(source, year, amount));
  }

  /** Text as {@link NodeReader#text} accepts it unchanged: no blank, no control character. */
  private String text() throws IOException {
    expect(p.currentToken(), VALUE_STRING);
    String raw = p.getText();
    if (printableAscii(raw)) {
      return raw;
    }
    String value = Texts.nfc(raw);
    if (Texts.blank(value) || NodeReader.firstControl(value) >= 0) {
      throw GiveUp.INSTANCE;
    }
    return value;
  }

  /**
   * Whether a text is printable ASCII (space to tilde) with a character other than a space: the
   * common case, which is its own NFC, not blank and free of control characters, checked in one
   * pass.
   */
  static boolean printableAscii(String text) {
    boolean visible = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < ' ' || c > '~') {
        return false;
      }
      visible |= c != ' ';
    }
    return visible;
  }

  /** As {@link NodeReader#identifier}: text with no invisible character and no space at an end. */
  private String identifier() throws IOException {
    String value = text();
    if (NodeReader.firstInvisible(value) >= 0) {
      throw GiveUp.INSTANCE;
    }
    return value;
  }

  private List<String> texts() throws IOException {
    expect(p.currentToken(), START_ARRAY);
    List<String> out = new ArrayList<>();
    while (p.nextToken() != END_ARRAY) {
      out.add(text());
    }
    return out;
  }

  private FundingSource source() throws IOException {
    FundingSource seen = seenSource();
    if (seen != null) {
      return seen;
    }
    String id = text();
    if (!FundingSource.isWellFormed(id)) {
      throw GiveUp.INSTANCE;
    }
    FundingSource source = binder.fundingSource(id);
    if (seenSources.size() < MAX_SEEN_SOURCES) {
      seenSources.add(source);
    }
    return source;
  }

  /**
   * The source already read whose id the current string token spells, compared in the parser's own
   * characters, or null. A plan names a handful of sources, once per allocation: a match makes no
   * string, hashes nothing and checks nothing again, and gives the one instance {@link
   * PlanBinder#fundingSource} gave for the same id. Only where the parser holds its characters
   * (JSON); a YAML parser would make a string for them anyway.
   */
  private FundingSource seenSource() throws IOException {
    if (seenSources.isEmpty() || p.currentToken() != VALUE_STRING || !p.hasTextCharacters()) {
      return null;
    }
    char[] chars = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    for (FundingSource source : seenSources) {
      if (spells(source.id(), chars, offset, length)) {
        return source;
      }
    }
    return null;
  }

  static boolean spells(String id, char[] chars, int offset, int length) {
    if (id.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (id.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /** A year written as a plain whole number within {@link Period}'s bounds. */
  private int year() throws IOException {
    expect(p.currentToken(), VALUE_NUMBER_INT);
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw GiveUp.INSTANCE;
    }
    int year = p.getIntValue();
    if (year < Period.MIN_YEAR || year > Period.MAX_YEAR) {
      throw GiveUp.INSTANCE;
    }
    return year;
  }

  /**
   * An amount as {@link NodeReader#amount} accepts it: not negative, at most two decimals, within
   * its bound; counted towards the document's total.
   */
  private Euro amount() throws IOException {
    Euro amount;
    JsonToken token = p.currentToken();
    if (token == VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
      long euros = p.getLongValue();
      if (euros < 0 || euros > Long.MAX_VALUE / 100) {
        throw GiveUp.INSTANCE;
      }
      amount = Euro.ofCents(euros * 100);
    } else if (token == VALUE_NUMBER_FLOAT) {
      // A plain amount such as 1234.50 is read without a BigDecimal.
      Euro plain = cents();
      amount = plain != null ? plain : decimalAmount();
    } else {
      throw GiveUp.INSTANCE;
    }
    if (!binder.count(amount)) {
      throw GiveUp.INSTANCE;
    }
    return amount;
  }

  private Euro decimalAmount() throws IOException {
    BigDecimal value = p.getDecimalValue();
    if (value.signum() < 0
        || NodeReader.strippedScale(value) > 2
        || value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 100)) > 0) {
      throw GiveUp.INSTANCE;
    }
    return Euro.of(value);
  }

  /**
   * The amount of a number written as digits, a point and one or two decimals, with at most 15
   * digits before the point (so that its cents fit in a long with room to spare); null for any
   * other form, which {@link BigDecimal} reads.
   */
  private Euro cents() throws IOException {
    char[] chars = p.getTextCharacters();
    int start = p.getTextOffset();
    int end = start + p.getTextLength();
    long units = 0;
    int i = start;
    while (i < end && chars[i] >= '0' && chars[i] <= '9') {
      units = units * 10 + (chars[i++] - '0');
    }
    int digits = i - start;
    int decimals = end - i - 1;
    if (digits == 0 || digits > 15 || i == end || chars[i] != '.' || decimals < 1 || decimals > 2) {
      return null;
    }
    long fraction = 0;
    for (int d = i + 1; d < end; d++) {
      char c = chars[d];
      if (c < '0' || c > '9') {
        return null;
      }
      fraction = fraction * 10 + (c - '0');
    }
    return Euro.ofCents(units * 100 + (decimals == 1 ? fraction * 10 : fraction));
  }

  /** Indicators as {@code PlanBinder} reads them: ids such as posti-nido, plain decimals. */
  private Map<String, BigDecimal> indicators() throws IOException {
    expect(p.currentToken(), START_OBJECT);
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    while (p.nextToken() == FIELD_NAME) {
      String id = p.currentName();
      if (!FundingSource.isWellFormed(id)) {
        throw GiveUp.INSTANCE;
      }
      JsonToken token = p.nextToken();
      BigDecimal value;
      if (token == VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
        value = BigDecimal.valueOf(p.getLongValue());
      } else if (token == VALUE_NUMBER_FLOAT) {
        value = p.getDecimalValue();
      } else {
        throw GiveUp.INSTANCE;
      }
      if (value.signum() < 0
          || value.compareTo(MAX_INDICATOR) > 0
          || NodeReader.strippedScale(value) > 2) {
        throw GiveUp.INSTANCE;
      }
      if (out.put(id, value) != null) {
        throw GiveUp.INSTANCE;
      }
    }
    return out;
  }

  private boolean flag() {
    return switch (p.currentToken()) {
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      default -> throw GiveUp.INSTANCE;
    };
  }

  /** The keys seen with the key numbered {@code key}; gives up if it was seen before. */
  private static int once(int seen, int key) {
    int bit = 1 << key;
    if ((seen & bit) != 0) {
      throw GiveUp.INSTANCE;
    }
    return seen | bit;
  }

  private static void expect(JsonToken token, JsonToken expected) {
    if (token != expected) {
      throw GiveUp.INSTANCE;
    }
  }

  /** The document needs the tree binder; thrown without a stack trace, as it is not an error. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super("the document needs the tree binder", null, false, false);
    }
  }
}
