package it.pianozona.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.framework.Area;
import it.pianozona.core.framework.Catalogue;
import it.pianozona.core.framework.DatedParameter;
import it.pianozona.core.framework.FundArea;
import it.pianozona.core.framework.FundingSourceInfo;
import it.pianozona.core.framework.LepsInfo;
import it.pianozona.core.framework.NationalReference;
import it.pianozona.core.framework.Objective;
import it.pianozona.core.framework.Parameters;
import it.pianozona.core.framework.Target;
import it.pianozona.core.model.FundingSource;
import it.pianozona.core.model.Period;
import it.pianozona.core.model.Region;
import it.pianozona.core.text.Text;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.Pointer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the library's data files: framework definitions (with their catalogues, parameters and
 * scoring weights) and the national reference. Bundled resources and files an officer supplies go
 * through the same checks and get the same located messages as plan documents.
 *
 * @since 0.1
 */
public final class DataReader {

  /** The data format version this library reads. */
  public static final int FORMAT_VERSION = 1;

  private static final Parsing PARSING = new Parsing(ReadLimits.DEFAULT);

  /** How a prose value may be written, for the messages that name what a key holds. */
  private static final String PROSE_FORMS = "as text (Italian) or {it: ..., en: ...}";

  static final Shape LEGAL_BASIS =
      Shape.of("a legal basis")
          .required("act", "the act, such as 'L. 8 novembre 2000, n. 328'")
          .optional("article", "the provision, such as 'art. 19, c. 1'")
          .optional("url", "where to read the act")
          .optional("caveat", "what remains to be verified against the act, " + PROSE_FORMS)
          .build();

  /** A passage of prose: Italian required, English optional. */
  static final Shape PROSE =
      Shape.of("a text in Italian and English")
          .required("it", "the text in Italian")
          .optional("en", "the text in English")
          .build();

  static final Shape FRAMEWORK =
      Shape.of("a framework definition")
          .required("formatVersion", "the data format version, 1")
          .required("id", "the framework id, such as puglia-v-2022-2024")
          .required("region", "the region id")
          .required("title", "the framework's title")
          .required("validity", "the planning years it governs, {from: YEAR, to: YEAR}")
          .required("adoptedBy", "the act that adopted it")
          .required("catalogue", "its areas, objectives and funding sources")
          .optional("parameters", "dated thresholds")
          .optional("scoring", "criterion weights")
          .build();

  static final Shape CATALOGUE_FILE =
      Shape.of("a catalogue file")
          .required("formatVersion", "the data format version, 1")
          .required("framework", "the id of the framework the catalogue is for")
          .required("catalogue", "the areas, objectives and funding sources")
          .build();

  static final Shape CATALOGUE =
      Shape.of("a catalogue")
          .required("reference", "the act the catalogue transcribes")
          .required("areas", "the areas, a list")
          .optional("areasComplete", "false when the act's list of areas could not be read whole")
          .optional("objectivesExpected", "how many objectives the act sets")
          .optional("objectives", "the objectives that can be cited")
          .optional("missing", "what the catalogue lacks and why, " + PROSE_FORMS)
          .optional("fundingSources", "the funding sources specific to the framework")
          .optional("fundAreas", "the areas that restricted funds may finance")
          .build();

  static final Shape FUND_AREA =
      Shape.of("a fund restriction")
          .required("source", "the fund, such as fna")
          .required("areas", "the codes of the areas it may finance")
          .required("basis", "the act that restricts it")
          .build();

  static final Shape TARGET =
      Shape.of("a service objective")
          .required("indicator", "the indicator id, such as posti-nido")
          .required("description", "what the indicator counts, " + PROSE_FORMS)
          .required("threshold", "the value to reach")
          .required("per", "ambito or 1000-residents")
          .build();

  static final Shape AREA =
      Shape.of("an area")
          .required("code", "the area code, such as A1")
          .required("title", "the formal title, as the source writes it")
          .optional("shortTitle", "a short label")
          .required("source", "where the title comes from")
          .build();

