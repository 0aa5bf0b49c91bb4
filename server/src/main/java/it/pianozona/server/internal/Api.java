package it.pianozona.server.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import it.pianozona.core.Check;
import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.io.DocumentFormat;
import it.pianozona.core.io.DocumentProblem;
import it.pianozona.core.io.PlanDocument;
import it.pianozona.core.io.WorkbookWriter;
import it.pianozona.core.templates.TemplateException;
import it.pianozona.core.templates.WorkbookTemplates;
import it.pianozona.core.text.Language;
import it.pianozona.report.DiffReport;
import it.pianozona.report.FrameworksReport;
import it.pianozona.report.PlanDiff;
import it.pianozona.report.ReportFormat;
import it.pianozona.report.Reports;
import it.pianozona.report.RuleReport;
import it.pianozona.server.ServerSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's routes: each reads its request, asks the core and report libraries, and answers
 * their bytes, the same a command would write; every refusal is a {@link Problem}. No rule logic
 * lives here.
 */
public final class Api {

  private static final Logger LOG = LoggerFactory.getLogger(Api.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The media types of the plan formats; a type's parameters (charset) do not matter. */
  private static final Map<String, DocumentFormat> PLAN_TYPES =
      Map.of(
          "application/yaml", DocumentFormat.YAML,
          "application/x-yaml", DocumentFormat.YAML,
          "text/yaml", DocumentFormat.YAML,
          "text/x-yaml", DocumentFormat.YAML,
          "application/json", DocumentFormat.JSON,
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", DocumentFormat.XLSX);

  static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final Map<String, ReportFormat> REPORT_FORMATS = formats(ReportFormat.values());
  private static final Map<String, ReportFormat> DIFF_FORMATS =
      formats(ReportFormat.TEXT, ReportFormat.JSON);

  /** What a multipart form may add to the plans it carries: boundaries and part headers. */
  public static final long FORM_OVERHEAD = 64 * 1024;

  /** The request attribute that marks a response as already a problem document. */
  private static final String ANSWERED = "pianozona.problem";

  private final PianoZona pianoZona;
  private final ServerSettings settings;
  private final List<PlanDocument> examples;
  private final ExecutorService checks;
  private final Semaphore turns;
  private final Page page;
  private final byte[] openApi;

  /**
   * The routes over a library.
   *
   * @param examples plans whose findings illustrate a rule, as {@code explain} shows them; may be
   *     empty
   * @param checks where plans are checked, with {@code settings.maxConcurrent()} threads
   */
  public Api(
      PianoZona pianoZona,
      ServerSettings settings,
      List<PlanDocument> examples,
      ExecutorService checks) {
    this.pianoZona = pianoZona;
    this.settings = settings;
    this.examples = List.copyOf(examples);
    this.checks = checks;
    this.turns = new Semaphore(settings.maxConcurrent(), true);
    this.page = new Page(pianoZona.frameworks().frameworks());
    this.openApi =
        resource("openapi.json")
            .replace("${version}", Reports.generator().replaceAll("^\\S+\\s*", ""))
            .getBytes(UTF_8);
  }

  /** Adds the routes and the error handling to a server's configuration. */
  public void install(JavalinConfig config) {
    RoutesConfig routes = config.routes;
    routes.get("/", ctx -> html(ctx, page.render(pageLanguage(ctx))));
    routes.get("/page.js", ctx -> asset(ctx, "page.js", "text/javascript"));
    routes.get("/page.css", ctx -> asset(ctx, "page.css", "text/css"));
    routes.get("/v1/health", this::health);
    routes.get("/v1/openapi.json", ctx -> bytes(ctx, "application/json", openApi));
    routes.get("/v1/frameworks", this::frameworks);
    routes.get("/v1/frameworks/{id}", this::framework);
    routes.get("/v1/rules/{code}", this::rule);
    routes.get("/v1/problems/{slug}", this::problemType);
    routes.get("/v1/template", this::template);
    routes.post("/v1/validate", this::validate);
    routes.post("/v1/diff", this::diff);
    routes.exception(ProblemException.class, (e, ctx) -> problem(ctx, e.problem()));
    routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, fromJavalin(e, ctx)));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          String reference = UUID.randomUUID().toString().substring(0, 8);
          LOG.error("request {} {} failed (reference {})", ctx.method(), ctx.path(), reference, e);
          problem(ctx, Problem.of(ProblemType.INTERNAL, language(ctx), reference));
        });
    routes.error(
        404,
        ctx -> {
          if (ctx.attribute(ANSWERED) == null) {
            problem(ctx, Problem.of(ProblemType.NOT_FOUND, language(ctx), ctx.path()));
          }
        });
    routes.error(
        405,
        ctx -> {
          if (ctx.attribute(ANSWERED) == null) {
            problem(
                ctx,
                Problem.of(
                    ProblemType.METHOD_NOT_ALLOWED,
                    language(ctx),
                    ctx.path(),
                    ctx.method().name()));
          }
        });
  }

  // The routes.

  private void health(Context ctx) {
    ObjectNode root = Problem.object();
    root.put("status", "ok");
    root.put("version", Reports.generator());
    ArrayNode ids = root.putArray("frameworks");
    pianoZona.frameworks().frameworks().forEach(f -> ids.add(f.id()));
    json(ctx, root);
  }

  private void frameworks(Context ctx) {
    Language language = requestLanguage(ctx);
    text(
        ctx,
        "application/json",
        FrameworksReport.json(pianoZona.frameworks().frameworks(), language));
  }

  private void framework(Context ctx) {
    Language language = requestLanguage(ctx);
    Framework framework = installed(ctx.pathParam("id"), language);
    text(ctx, "application/json", FrameworksReport.json(framework, language) + "\n");
  }

  /** What {@code explain CODE --format json} says, with the example the bundled plans give. */
  private void rule(Context ctx) {
    Language language = requestLanguage(ctx);
    String code = ctx.pathParam("code");
    Optional<RuleReport.RuleExplanation> rule = RuleReport.find(pianoZona, code);
    if (rule.isEmpty()) {
      Optional<String> near = RuleReport.closest(pianoZona, code);
      throw near.map(
              n ->
                  Problem.withDetail(
                          ProblemType.UNKNOWN_RULE,
                          Texts.get(language, "problem.unknown-rule.near", code, n))
                      .with(m -> m.put("suggestion", n)))
          .orElseGet(() -> Problem.of(ProblemType.UNKNOWN_RULE, language, code))
          .exception();
    }
    String body =
        examples.isEmpty()
            ? RuleReport.render(rule.get(), ReportFormat.JSON, language)
            : bounded(
                language,
                () ->
                    RuleReport.render(
                        rule.get(),
                        RuleReport.example(pianoZona, rule.get(), examples),
                        ReportFormat.JSON,
                        language));
    text(ctx, "application/json", body);
  }

  /** What a problem type means, in both languages: where a problem's {@code type} leads. */
  private void problemType(Context ctx) {
    ProblemType type =
        ProblemType.fromSlug(ctx.pathParam("slug"))
            .orElseThrow(
                () -> Problem.of(ProblemType.NOT_FOUND, language(ctx), ctx.path()).exception());
    ObjectNode root = Problem.object();
    root.put("type", type.uri());
    root.put("status", type.status());
    ObjectNode title = root.putObject("title");
    for (Language l : Language.values()) {
      title.put(l.code(), Texts.get(l, type.titleKey()));
    }
    json(ctx, root);
  }

  private void template(Context ctx) {
    Language language = requestLanguage(ctx);
    String id =
        Optional.ofNullable(ctx.queryParam("framework"))
            .filter(s -> !s.isBlank())
            .orElseThrow(
                () ->
                    Problem.of(ProblemType.MISSING_PARAMETER, language, "framework")
                        .with(m -> m.put("parameter", "framework"))
                        .exception());
    Framework framework = installed(id, language);
    Optional<String> ambito =
        Optional.ofNullable(ctx.queryParam("ambito")).filter(s -> !s.isBlank());
    List<String> comuni =
        Optional.ofNullable(ctx.queryParam("comuni")).stream()
            .flatMap(s -> Arrays.stream(s.split(",")))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    if (ambito.isPresent() == !comuni.isEmpty()) {
      throw Problem.of(ProblemType.AMBITO_OR_COMUNI, language).exception();
    }
    WorkbookWriter.Template template;
    try {
      template =
          ambito.isPresent()
              ? WorkbookTemplates.forAmbito(framework, ambito.get())
              : WorkbookTemplates.forComuni(framework, comuni);
    } catch (TemplateException e) {
      throw Problem.withDetail(ProblemType.TEMPLATE_REFUSED, e.message(language))
          .with(m -> m.put("reason", e.reason().name()))
          .exception();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    WorkbookWriter.template(template, WorkbookTemplates.lists(framework), out);
    String name = "modello-" + framework.id() + "-" + ambito.orElse(template.lead()) + ".xlsx";
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    bytes(ctx, XLSX_TYPE, out.toByteArray());
  }

  /** The report of one plan: the bytes {@code validate --format F --lang L} writes for it. */
  private void validate(Context ctx) {
    Language language = requestLanguage(ctx);
    ReportFormat format = choice(ctx, "format", REPORT_FORMATS, ReportFormat.JSON, language);
    Optional<String> framework = forcedFramework(ctx, language);
    // A form's boundaries and headers come on top of the plan.
    limitBody(ctx, settings.maxBodyBytes() + FORM_OVERHEAD, settings.maxBodyBytes(), language);
    Upload plan = upload(ctx, "plan", settings.maxBodyBytes(), language);
    String report =
        bounded(
            language,
            () -> {
              Check check = pianoZona.check(plan.name(), plan.content(), plan.format(), framework);
              if (!check.usable()) {
                throw unreadable(List.of(check), language).exception();
              }
              // As the command line writes a report: a text file ends with a newline.
              return endLine(Reports.render(format, List.of(check.checked().get()), language));
            });
    text(ctx, mediaType(format), report);
  }

  /** What changed between two plans: the bytes {@code diff BEFORE AFTER} writes. */
  private void diff(Context ctx) {
    Language language = requestLanguage(ctx);
    ReportFormat format = choice(ctx, "format", DIFF_FORMATS, ReportFormat.JSON, language);
    limitBody(ctx, 2 * settings.maxBodyBytes() + FORM_OVERHEAD, settings.maxBodyBytes(), language);
    Upload before = upload(ctx, "before", settings.maxBodyBytes(), language);
    Upload after = upload(ctx, "after", settings.maxBodyBytes(), language);
    String report =
        bounded(
            language,
            () -> {
              Check older =
                  pianoZona.check(
                      before.name(), before.content(), before.format(), Optional.empty());
              Check newer =
                  pianoZona.check(after.name(), after.content(), after.format(), Optional.empty());
              if (!older.usable() || !newer.usable()) {
                throw unreadable(List.of(older, newer), language).exception();
              }
              PlanDiff diff = PlanDiff.of(older.checked().get(), newer.checked().get(), language);
              return endLine(DiffReport.render(diff, format, language));
            });
    text(ctx, format == ReportFormat.JSON ? "application/json" : "text/plain", report);
  }

  private static String endLine(String text) {
    return text.endsWith("\n") ? text : text + "\n";
  }

  // Reading requests.

  /** A plan received: the name reports give it, its bytes and its format. */
  record Upload(String name, byte[] content, DocumentFormat format) {}

  /**
   * The plan in the body (its format from {@code Content-Type}, or from the {@code name} parameter
   * for {@code application/octet-stream}) or in the form field {@code field} of a multipart body
   * (its format from the file name, or from the part's type).
   */
  private Upload upload(Context ctx, String field, long limit, Language language) {
    String type = mediaType(ctx.header("Content-Type"));
    if (type.equals("multipart/form-data")) {
      UploadedFile file;
      try {
        file = ctx.uploadedFile(field);
      } catch (RuntimeException e) {
        throw formProblem(e, limit, language).exception();
      } catch (Exception e) {
        // Javalin passes on the container's checked ServletException unchecked.
        throw formProblem(e, limit, language).exception();
      }
      if (file == null) {
        throw Problem.of(ProblemType.MISSING_PART, language, field)
            .with(m -> m.put("field", field))
            .exception();
      }
      String name = safeName(file.filename());
      DocumentFormat format =
          DocumentFormat.fromFileName(name)
              .or(() -> Optional.ofNullable(PLAN_TYPES.get(mediaType(file.contentType()))))
              .orElseThrow(() -> unsupported(file.contentType(), field, language).exception());
      try (InputStream in = file.content()) {
        return new Upload(withExtension(name, format), read(in, limit, language), format);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String name = safeName(ctx.queryParam("name"));
    DocumentFormat format =
        Optional.ofNullable(PLAN_TYPES.get(type))
            .or(
                () ->
                    type.equals("application/octet-stream")
                        ? DocumentFormat.fromFileName(name)
                        : Optional.empty())
            .orElseThrow(
                () -> unsupported(ctx.header("Content-Type"), field, language).exception());
    try (InputStream in = ctx.bodyInputStream()) {
      return new Upload(withExtension(name, format), read(in, limit, language), format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Why the container could not read a form: a part over its size limit (413), or a body that is
   * not multipart/form-data at all (400), with the container's own words as the detail.
   */
  private static Problem formProblem(Exception e, long limit, Language language) {
    String reason = "";
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof org.eclipse.jetty.http.HttpException h && h.getCode() == 413) {
        return tooLarge(limit, language);
      }
      if (t instanceof IllegalStateException && String.valueOf(t.getMessage()).contains("max")) {
        return tooLarge(limit, language);
      }
      if (t.getMessage() != null) {
        reason = t.getMessage();
      }
    }
    LOG.debug("unreadable form", e);
    return Problem.of(ProblemType.BAD_FORM, language, reason);
  }

  /** A declared body over the limit is refused before a byte of it is read. */
  private static void limitBody(Context ctx, long allowed, long perPlan, Language language) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > allowed) {
      // The problem states the limit a user controls: the one on each plan.
      throw tooLarge(perPlan, language).exception();
    }
  }

  /** At most {@code limit} bytes; one more is a 413, whatever the body declared. */
  private static byte[] read(InputStream in, long limit, Language language) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      total += n;
      if (total > limit) {
        throw tooLarge(limit, language).exception();
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /**
   * The name a report gives a received plan: the last segment of what the client called it, with no
   * control characters; {@code piano} when it gave none. Never a path: the service reads and writes
   * no file.
   */
  static String safeName(String given) {
    if (given == null) {
      return "piano";
    }
    String name = given.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    name =
        name.codePoints()
            .filter(c -> !Character.isISOControl(c))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString()
            .strip();
    if (name.length() > 200) {
      name = name.substring(name.length() - 200);
    }
    return name.isEmpty() || name.equals(".") || name.equals("..") ? "piano" : name;
  }

  /** The name with the extension of its format, when it has none that says so. */
  private static String withExtension(String name, DocumentFormat format) {
    if (DocumentFormat.fromFileName(name).equals(Optional.of(format))) {
      return name;
    }
    return name
        + switch (format) {
          case YAML -> ".yaml";
          case JSON -> ".json";
          case XLSX -> ".xlsx";
        };
  }

  /**
   * The page's language: Italian unless {@code lang} asks for English. A browser's Accept-Language
   * is often its vendor's default (en-US), not its user's choice; the page has a link to switch.
   */
  private static Language pageLanguage(Context ctx) {
    String lang = ctx.queryParam("lang");
    return lang == null ? Language.IT : requestLanguage(ctx);
  }

  /** The language of the answer: {@code lang}, else the first of Accept-Language we speak. */
  static Language language(Context ctx) {
    String lang = ctx.queryParam("lang");
    if (lang != null) {
      Optional<Language> chosen = Language.fromCode(lang.strip().toLowerCase(Locale.ROOT));
      if (chosen.isPresent()) {
        return chosen.get();
      }
    }
    return acceptLanguage(ctx.header("Accept-Language"));
  }

  static Language acceptLanguage(String header) {
    if (header != null) {
      for (String range : header.split(",")) {
        String tag = range.split(";")[0].strip().toLowerCase(Locale.ROOT);
        String primary = tag.split("-")[0];
        Optional<Language> spoken = Language.fromCode(primary);
        if (spoken.isPresent()) {
          return spoken.get();
        }
      }
    }
    return Language.IT;
  }

  /** A query parameter among fixed values, or the default when absent; another value is a 400. */
  private static <T> T choice(
      Context ctx, String parameter, Map<String, T> allowed, T fallback, Language language) {
    String given = ctx.queryParam(parameter);
    if (given == null) {
      return fallback;
    }
    T value = allowed.get(given.strip().toLowerCase(Locale.ROOT));
    if (value == null) {
      throw badParameter(parameter, given, List.copyOf(allowed.keySet()), language);
    }
    return value;
  }

  /**
   * The language of a route's answer, as {@link #language(Context)} chooses it; a {@code lang} the
   * service does not speak is a 400, said in the language of Accept-Language.
   */
  private static Language requestLanguage(Context ctx) {
    String lang = ctx.queryParam("lang");
    if (lang != null && Language.fromCode(lang.strip().toLowerCase(Locale.ROOT)).isEmpty()) {
      throw badParameter(
          "lang",
          lang,
          Arrays.stream(Language.values()).map(Language::code).toList(),
          acceptLanguage(ctx.header("Accept-Language")));
    }
    return language(ctx);
  }

  private static ProblemException badParameter(
      String parameter, String given, List<String> allowed, Language language) {
    return Problem.of(
            ProblemType.BAD_PARAMETER, language, parameter, given, String.join(", ", allowed))
        .with(
            m -> {
              m.put("parameter", parameter);
              ArrayNode values = m.putArray("allowed");
              allowed.forEach(values::add);
            })
        .exception();
  }

  /** The framework the {@code framework} parameter forces, if any; one not installed is a 404. */
  private Optional<String> forcedFramework(Context ctx, Language language) {
    return Optional.ofNullable(ctx.queryParam("framework"))
        .filter(s -> !s.isBlank())
        .map(id -> installed(id, language).id());
  }

  private Framework installed(String id, Language language) {
    return pianoZona
        .frameworks()
        .byId(id)
        .orElseThrow(
            () ->
                Problem.of(
                        ProblemType.UNKNOWN_FRAMEWORK,
                        language,
                        id,
                        pianoZona.frameworks().frameworks().stream()
                            .map(Framework::id)
                            .collect(Collectors.joining(", ")))
                    .with(m -> m.put("framework", id))
                    .exception());
  }

  // Bounds.

  /**
   * Runs work that checks plans on the service's own threads, at most {@code maxConcurrent} at a
   * time, within the request's deadline: a request that gets no turn in time, or whose work does
   * not finish in time, is a 503. Work past its deadline keeps its turn until it ends, so the bound
   * on the machine's load holds.
   */
  private <T> T bounded(Language language, Callable<T> work) {
    long timeout = settings.requestTimeout().toNanos();
    long start = System.nanoTime();
    long seconds = settings.requestTimeout().toSeconds();
    try {
      if (!turns.tryAcquire(timeout, TimeUnit.NANOSECONDS)) {
        throw Problem.of(ProblemType.BUSY, language, seconds).exception();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Problem.of(ProblemType.BUSY, language, seconds).exception();
    }
    Future<T> future;
    try {
      future =
          checks.submit(
              () -> {
                try {
                  return work.call();
                } finally {
                  turns.release();
                }
              });
    } catch (RejectedExecutionException e) {
      turns.release();
      throw Problem.of(ProblemType.BUSY, language, seconds).exception();
    }
    try {
      return future.get(timeout - (System.nanoTime() - start), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw Problem.of(ProblemType.TIMEOUT, language, seconds).exception();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Problem.of(ProblemType.BUSY, language, seconds).exception();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  // Problems.

  /** The documents could not be used: every located problem of each, in order. */
  private static Problem unreadable(List<Check> checks, Language language) {
    List<DocumentProblem> all = new ArrayList<>();
    checks.forEach(c -> all.addAll(c.problems()));
    String sources =
        checks.stream()
            .filter(c -> !c.usable())
            .map(c -> c.file().toString())
            .collect(Collectors.joining(", "));
    return Problem.of(ProblemType.UNREADABLE_DOCUMENT, language, sources, all.size())
        .with(
            m -> {
              ArrayNode list = m.putArray("problems");
              for (DocumentProblem p : all) {
                ObjectNode o = list.addObject();
                o.put("code", p.code());
                o.put("source", p.source());
                if (p.line() > 0) {
                  o.put("line", p.line());
                }
                if (p.column() > 0) {
                  o.put("column", p.column());
                }
                o.put("pointer", p.pointer().toString());
                p.cell()
                    .ifPresent(
                        c -> {
                          o.put("sheet", c.sheet());
                          o.put("cell", c.address());
                        });
                o.put("message", p.message(language));
                o.put("text", p.render(language));
              }
            });
  }

  private static Problem tooLarge(long limit, Language language) {
    return Problem.of(ProblemType.TOO_LARGE, language, limit).with(m -> m.put("limit", limit));
  }

  private static Problem unsupported(String type, String field, Language language) {
    String shown =
        type == null || type.isBlank()
            ? Texts.get(language, "problem.unsupported-media-type.none")
            : type;
    return Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, language, shown, field);
  }

  /** Javalin's own refusals (no route, a body over its limit, a malformed form) as problems. */
  private Problem fromJavalin(HttpResponseException e, Context ctx) {
    Language language = language(ctx);
    return switch (e.getStatus()) {
      case 413 -> tooLarge(settings.maxBodyBytes(), language);
      case 404 -> Problem.of(ProblemType.NOT_FOUND, language, ctx.path());
      case 405 ->
          Problem.of(ProblemType.METHOD_NOT_ALLOWED, language, ctx.path(), ctx.method().name());
      default -> Problem.withDetail(ProblemType.BAD_PARAMETER, String.valueOf(e.getMessage()));
    };
  }

  private static void problem(Context ctx, Problem problem) {
    Language language = language(ctx);
    ctx.attribute(ANSWERED, Boolean.TRUE);
    if (problem.type().status() == 503) {
      ctx.header("Retry-After", "5");
    }
    if (problem.type() == ProblemType.BAD_FORM) {
      // The rest of a body that is not a form cannot be told from the next request.
      ctx.header("Connection", "close");
    } else if (problem.type().status() != 413 && !drained(ctx)) {
      ctx.header("Connection", "close");
    }
    try {
      byte[] body =
          JSON.writerWithDefaultPrettyPrinter()
              .writeValueAsBytes(problem.document(language, ctx.path()));
      ctx.status(problem.type().status())
          .contentType("application/problem+json; charset=utf-8")
          .result(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The most of an unread body a problem's answer reads and drops before it is written. */
  private static final long MAX_DRAIN = 32L * 1024 * 1024;

  /**
   * Reads and drops what is left of the request's body, so that a problem found before the body was
   * read (a wrong parameter, an unknown framework) is answered on a connection the client can still
   * read: answering and closing while the client is still sending made its socket lose the answer.
   * False when the body is larger than {@link #MAX_DRAIN} or cannot be read, and the connection is
   * then closed after the answer.
   */
  private static boolean drained(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > MAX_DRAIN) {
      return false;
    }
    try {
      InputStream in = ctx.req().getInputStream();
      byte[] buffer = new byte[16 * 1024];
      long left = MAX_DRAIN;
      int n;
      while (left > 0 && (n = in.read(buffer)) >= 0) {
        left -= n;
      }
      return left > 0;
    } catch (IOException | RuntimeException e) {
      // Already read as a form, or the client has gone: nothing more to drop.
      return true;
    }
  }

  // Answers.

  private static void json(Context ctx, ObjectNode root) {
    try {
      text(
          ctx,
          "application/json",
          JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void text(Context ctx, String type, String body) {
    bytes(ctx, type + "; charset=utf-8", body.getBytes(UTF_8));
  }

  private static void html(Context ctx, String body) {
    ctx.header(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'"
            + " data: blob:; frame-src 'self' blob: data:; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'");
    text(ctx, "text/html", body);
  }

  private static void bytes(Context ctx, String type, byte[] body) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Cache-Control", "no-store");
    ctx.status(200).contentType(type).result(body);
  }

  private static void asset(Context ctx, String name, String type) {
    text(ctx, type, resource(name));
  }

  static String mediaType(ReportFormat format) {
    return switch (format) {
      case JSON -> "application/json";
      case SARIF -> "application/sarif+json";
      case HTML -> "text/html";
      case MARKDOWN -> "text/markdown";
      case TEXT -> "text/plain";
    };
  }

  /** A header's media type, lower case, without its parameters; empty when there is none. */
  static String mediaType(String header) {
    if (header == null) {
      return "";
    }
    int semicolon = header.indexOf(';');
    return (semicolon < 0 ? header : header.substring(0, semicolon))
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  private static Map<String, ReportFormat> formats(ReportFormat... formats) {
    Map<String, ReportFormat> map = new LinkedHashMap<>();
    for (ReportFormat f : formats) {
      map.put(f.name().toLowerCase(Locale.ROOT), f);
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  static String resource(String name) {
    try (InputStream in = Api.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
