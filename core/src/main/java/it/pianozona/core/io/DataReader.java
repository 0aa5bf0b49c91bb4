package it.pianozona.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.framework.Area;
import it.pianozona.core.framework.Catalogue;
import it.pianozona.core.framework.CatalogueStatus;
import it.pianozona.core.framework.DatedCodes;
import it.pianozona.core.framework.DatedParameter;
import it.pianozona.core.framework.FundArea;
import it.pianozona.core.framework.FundingSourceInfo;
import it.pianozona.core.framework.LepsInfo;
import it.pianozona.core.framework.NationalReference;
import it.pianozona.core.framework.Objective;
import it.pianozona.core.framework.Parameters;
import it.pianozona.core.framework.ParticipationModel;
import it.pianozona.core.framework.Target;
import it.pianozona.core.framework.WeightBasis;
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

  static final Shape LEGAL_BASIS =
      Shape.of("legal-basis")
          .required("act")
          .optional("article")
          .optional("url")
          .optional("caveat")
          .build();

  /** A passage of prose: Italian required, English optional. */
  static final Shape PROSE = Shape.of("prose").required("it").optional("en").build();

  static final Shape FRAMEWORK =
      Shape.of("framework")
          .required("formatVersion")
          .required("id")
          .required("region")
          .required("title")
          .required("validity")
          .required("adoptedBy")
          .required("catalogue")
          .optional("parameters")
          .optional("participation")
          .optional("scoring")
          .build();

  /** The region's participatory path, which the participation criterion scores. */
  static final Shape PARTICIPATION_MODEL =
      Shape.of("participation-model").required("stages").build();

  static final Shape PARTICIPATION_STAGE =
      Shape.of("participation-stage")
          .optional("kinds")
          .optional("bodies")
          .required("source")
          .build();

  static final Shape CATALOGUE_FILE =
      Shape.of("catalogue-file")
          .required("formatVersion")
          .required("framework")
          .required("catalogue")
          .build();

  static final Shape CATALOGUE =
      Shape.of("catalogue")
          .required("reference")
          .optional("status")
          .required("areas")
          .optional("areasComplete")
          .optional("objectivesExpected")
          .optional("objectives")
          .optional("missing")
          .optional("fundingSources")
          .optional("fundAreas")
          .build();

  static final Shape FUND_AREA =
      Shape.of("fund-area").required("source").required("areas").required("basis").build();

  static final Shape TARGET =
      Shape.of("target")
          .required("indicator")
          .required("description")
          .required("threshold")
          .required("per")
          .build();

  static final Shape AREA =
      Shape.of("area")
          .required("code")
          .required("title")
          .optional("shortTitle")
          .required("source")
          .build();

  static final Shape OBJECTIVE =
      Shape.of("objective")
          .required("code")
          .required("title")
          .required("area")
          .optional("leps")
          .optional("intervention")
          .optional("target")
          .required("source")
          .build();

  static final Shape FUNDING_SOURCE =
      Shape.of("funding-source").required("id").required("name").required("source").build();

  static final Shape LEPS =
      Shape.of("leps").required("id").required("title").required("source").build();

  static final Shape PARAMETER =
      Shape.of("parameter")
          .required("id")
          .required("value")
          .required("validFrom")
          .optional("validTo")
          .required("reference")
          .build();

  static final Shape WEIGHT =
      Shape.of("weight")
          .required("criterion")
          .required("weight")
          .required("weightBasis")
          .required("rationale")
          .build();

  /** Whether an act or pianozona set a weight; an act is named as a legal basis is. */
  static final Shape WEIGHT_BASIS =
      Shape.of("weight-basis")
          .required("origin")
          .optional("act")
          .optional("article")
          .optional("url")
          .optional("caveat")
          .build();

  /** The criterion that scores a framework's participation model. */
  static final String PARTICIPATION_CRITERION = "participation";

  static final Shape NATIONAL =
      Shape.of("national")
          .required("formatVersion")
          .required("leps")
          .required("fundingSources")
          .required("parameters")
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
          String id =
              o.has("id") ? r.text(o.get("id"), at.append("id"), "value.the-framework-id") : null;
          Region region =
              o.has("region") ? Binding.region(r, o.get("region"), at.append("region")) : null;
          String title =
              o.has("title") ? r.text(o.get("title"), at.append("title"), "value.title") : null;
          Period validity =
              o.has("validity")
                  ? Binding.period(r, o.get("validity"), at.append("validity"))
                  : null;
          LegalBasis adoptedBy =
              o.has("adoptedBy") ? legalBasis(r, o.get("adoptedBy"), at.append("adoptedBy")) : null;
          Catalogue catalogue =
              o.has("catalogue")
                  ? catalogue(r, o.get("catalogue"), at.append("catalogue"), source, true)
                  : null;
          Parameters parameters = parameters(r, o.get("parameters"), at.append("parameters"));
          Optional<ParticipationModel> participation =
              o.has("participation")
                  ? Optional.ofNullable(
                      participation(r, o.get("participation"), at.append("participation")))
                  : Optional.empty();
          List<FrameworkData.ScoringWeight> scoring = new ArrayList<>();
          List<JsonNode> weights =
              r.list(o.get("scoring"), at.append("scoring"), "value.scoring-weights");
          Set<String> criteria = new HashSet<>();
          for (int i = 0; i < weights.size(); i++) {
            FrameworkData.ScoringWeight w = weight(r, weights.get(i), at.append("scoring", i));
            if (w != null && !criteria.add(w.criterion())) {
              r.problem(
                  at.append("scoring", i, "criterion"),
                  ProblemCode.CRITERION_WEIGHED_TWICE,
                  w.criterion());
            } else if (w != null) {
              scoring.add(w);
            }
            if (w != null
                && w.criterion().equals(PARTICIPATION_CRITERION)
                && !o.has("participation")) {
              r.problem(
                  at.append("scoring", i, "criterion"),
                  ProblemCode.PARTICIPATION_MODEL_MISSING,
                  PARTICIPATION_CRITERION);
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
                      id,
                      region,
                      title,
                      validity,
                      adoptedBy,
                      catalogue,
                      parameters,
                      participation,
                      scoring));
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
                  ? r.text(o.get("framework"), at.append("framework"), "value.framework-id")
                  : null;
          Catalogue catalogue =
              o.has("catalogue")
                  ? catalogue(r, o.get("catalogue"), at.append("catalogue"), source, false)
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
  public static DocumentProblem problemAt(
      Path file, Pointer pointer, ProblemCode code, Object... args) {
    int line = 0;
    int column = 0;
    // A workbook has cells, not lines: such a problem is of the whole file.
    Optional<DocumentFormat> format = DocumentFormat.textOf(file);
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
    return DocumentProblem.of(file.toString(), line, column, pointer, code, args);
  }

  /**
   * Reads a catalogue file from disk; the catalogue's origin is the file's name as given.
   *
   * @return the id of the framework it is for, and the catalogue
   * @throws DocumentException if the file is missing or not a valid catalogue file
   */
  public static Map.Entry<String, Catalogue> readCatalogueFile(Path file) {
    String source = file.toString();
    if (DocumentFormat.textOf(file).isEmpty()) {
      throw single(
          source,
          ProblemCode.UNSUPPORTED_EXTENSION,
          Wording.phrase("document.catalogue"),
          Wording.phrase("extensions.text"));
    }
    if (Files.isDirectory(file) || (Files.exists(file) && !Files.isRegularFile(file))) {
      // A directory cannot be read; a FIFO or a device would block the read, or never end.
      throw single(
          source,
          Files.isDirectory(file) ? ProblemCode.DIRECTORY : ProblemCode.SPECIAL_FILE,
          Wording.phrase("file.catalogue"));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readCatalogueFile(source, in);
    } catch (NoSuchFileException e) {
      throw single(source, ProblemCode.FILE_NOT_FOUND);
    } catch (IOException e) {
      throw single(source, ProblemCode.CANNOT_READ_FILE, DocumentProblem.reason(e));
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
          List<JsonNode> lepsNodes = r.list(o.get("leps"), at.append("leps"), "value.leps");
          for (int i = 0; i < lepsNodes.size(); i++) {
            Pointer p = at.append("leps", i);
            ObjectNode l = r.object(lepsNodes.get(i), p, LEPS);
            if (l == null) {
              continue;
            }
            String id = text(r, l, "id", p, "value.the-leps-id");
            String title = text(r, l, "title", p, "value.leps-title");
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

  private static DocumentException single(String source, ProblemCode code, Object... args) {
    return new DocumentException(List.of(DocumentProblem.of(source, code, args)));
  }

  private static <T> T read(String source, InputStream in, Binder<T> binder) {
    byte[] content;
    try {
      content = in.readAllBytes();
    } catch (IOException e) {
      throw single(source, ProblemCode.CANNOT_READ_DOCUMENT, DocumentProblem.reason(e));
    }
    DocumentFormat format = DocumentFormat.textFromFileName(source).orElse(DocumentFormat.YAML);
    JsonNode root =
        PlanReader.create().parse(source, content, format, Wording.phrase("empty.data"));
    Problems problems = new Problems();
    T value = binder.bind(new NodeReader(problems), root);
    if (value == null || !problems.isEmpty()) {
      throw problems.located(source, PARSING, format, content, Wording.phrase("data.file"));
    }
    return value;
  }

  private static void formatVersion(NodeReader r, ObjectNode o) {
    if (o.has("formatVersion")) {
      r.integer(
          o.get("formatVersion"),
          Pointer.of("formatVersion"),
          NodeReader.phrase("value.format-version", FORMAT_VERSION),
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
      String it =
          o.has("it")
              ? r.text(
                  o.get("it"),
                  at.append("it"),
                  NodeReader.phrase("value.in-italian", NodeReader.phrase(what)))
              : null;
      Optional<String> en =
          o.has("en")
              ? Optional.ofNullable(
                  r.text(
                      o.get("en"),
                      at.append("en"),
                      NodeReader.phrase("value.in-english", NodeReader.phrase(what))))
              : Optional.empty();
      return it == null ? null : new Text(it, en);
    }
    if (node == null || !node.isTextual()) {
      r.problem(at, ProblemCode.PROSE_NOT_TEXT, NodeReader.phrase(what), NodeReader.describe(node));
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
    String act = text(r, o, "act", at, "value.act");
    Optional<String> article = r.optionalText(o, "article", at, "value.article");
    Optional<String> url = r.optionalText(o, "url", at, "value.url");
    Optional<Text> caveat = optionalProse(r, o, "caveat", at, "value.caveat");
    if (act == null) {
      return null;
    }
    return new LegalBasis(act, article.orElse(""), url, caveat);
  }

  /**
   * A catalogue block. A framework's own data must state its {@code status}; a file an officer
   * supplies with {@code --catalogue} may leave it out, and is then verified: the officer
   * transcribes the act they hold.
   */
  private static Catalogue catalogue(
      NodeReader r, JsonNode node, Pointer at, String origin, boolean statusRequired) {
    ObjectNode o = r.object(node, at, CATALOGUE);
    if (o == null) {
      return null;
    }
    int before = r.problems().size();
    LegalBasis reference =
        o.has("reference") ? legalBasis(r, o.get("reference"), at.append("reference")) : null;
    CatalogueStatus status = status(r, o, at, statusRequired);
    if (status == CatalogueStatus.UNVERIFIED && reference != null && reference.caveat().isEmpty()) {
      r.problem(at.append("reference"), ProblemCode.UNVERIFIED_WITHOUT_CAVEAT);
    }
    List<Area> areas = new ArrayList<>();
    Set<String> areaCodes = new HashSet<>();
    List<JsonNode> areaNodes = r.list(o.get("areas"), at.append("areas"), "value.areas");
    for (int i = 0; i < areaNodes.size(); i++) {
      Pointer p = at.append("areas", i);
      ObjectNode a = r.object(areaNodes.get(i), p, AREA);
      if (a == null) {
        continue;
      }
      String code = text(r, a, "code", p, "value.the-area-code");
      String title = text(r, a, "title", p, "value.area-title");
      Optional<String> shortTitle = r.optionalText(a, "shortTitle", p, "value.short-title");
      LegalBasis source =
          a.has("source") ? legalBasis(r, a.get("source"), p.append("source")) : null;
      if (code != null && !areaCodes.add(code)) {
        r.problem(p.append("code"), ProblemCode.DUPLICATE_AREA, code);
      } else if (code != null && title != null && source != null) {
        areas.add(new Area(code, title, shortTitle, source));
      }
    }
    OptionalInt expected =
        r.optionalInteger(o, "objectivesExpected", at, "value.objectives-expected", 0, 10_000);
    List<Objective> objectives = new ArrayList<>();
    Set<String> objectiveCodes = new HashSet<>();
    List<JsonNode> objectiveNodes =
        r.list(o.get("objectives"), at.append("objectives"), "value.objectives");
    for (int i = 0; i < objectiveNodes.size(); i++) {
      Pointer p = at.append("objectives", i);
      ObjectNode ob = r.object(objectiveNodes.get(i), p, OBJECTIVE);
      if (ob == null) {
        continue;
      }
      String code = text(r, ob, "code", p, "value.the-objective-code");
      String title = text(r, ob, "title", p, "value.objective-title");
      String area = text(r, ob, "area", p, "value.its-area");
      List<String> leps = r.textList(ob, "leps", p, "value.leps-ids", "value.leps-id");
      Optional<String> mapped = r.optionalText(ob, "intervention", p, "value.mapped-intervention");
      Optional<Target> target =
          ob.has("target")
              ? Optional.ofNullable(target(r, ob.get("target"), p.append("target")))
              : Optional.empty();
      LegalBasis source =
          ob.has("source") ? legalBasis(r, ob.get("source"), p.append("source")) : null;
      if (area != null && !areaCodes.contains(area)) {
        r.problem(
            p.append("area"),
            ProblemCode.OBJECTIVE_AREA_UNKNOWN,
            code,
            area,
            String.join(", ", areaCodes));
      } else if (code != null && !objectiveCodes.add(code)) {
        r.problem(p.append("code"), ProblemCode.DUPLICATE_OBJECTIVE, code);
      } else if (code != null && title != null && area != null && source != null) {
        objectives.add(new Objective(code, title, area, leps, mapped, target, source));
      }
    }
    if (expected.isPresent() && objectiveNodes.size() > expected.getAsInt()) {
      r.problem(
          at.append("objectivesExpected"),
          ProblemCode.TOO_MANY_OBJECTIVES,
          objectiveNodes.size(),
          expected.getAsInt());
    }
    Optional<Text> missing = optionalProse(r, o, "missing", at, "value.missing");
    List<FundingSourceInfo> sources =
        fundingSources(r, o.get("fundingSources"), at.append("fundingSources"));
    boolean areasComplete = !o.has("areasComplete") || r.flag(o, "areasComplete", at);
    List<FundArea> fundAreas = new ArrayList<>();
    Set<String> restricted = new HashSet<>();
    List<JsonNode> fundNodes =
        r.list(o.get("fundAreas"), at.append("fundAreas"), "value.fund-restrictions");
    for (int i = 0; i < fundNodes.size(); i++) {
      Pointer p = at.append("fundAreas", i);
      ObjectNode f = r.object(fundNodes.get(i), p, FUND_AREA);
      if (f == null) {
        continue;
      }
      String fund = text(r, f, "source", p, "value.fund-id");
      List<String> fundAreaCodes = r.textList(f, "areas", p, "value.area-codes", "value.area-code");
      for (int j = 0; j < fundAreaCodes.size(); j++) {
        if (!areaCodes.contains(fundAreaCodes.get(j))) {
          r.problem(
              p.append("areas", j), ProblemCode.FUND_AREA_UNKNOWN, fund, fundAreaCodes.get(j));
        }
      }
      LegalBasis basis = f.has("basis") ? legalBasis(r, f.get("basis"), p.append("basis")) : null;
      boolean wellFormed =
          fund != null && Binding.checkFundingSourceId(r, fund, p.append("source"));
      if (wellFormed && !restricted.add(fund)) {
        r.problem(p.append("source"), ProblemCode.FUND_RESTRICTED_TWICE, fund);
      } else if (wellFormed && basis != null && !fundAreaCodes.isEmpty()) {
        fundAreas.add(new FundArea(FundingSource.of(fund), fundAreaCodes, basis));
      }
    }
    if (reference == null || status == null || r.problems().size() > before) {
      return null;
    }
    return Binding.build(
        r,
        at,
        () ->
            new Catalogue(
                origin,
                reference,
                status,
                areas,
                areasComplete,
                objectives,
                expected,
                missing,
                sources,
                fundAreas));
  }

  /** The catalogue's status; null, with a problem, when it is wrong or missing but required. */
  private static CatalogueStatus status(NodeReader r, ObjectNode o, Pointer at, boolean required) {
    if (!o.has("status")) {
      if (required) {
        r.problem(at.append("status"), ProblemCode.MISSING_CATALOGUE_STATUS);
        return null;
      }
      return CatalogueStatus.VERIFIED;
    }
    String id = r.text(o.get("status"), at.append("status"), "value.catalogue-status");
    if (id == null) {
      return null;
    }
    Optional<CatalogueStatus> status = CatalogueStatus.fromId(id);
    if (status.isEmpty()) {
      r.problem(
          at.append("status"),
          ProblemCode.BAD_CATALOGUE_STATUS,
          NodeReader.printable(id),
          NodeReader.didYouMean(id, CatalogueStatus.ids()));
    }
    return status.orElse(null);
  }

  private static Target target(NodeReader r, JsonNode node, Pointer at) {
    ObjectNode o = r.object(node, at, TARGET);
    if (o == null) {
      return null;
    }
    String indicator = text(r, o, "indicator", at, "value.indicator-id");
    Text description =
        o.has("description")
            ? prose(
                r, o.get("description"), at.append("description"), "value.indicator-description")
            : null;
    BigDecimal threshold =
        o.has("threshold")
            ? r.decimal(
                o.get("threshold"),
                at.append("threshold"),
                "value.threshold",
                BigDecimal.valueOf(1_000_000_000L))
            : null;
    String perText = text(r, o, "per", at, "value.per");
    Optional<Target.Per> per = perText == null ? Optional.empty() : Target.Per.fromId(perText);
    if (perText != null && per.isEmpty()) {
      r.problem(at.append("per"), ProblemCode.BAD_PER, NodeReader.printable(perText));
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
    List<JsonNode> nodes = r.list(node, at, "value.funding-sources");
    for (int i = 0; i < nodes.size(); i++) {
      Pointer p = at.append(i);
      ObjectNode f = r.object(nodes.get(i), p, FUNDING_SOURCE);
      if (f == null) {
        continue;
      }
      String id = text(r, f, "id", p, "value.the-funding-source-id");
      String name = text(r, f, "name", p, "value.full-name");
      LegalBasis source =
          f.has("source") ? legalBasis(r, f.get("source"), p.append("source")) : null;
      boolean wellFormed = id != null && Binding.checkFundingSourceId(r, id, p.append("id"));
      if (wellFormed && !ids.add(id)) {
        r.problem(p.append("id"), ProblemCode.DUPLICATE_FUNDING_SOURCE, id);
      } else if (wellFormed && name != null && source != null) {
        out.add(new FundingSourceInfo(FundingSource.of(id), name, source));
      }
    }
    return out;
  }

  private static Parameters parameters(NodeReader r, JsonNode node, Pointer at) {
    List<DatedParameter> out = new ArrayList<>();
    List<DatedCodes> lists = new ArrayList<>();
    List<JsonNode> nodes = r.list(node, at, "value.dated-parameters");
    for (int i = 0; i < nodes.size(); i++) {
      Pointer p = at.append(i);
      ObjectNode o = r.object(nodes.get(i), p, PARAMETER);
      if (o == null) {
        continue;
      }
      String id = text(r, o, "id", p, "value.parameter-id");
      BigDecimal value = null;
      List<String> codes = null;
      if (o.has("value")) {
        if (o.get("value").isArray()) {
          codes = codes(r, o, p, id);
        } else if (o.get("value").isNumber()
            && Math.abs((long) o.get("value").decimalValue().scale())
                > NodeReader.MAX_PLAIN_SCALE) {
          r.problem(
              p.append("value"),
              ProblemCode.NUMBER_TOO_SPREAD,
              NodeReader.MAX_PLAIN_SCALE,
              NodeReader.describe(o.get("value")));
        } else if (o.get("value").isNumber()) {
          value = o.get("value").decimalValue();
        } else {
          r.problem(
              p.append("value"),
              ProblemCode.PARAMETER_VALUE_KIND,
              NodeReader.phrase("value.parameter-value"),
              NodeReader.describe(o.get("value")));
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
      if (from != null && to.isPresent() && to.get().isBefore(from)) {
        r.problem(p.append("validTo"), ProblemCode.PARAMETER_ENDS_BEFORE_START, id, to.get(), from);
        continue;
      }
      Optional<LocalDate> overlapping =
          from == null ? Optional.empty() : overlapping(out, lists, id, from, to);
      if (overlapping.isPresent()) {
        r.problem(
            p.append("validFrom"), ProblemCode.PARAMETER_OVERLAP, id, overlapping.get(), from);
        continue;
      }
      if (id != null && codes != null && from != null && reference != null) {
        List<String> c = codes;
        DatedCodes list = Binding.build(r, p, () -> new DatedCodes(id, c, from, to, reference));
        if (list != null) {
          lists.add(list);
        }
      }
      if (id != null && value != null && from != null && reference != null) {
        BigDecimal v = value;
        DatedParameter parameter =
            Binding.build(r, p, () -> new DatedParameter(id, v, from, to, reference));
        if (parameter != null) {
          out.add(parameter);
        }
      }
    }
    return Binding.build(r, at, () -> Parameters.of(out, lists));
  }

  /**
   * The codes of a parameter whose value is a list, such as the funding sources a share counts:
   * each a hyphenated id, at least one. Null, with the problems recorded, if any is not.
   */
  private static List<String> codes(NodeReader r, ObjectNode o, Pointer p, String id) {
    List<JsonNode> items = r.list(o.get("value"), p.append("value"), "value.parameter-value");
    if (items.isEmpty()) {
      r.problem(p.append("value"), ProblemCode.PARAMETER_WITHOUT_CODES, id == null ? "?" : id);
      return null;
    }
    List<String> codes = new ArrayList<>();
    boolean wellFormed = true;
    for (int j = 0; j < items.size(); j++) {
      Pointer at = p.append("value", j);
      String code = r.text(items.get(j), at, "value.parameter-code");
      if (code != null && !FundingSource.isWellFormed(code)) {
        r.problem(
            at,
            ProblemCode.BAD_HYPHENATED_ID,
            NodeReader.phrase("value.parameter-code"),
            NodeReader.describe(items.get(j)));
        code = null;
      }
      if (code == null) {
        wellFormed = false;
      } else {
        codes.add(code);
      }
    }
    return wellFormed ? codes : null;
  }

  /**
   * The first day of a version of the parameter (a number or a list) already read that applies on a
   * day this one does too.
   */
  private static Optional<LocalDate> overlapping(
      List<DatedParameter> read,
      List<DatedCodes> lists,
      String id,
      LocalDate from,
      Optional<LocalDate> to) {
    LocalDate end = to.orElse(LocalDate.MAX);
    List<LocalDate[]> spans = new ArrayList<>();
    read.stream()
        .filter(q -> q.id().equals(id))
        .forEach(
            q -> spans.add(new LocalDate[] {q.validFrom(), q.validTo().orElse(LocalDate.MAX)}));
    lists.stream()
        .filter(q -> q.id().equals(id))
        .forEach(
            q -> spans.add(new LocalDate[] {q.validFrom(), q.validTo().orElse(LocalDate.MAX)}));
    return spans.stream()
        .filter(q -> !from.isAfter(q[1]) && !q[0].isAfter(end))
        .map(q -> q[0])
        .findFirst();
  }

  /** A whole ISO day, or null after reporting DAY_FORM; the configuration reads its days so too. */
  static LocalDate day(NodeReader r, JsonNode node, Pointer at) {
    if (node == null || !node.isTextual()) {
      r.problem(at, ProblemCode.DAY_FORM, NodeReader.describe(node));
      return null;
    }
    try {
      return LocalDate.parse(node.textValue());
    } catch (DateTimeParseException e) {
      r.problem(at, ProblemCode.DAY_FORM, NodeReader.describe(node));
      return null;
    }
  }

  private static FrameworkData.ScoringWeight weight(NodeReader r, JsonNode node, Pointer at) {
    ObjectNode o = r.object(node, at, WEIGHT);
    if (o == null) {
      return null;
    }
    String criterion = text(r, o, "criterion", at, "value.criterion-id");
    BigDecimal weight =
        o.has("weight")
            ? r.decimal(
                o.get("weight"),
                at.append("weight"),
                "value.positive-weight",
                BigDecimal.valueOf(1000))
            : null;
    if (weight != null && weight.signum() == 0) {
      r.problem(at.append("weight"), ProblemCode.ZERO_WEIGHT);
      weight = null;
    }
    Text rationale =
        o.has("rationale")
            ? prose(r, o.get("rationale"), at.append("rationale"), "value.rationale")
            : null;
    WeightBasis basis =
        o.has("weightBasis")
            ? weightBasis(r, o.get("weightBasis"), at.append("weightBasis"))
            : null;
    if (criterion == null || weight == null || rationale == null || basis == null) {
      return null;
    }
    return new FrameworkData.ScoringWeight(criterion, weight, rationale, basis);
  }

  /**
   * {@code {origin: pianozona}}, or {@code {origin: act, act: ..., article: ...}} for a weight an
   * act fixes: the act is required then, and refused for a weight pianozona chose.
   */
  private static WeightBasis weightBasis(NodeReader r, JsonNode node, Pointer at) {
    ObjectNode o = r.object(node, at, WEIGHT_BASIS);
    if (o == null) {
      return null;
    }
    String originText = text(r, o, "origin", at, "value.weight-origin");
    Optional<WeightBasis.Origin> origin =
        originText == null ? Optional.empty() : WeightBasis.Origin.fromId(originText);
    if (originText != null && origin.isEmpty()) {
      r.problem(
          at.append("origin"), ProblemCode.BAD_WEIGHT_ORIGIN, NodeReader.printable(originText));
      return null;
    }
    if (origin.isEmpty()) {
      return null;
    }
    if (origin.get() == WeightBasis.Origin.PIANOZONA) {
      for (String key : List.of("act", "article", "url", "caveat")) {
        if (o.has(key)) {
          r.problem(at.append(key), ProblemCode.WEIGHT_ACT_FOR_OWN_CHOICE, key);
          return null;
        }
      }
      return WeightBasis.PIANOZONA;
    }
    if (!o.has("act")) {
      r.problem(at, ProblemCode.WEIGHT_ACT_MISSING);
      return null;
    }
    String act = text(r, o, "act", at, "value.act");
    Optional<String> article = r.optionalText(o, "article", at, "value.article");
    Optional<String> url = r.optionalText(o, "url", at, "value.url");
    Optional<Text> caveat = optionalProse(r, o, "caveat", at, "value.caveat");
    return act == null
        ? null
        : WeightBasis.act(new LegalBasis(act, article.orElse(""), url, caveat));
  }

  private static ParticipationModel participation(NodeReader r, JsonNode node, Pointer at) {
    ObjectNode o = r.object(node, at, PARTICIPATION_MODEL);
    if (o == null) {
      return null;
    }
    int before = r.problems().size();
    List<ParticipationModel.Stage> stages = new ArrayList<>();
    List<JsonNode> nodes =
        r.list(o.get("stages"), at.append("stages"), "value.participation-stages");
    if (o.has("stages") && nodes.isEmpty() && r.problems().size() == before) {
      r.problem(at.append("stages"), ProblemCode.PARTICIPATION_STAGE_EMPTY);
    }
    for (int i = 0; i < nodes.size(); i++) {
      Pointer p = at.append("stages", i);
      ObjectNode st = r.object(nodes.get(i), p, PARTICIPATION_STAGE);
      if (st == null) {
        continue;
      }
      int stageBefore = r.problems().size();
      List<String> kinds = hyphenated(r, st, "kinds", p, "value.event-kind");
      List<String> bodies = hyphenated(r, st, "bodies", p, "value.approval-body");
      LegalBasis source =
          st.has("source") ? legalBasis(r, st.get("source"), p.append("source")) : null;
      if (kinds.isEmpty() && bodies.isEmpty() && r.problems().size() == stageBefore) {
        r.problem(p, ProblemCode.PARTICIPATION_STAGE_EMPTY);
      } else if (source != null && r.problems().size() == stageBefore) {
        stages.add(new ParticipationModel.Stage(kinds, bodies, source));
      }
    }
    if (r.problems().size() > before || stages.isEmpty()) {
      return null;
    }
    return Binding.build(r, at, () -> new ParticipationModel(stages));
  }

  /** A list of hyphenated codes (participation kinds, bodies), each checked. */
  private static List<String> hyphenated(
      NodeReader r, ObjectNode o, String key, Pointer at, String item) {
    List<String> out = new ArrayList<>();
    List<JsonNode> items = r.list(o.get(key), at.append(key), "value.participation-codes");
    for (int j = 0; j < items.size(); j++) {
      String code = r.text(items.get(j), at.append(key, j), item);
      if (code != null && FundingSource.isWellFormed(code)) {
        out.add(code);
      } else if (code != null) {
        r.problem(
            at.append(key, j),
            ProblemCode.BAD_HYPHENATED_ID,
            NodeReader.phrase(item),
            NodeReader.describe(items.get(j)));
      }
    }
    return out;
  }
}