  static final Shape OBJECTIVE =
      Shape.of("an objective")
          .required("code", "the objective code")
          .required("title", "the title, as the act writes it")
          .required("area", "the code of its area")
          .optional("leps", "the LEPS it implements")
          .optional("intervention", "the intervention the act maps it to")
          .optional("target", "the service objective, where the act sets one")
          .required("source", "where the title comes from")
          .build();

  static final Shape FUNDING_SOURCE =
      Shape.of("a funding source")
          .required("id", "the id plans use, such as fnps")
          .required("name", "the full name")
          .required("source", "the act behind it")
          .build();

  static final Shape LEPS =
      Shape.of("a LEPS")
          .required("id", "the id plans use")
          .required("title", "the title, as the national plan writes it")
          .required("source", "where it is defined")
          .build();

  static final Shape PARAMETER =
      Shape.of("a dated parameter")
          .required("id", "the parameter id")
          .required("value", "its value, a number")
          .required("validFrom", "the first day it applies, YYYY-MM-DD")
          .optional("validTo", "the last day it applies, YYYY-MM-DD")
          .required("reference", "the act that sets it")
          .build();

  static final Shape WEIGHT =
      Shape.of("a scoring weight")
          .required("criterion", "the criterion id")
          .required("weight", "its weight, a positive number")
          .required("rationale", "why it weighs what it does, " + PROSE_FORMS)
          .build();

  static final Shape NATIONAL =
      Shape.of("the national reference")
          .required("formatVersion", "the data format version, 1")
          .required("leps", "the essential levels")
          .required("fundingSources", "the national funding sources")
          .required("parameters", "the national dated parameters")
          .build();

  private DataReader() {}

  /**
   * Reads a framework definition.
   *
   * @param source how to name it in messages, such as its resource name
   * @throws DocumentException listing every problem, located
   */
  public static FrameworkData readFramework(String source, InputStream in) {
    return read(
        source,
        in,
        (r, root) -> {
          Pointer at = Pointer.ROOT;
          ObjectNode o = r.object(root, at, FRAMEWORK);
          if (o == null) {
            return null;
          }
          formatVersion(r, o);
          String id = o.has("id") ? r.text(o.get("id"), at.append("id"), "the framework id") : null;
          Region region =
              o.has("region") ? Binding.region(r, o.get("region"), at.append("region")) : null;
          String title =
              o.has("title") ? r.text(o.get("title"), at.append("title"), "the title") : null;
          Period validity =
              o.has("validity")
                  ? Binding.period(r, o.get("validity"), at.append("validity"))
                  : null;
          LegalBasis adoptedBy =
              o.has("adoptedBy") ? legalBasis(r, o.get("adoptedBy"), at.append("adoptedBy")) : null;
          Catalogue catalogue =
              o.has("catalogue")
                  ? catalogue(r, o.get("catalogue"), at.append("catalogue"), source)
                  : null;
          Parameters parameters = parameters(r, o.get("parameters"), at.append("parameters"));
          List<FrameworkData.ScoringWeight> scoring = new ArrayList<>();
          List<JsonNode> weights =
              r.list(o.get("scoring"), at.append("scoring"), "scoring weights");
          Set<String> criteria = new HashSet<>();
          for (int i = 0; i < weights.size(); i++) {
            FrameworkData.ScoringWeight w = weight(r, weights.get(i), at.append("scoring", i));
            if (w != null && !criteria.add(w.criterion())) {
              r.problem(
                  at.append("scoring", i, "criterion"),
                  "criterion '" + w.criterion() + "' is weighed twice");
            } else if (w != null) {
              scoring.add(w);
            }
          }
          if (!r.problems().isEmpty()) {
            return null;
          }
          return Binding.build(
              r,
              at,
              () ->
                  new FrameworkData(
                      id, region, title, validity, adoptedBy, catalogue, parameters, scoring));
        });
  }

  /**
   * Reads a framework definition that a module bundles as a resource, through the module's own
   * opener (pass {@code MyClass.class::getResourceAsStream}).
   *
   * @throws IllegalStateException if the resource is missing
   * @throws DocumentException listing every problem, located
   */
  public static FrameworkData readBundledFramework(
      String resource, Function<String, InputStream> opener) {
    try (InputStream in = opener.apply(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource missing: " + resource);
      }
      return readFramework(resource, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + resource, e);
    }
  }

  /**
   * Reads a catalogue file an officer supplies to complete or correct a framework's catalogue.
   *
   * @return the id of the framework it is for, and the catalogue
   * @throws DocumentException listing every problem, located
   */
  public static Map.Entry<String, Catalogue> readCatalogueFile(String source, InputStream in) {
    return read(
        source,
        in,
        (r, root) -> {
          Pointer at = Pointer.ROOT;
          ObjectNode o = r.object(root, at, CATALOGUE_FILE);
          if (o == null) {
            return null;
          }
          formatVersion(r, o);
          String framework =
              o.has("framework")
                  ? r.text(o.get("framework"), at.append("framework"), "a framework id")
                  : null;
          Catalogue catalogue =
              o.has("catalogue")
                  ? catalogue(r, o.get("catalogue"), at.append("catalogue"), source)
                  : null;
          if (framework == null || catalogue == null) {
            return null;
          }
          return Map.entry(framework, catalogue);
        });
  }

  /**
   * A problem of a catalogue (or other data) file at a pointer, with the line and column where the
   * pointer lies in the file (0 when they cannot be found): for problems found after the file was
   * read, such as a framework that is not installed.
   */
  public static DocumentProblem problemAt(Path file, Pointer pointer, String message) {
    int line = 0;
    int column = 0;
    Optional<DocumentFormat> format = DocumentFormat.of(file);
    try {
      if (format.isPresent() && Files.isRegularFile(file)) {
        byte[] content = Files.readAllBytes(file);
        TextPosition pos =
            Locator.locate(PARSING, format.get(), content, List.of(pointer)).get(pointer);
        if (pos != null) {
          line = pos.line();
          column = pos.column();
        }
      }
    } catch (IOException | RuntimeException e) {
      // The file was readable a moment ago; without a position the problem still says what.
    }
    return new DocumentProblem(file.toString(), line, column, pointer, message);
  }

  /**
   * Reads a catalogue file from disk; the catalogue's origin is the file's name as given.
   *
   * @return the id of the framework it is for, and the catalogue
   * @throws DocumentException if the file is missing or not a valid catalogue file
   */
  public static Map.Entry<String, Catalogue> readCatalogueFile(Path file) {
    String source = file.toString();
    if (DocumentFormat.of(file).isEmpty()) {
      throw new DocumentException(
          List.of(
              new DocumentProblem(
                  source,
                  0,
                  0,
                  Pointer.ROOT,
                  "unsupported file extension: expected a catalogue ending in .yaml, .yml or .json")));
    }
    if (Files.isDirectory(file) || (Files.exists(file) && !Files.isRegularFile(file))) {
      // A directory cannot be read; a FIFO or a device would block the read, or never end.
      throw new DocumentException(
          List.of(
              new DocumentProblem(
                  source,
                  0,
                  0,
                  Pointer.ROOT,
                  "expected a catalogue file, found "
                      + (Files.isDirectory(file)
                          ? "a directory"
                          : "a special file (such as a pipe or a device)"))));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readCatalogueFile(source, in);
    } catch (NoSuchFileException e) {
      throw new DocumentException(
          List.of(new DocumentProblem(source, 0, 0, Pointer.ROOT, "file not found")));
    } catch (IOException e) {
      throw new DocumentException(
          List.of(
              new DocumentProblem(
                  source, 0, 0, Pointer.ROOT, "cannot read the file: " + e.getMessage())));
    }
  }

  /**
   * Reads the national reference data.
   *
   * @throws DocumentException listing every problem, located
   */
  public static NationalReference readNational(String source, InputStream in) {
    return read(
        source,
        in,
        (r, root) -> {
          Pointer at = Pointer.ROOT;
          ObjectNode o = r.object(root, at, NATIONAL);
          if (o == null) {
            return null;
          }
          formatVersion(r, o);
          List<LepsInfo> leps = new ArrayList<>();
          List<JsonNode> lepsNodes = r.list(o.get("leps"), at.append("leps"), "LEPS");
          for (int i = 0; i < lepsNodes.size(); i++) {
            Pointer p = at.append("leps", i);
            ObjectNode l = r.object(lepsNodes.get(i), p, LEPS);
            if (l == null) {
              continue;
            }
            String id = text(r, l, "id", p, "the LEPS id");
            String title = text(r, l, "title", p, "the LEPS title");
            LegalBasis basis =
                l.has("source") ? legalBasis(r, l.get("source"), p.append("source")) : null;
            if (id != null && title != null && basis != null) {
              leps.add(new LepsInfo(id, title, basis));
            }
          }
          List<FundingSourceInfo> sources =
              fundingSources(r, o.get("fundingSources"), at.append("fundingSources"));
          Parameters parameters = parameters(r, o.get("parameters"), at.append("parameters"));
          if (!r.problems().isEmpty()) {
            return null;
          }
          return Binding.build(r, at, () -> new NationalReference(leps, sources, parameters));
        });
  }

  private interface Binder<T> {
    T bind(NodeReader reader, JsonNode root);
  }

  private static <T> T read(String source, InputStream in, Binder<T> binder) {
    byte[] content;
    try {
      content = in.readAllBytes();
    } catch (IOException e) {
      throw new DocumentException(
          List.of(
              new DocumentProblem(source, 0, 0, Pointer.ROOT, "cannot read: " + e.getMessage())));
    }
    DocumentFormat format = DocumentFormat.fromFileName(source).orElse(DocumentFormat.YAML);
    JsonNode root = PlanReader.create().parse(source, content, format);
    Problems problems = new Problems();
    T value = binder.bind(new NodeReader(problems), root);
    if (value == null || !problems.isEmpty()) {
      throw problems.located(source, PARSING, format, content, "the data could not be read");
    }
    return value;
  }

  private static void formatVersion(NodeReader r, ObjectNode o) {
    if (o.has("formatVersion")) {
      r.integer(
          o.get("formatVersion"),
          Pointer.of("formatVersion"),
          "formatVersion " + FORMAT_VERSION,
          FORMAT_VERSION,
          FORMAT_VERSION);
    }
  }

  private static String text(NodeReader r, ObjectNode o, String key, Pointer at, String what) {
    return o.has(key) ? r.text(o.get(key), at.append(key), what) : null;
  }

  /**
   * Prose a person reads (a caveat, a rationale, what a catalogue lacks): {@code {it: ..., en:
   * ...}}, or plain text, which is Italian only, as an officer writes a catalogue of their own.
   */
  private static Text prose(NodeReader r, JsonNode node, Pointer at, String what) {
    if (node != null && node.isObject()) {
      ObjectNode o = r.object(node, at, PROSE);
      String it = text(r, o, "it", at, what + " in Italian");
      Optional<String> en = r.optionalText(o, "en", at, what + " in English");
      return it == null ? null : new Text(it, en);
    }
    if (node == null || !node.isTextual()) {
      r.problem(
          at, "expected " + what + " " + PROSE_FORMS + ", found " + NodeReader.describe(node));
      return null;
    }
    String it = r.text(node, at, what);
    return it == null ? null : Text.italian(it);
  }

  private static Optional<Text> optionalProse(
      NodeReader r, ObjectNode parent, String key, Pointer at, String what) {
    JsonNode node = parent.get(key);
    return node == null
        ? Optional.empty()
        : Optional.ofNullable(prose(r, node, at.append(key), what));
  }

  private static LegalBasis legalBasis(NodeReader r, JsonNode node, Pointer at) {
    ObjectNode o = r.object(node, at, LEGAL_BASIS);
    if (o == null) {
      return null;
    }
    String act = text(r, o, "act", at, "the act");
    Optional<String> article = r.optionalText(o, "article", at, "the article");
    Optional<String> url = r.optionalText(o, "url", at, "a URL");
    Optional<Text> caveat = optionalProse(r, o, "caveat", at, "the caveat");
    if (act == null) {
      return null;
    }
    return new LegalBasis(act, article.orElse(""), url, caveat);
  }

  private static Catalogue catalogue(NodeReader r, JsonNode node, Pointer at, String origin) {
    ObjectNode o = r.object(node, at, CATALOGUE);
    if (o == null) {
      return null;
    }
    int before = r.problems().size();
    LegalBasis reference =
        o.has("reference") ? legalBasis(r, o.get("reference"), at.append("reference")) : null;
    List<Area> areas = new ArrayList<>();
    Set<String> areaCodes = new HashSet<>();
    List<JsonNode> areaNodes = r.list(o.get("areas"), at.append("areas"), "areas");
    for (int i = 0; i < areaNodes.size(); i++) {
      Pointer p = at.append("areas", i);
      ObjectNode a = r.object(areaNodes.get(i), p, AREA);
      if (a == null) {
        continue;
      }
      String code = text(r, a, "code", p, "the area code");
      String title = text(r, a, "title", p, "the area title");
      Optional<String> shortTitle = r.optionalText(a, "shortTitle", p, "a short title");
      LegalBasis source =
          a.has("source") ? legalBasis(r, a.get("source"), p.append("source")) : null;
      if (code != null && !areaCodes.add(code)) {
        r.problem(p.append("code"), "duplicate area code '" + code + "'");
      } else if (code != null && title != null && source != null) {
        areas.add(new Area(code, title, shortTitle, source));
      }
    }
    OptionalInt expected =
        r.optionalInteger(
            o, "objectivesExpected", at, "the number of objectives the act sets", 0, 10_000);
    List<Objective> objectives = new ArrayList<>();
    Set<String> objectiveCodes = new HashSet<>();
    List<JsonNode> objectiveNodes =
        r.list(o.get("objectives"), at.append("objectives"), "objectives");
    for (int i = 0; i < objectiveNodes.size(); i++) {
      Pointer p = at.append("objectives", i);
      ObjectNode ob = r.object(objectiveNodes.get(i), p, OBJECTIVE);
      if (ob == null) {
        continue;
      }
      String code = text(r, ob, "code", p, "the objective code");
      String title = text(r, ob, "title", p, "the objective title");
      String area = text(r, ob, "area", p, "the code of its area");
      List<String> leps = r.textList(ob, "leps", p, "LEPS ids");
      Optional<String> mapped = r.optionalText(ob, "intervention", p, "the intervention");
      Optional<Target> target =
          ob.has("target")
              ? Optional.ofNullable(target(r, ob.get("target"), p.append("target")))
              : Optional.empty();
      LegalBasis source =
          ob.has("source") ? legalBasis(r, ob.get("source"), p.append("source")) : null;
      if (area != null && !areaCodes.contains(area)) {
        r.problem(
            p.append("area"),
            "objective "
                + code
                + " names area '"
                + area
                + "', which this catalogue does not have (areas: "
                + String.join(", ", areaCodes)
                + ")");
      } else if (code != null && !objectiveCodes.add(code)) {
        r.problem(p.append("code"), "duplicate objective code '" + code + "'");
      } else if (code != null && title != null && area != null && source != null) {
        objectives.add(new Objective(code, title, area, leps, mapped, target, source));
      }
    }
    if (expected.isPresent() && objectiveNodes.size() > expected.getAsInt()) {
      r.problem(
          at.append("objectivesExpected"),
          "the catalogue lists "
              + objectiveNodes.size()
              + " objectives but the act is said to set only "
              + expected.getAsInt());
    }
    Optional<Text> missing = optionalProse(r, o, "missing", at, "what the catalogue lacks");
    List<FundingSourceInfo> sources =
        fundingSources(r, o.get("fundingSources"), at.append("fundingSources"));
    boolean areasComplete = !o.has("areasComplete") || r.flag(o, "areasComplete", at);
    List<FundArea> fundAreas = new ArrayList<>();
    List<JsonNode> fundNodes =
        r.list(o.get("fundAreas"), at.append("fundAreas"), "fund restrictions");
    for (int i = 0; i < fundNodes.size(); i++) {
      Pointer p = at.append("fundAreas", i);
      ObjectNode f = r.object(fundNodes.get(i), p, FUND_AREA);
      if (f == null) {
        continue;
      }
      String fund = text(r, f, "source", p, "the fund id");
      List<String> fundAreaCodes = r.textList(f, "areas", p, "area codes");
      for (int j = 0; j < fundAreaCodes.size(); j++) {
        if (!areaCodes.contains(fundAreaCodes.get(j))) {
          r.problem(
              p.append("areas", j),
              "fund "
                  + fund
                  + " names area '"
                  + fundAreaCodes.get(j)
                  + "', which this catalogue does not have");
        }
      }
      LegalBasis basis = f.has("basis") ? legalBasis(r, f.get("basis"), p.append("basis")) : null;
      boolean wellFormed =
          fund != null && Binding.checkFundingSourceId(r, fund, p.append("source"));
      if (wellFormed && basis != null && !fundAreaCodes.isEmpty()) {
        fundAreas.add(new FundArea(FundingSource.of(fund), fundAreaCodes, basis));
      }
    }
    if (reference == null || r.problems().size() > before) {
      return null;
    }
    return Binding.build(
        r,
        at,
        () ->
            new Catalogue(
                origin,
                reference,
                areas,
                areasComplete,
                objectives,
                expected,
                missing,
                sources,
                fundAreas));
  }

  private static Target target(NodeReader r, JsonNode node, Pointer at) {
    ObjectNode o = r.object(node, at, TARGET);
    if (o == null) {
      return null;
    }
    String indicator = text(r, o, "indicator", at, "the indicator id");
    Text description =
        o.has("description")
            ? prose(r, o.get("description"), at.append("description"), "what the indicator counts")
            : null;
    BigDecimal threshold =
        o.has("threshold")
            ? r.decimal(
                o.get("threshold"),
                at.append("threshold"),
                "a threshold",
                BigDecimal.valueOf(1_000_000_000L))
            : null;
    String perText = text(r, o, "per", at, "ambito or 1000-residents");
    Optional<Target.Per> per = perText == null ? Optional.empty() : Target.Per.fromId(perText);
    if (perText != null && per.isEmpty()) {
      r.problem(at.append("per"), "expected ambito or 1000-residents, found '" + perText + "'");
    }
    if (indicator != null && !Binding.checkIndicatorId(r, indicator, at.append("indicator"))) {
      return null;
    }
    if (indicator == null || description == null || threshold == null || per.isEmpty()) {
      return null;
    }
    return new Target(indicator, description, threshold, per.get());
  }

  private static List<FundingSourceInfo> fundingSources(NodeReader r, JsonNode node, Pointer at) {
    List<FundingSourceInfo> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<JsonNode> nodes = r.list(node, at, "funding sources");
    for (int i = 0; i < nodes.size(); i++) {
      Pointer p = at.append(i);
      ObjectNode f = r.object(nodes.get(i), p, FUNDING_SOURCE);
      if (f == null) {
        continue;
      }
      String id = text(r, f, "id", p, "the funding source id");
      String name = text(r, f, "name", p, "the full name");
      LegalBasis source =
          f.has("source") ? legalBasis(r, f.get("source"), p.append("source")) : null;
      boolean wellFormed = id != null && Binding.checkFundingSourceId(r, id, p.append("id"));
      if (wellFormed && !ids.add(id)) {
        r.problem(p.append("id"), "duplicate funding source '" + id + "'");
      } else if (wellFormed && name != null && source != null) {
        out.add(new FundingSourceInfo(FundingSource.of(id), name, source));
      }
    }
    return out;
  }

  private static Parameters parameters(NodeReader r, JsonNode node, Pointer at) {
    List<DatedParameter> out = new ArrayList<>();
    List<JsonNode> nodes = r.list(node, at, "dated parameters");
    for (int i = 0; i < nodes.size(); i++) {
      Pointer p = at.append(i);
      ObjectNode o = r.object(nodes.get(i), p, PARAMETER);
      if (o == null) {
        continue;
      }
      String id = text(r, o, "id", p, "the parameter id");
      BigDecimal value = null;
      if (o.has("value")) {
        if (o.get("value").isNumber()
            && Math.abs((long) o.get("value").decimalValue().scale())
                > NodeReader.MAX_PLAIN_SCALE) {
          r.problem(
              p.append("value"),
              "expected a number written with at most "
                  + NodeReader.MAX_PLAIN_SCALE
                  + " digits around its decimal point, found "
                  + NodeReader.describe(o.get("value")));
        } else if (o.get("value").isNumber()) {
          value = o.get("value").decimalValue();
        } else {
          r.problem(
              p.append("value"), "expected a number, found " + NodeReader.describe(o.get("value")));
        }
      }
      LocalDate from =
          o.has("validFrom") ? day(r, o.get("validFrom"), p.append("validFrom")) : null;
      Optional<LocalDate> to =
          o.has("validTo")
              ? Optional.ofNullable(day(r, o.get("validTo"), p.append("validTo")))
              : Optional.empty();
      LegalBasis reference =
          o.has("reference") ? legalBasis(r, o.get("reference"), p.append("reference")) : null;
      if (id != null && value != null && from != null && reference != null) {
        BigDecimal v = value;
        DatedParameter parameter =
            Binding.build(r, p, () -> new DatedParameter(id, v, from, to, reference));
        if (parameter != null) {
          out.add(parameter);
        }
      }
    }
    return Binding.build(r, at, () -> Parameters.of(out));
  }

  private static LocalDate day(NodeReader r, JsonNode node, Pointer at) {
    if (node == null || !node.isTextual()) {
      r.problem(at, "expected a day as YYYY-MM-DD, found " + NodeReader.describe(node));
      return null;
    }
    try {
      return LocalDate.parse(node.textValue());
    } catch (DateTimeParseException e) {
      r.problem(at, "expected a day as YYYY-MM-DD, found " + NodeReader.describe(node));
      return null;
    }
  }

  private static FrameworkData.ScoringWeight weight(NodeReader r, JsonNode node, Pointer at) {
    ObjectNode o = r.object(node, at, WEIGHT);
    if (o == null) {
      return null;
    }
    String criterion = text(r, o, "criterion", at, "the criterion id");
    BigDecimal weight =
        o.has("weight")
            ? r.decimal(
                o.get("weight"), at.append("weight"), "a positive weight", BigDecimal.valueOf(1000))
            : null;
    if (weight != null && weight.signum() == 0) {
      r.problem(at.append("weight"), "expected a positive weight, found 0");
      weight = null;
    }
    Text rationale =
        o.has("rationale")
            ? prose(r, o.get("rationale"), at.append("rationale"), "the rationale")
            : null;
    if (criterion == null || weight == null || rationale == null) {
      return null;
    }
    return new FrameworkData.ScoringWeight(criterion, weight, rationale);
  }
}
