package it.pianozona.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.pianozona.core.Check;
import it.pianozona.core.PianoZona;
import it.pianozona.core.io.DocumentFormat;
import it.pianozona.core.text.Language;
import it.pianozona.report.DiffReport;
import it.pianozona.report.FrameworksReport;
import it.pianozona.report.PlanDiff;
import it.pianozona.report.ReportFormat;
import it.pianozona.report.Reports;
import it.pianozona.report.RuleReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The service on a free loopback port, called with the JDK's HttpClient as an application in any
 * language would call it: every endpoint, every error status, and every answer held against the
 * OpenAPI document the service publishes.
 */
class PlanServerTest {

  static final Path PLANS = Path.of("../examples/plans");
  static final ObjectMapper JSON = new ObjectMapper();
  static final PianoZona PIANO_ZONA = PianoZona.create();

  static PlanServer server;
  static OpenApiContract contract;
  static Http http;

  @BeforeAll
  static void start() throws IOException {
    server = PlanServer.start(PIANO_ZONA, ServerSettings.DEFAULTS.withPort(0));
    try (var in = new java.net.URL(server.uri() + "v1/openapi.json").openStream()) {
      contract = new OpenApiContract(in.readAllBytes());
    }
    http = new Http(server.uri(), contract);
  }

  @AfterAll
  static void stopAndCheckEveryOperationWasReached() {
    server.stop();
    Set<String> reached = new TreeSet<>();
    contract.reached().forEach(r -> reached.add(r.substring(0, r.lastIndexOf(' '))));
    assertEquals(contract.operations(), reached, "operations the tests never reached");
  }

  static Stream<Path> bundledPlans() throws IOException {
    try (Stream<Path> files = Files.list(PLANS)) {
      return files.filter(p -> DocumentFormat.of(p).isPresent()).sorted().toList().stream();
    }
  }

  /** What the library gives for a plan received under its file name, as a file holds it. */
  static String expected(Path plan, ReportFormat format, Language language) throws IOException {
    String name = plan.getFileName().toString();
    Check check =
        PIANO_ZONA.check(
            name,
            Files.readAllBytes(plan),
            DocumentFormat.of(plan).orElseThrow(),
            Optional.empty());
    String report = Reports.render(format, List.of(check.checked().orElseThrow()), language);
    // As the command line writes it to a file: ending with a newline.
    return report.endsWith("\n") ? report : report + "\n";
  }

  static Http.NamedFile file(Path plan) throws IOException {
    return new Http.NamedFile(plan.getFileName().toString(), Files.readAllBytes(plan));
  }

  @ParameterizedTest
  @MethodSource("bundledPlans")
  void validateAnswersEveryReportFormatOfEveryBundledPlanAsTheLibraryWritesIt(Path plan)
      throws IOException {
    for (ReportFormat format : ReportFormat.values()) {
      for (Language language : Language.values()) {
        Http.Answer a =
            http.postForm(
                "/v1/validate?format="
                    + format.name().toLowerCase(Locale.ROOT)
                    + "&lang="
                    + language.code(),
                "plan",
                file(plan));
        assertEquals(200, a.status(), a.text());
        assertEquals(expected(plan, format, language), a.text(), plan + " " + format);
      }
    }
  }

  @Test
  void aPlanSentAsTheBodyIsReadByItsContentTypeAndNamedByTheNameParameter() throws IOException {
    Path yaml = PLANS.resolve("puglia-casarano-2022-2024.yaml");
    Http.Answer a =
        http.post(
            "/v1/validate?name=puglia-casarano-2022-2024.yaml",
            "application/yaml; charset=utf-8",
            Files.readAllBytes(yaml));
    assertEquals(expected(yaml, ReportFormat.JSON, Language.IT), a.text());

    Path xlsx = PLANS.resolve("puglia-casarano-2022-2024.xlsx");
    Http.Answer w =
        http.post(
            "/v1/validate?format=sarif&name=puglia-casarano-2022-2024.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Files.readAllBytes(xlsx));
    assertEquals(200, w.status());
    assertEquals("application/sarif+json", w.type().split(";")[0]);
    assertEquals(expected(xlsx, ReportFormat.SARIF, Language.IT), w.text());

    // Without a name, a plan is "piano" with its format's extension.
    Http.Answer unnamed =
        http.post("/v1/validate?format=text", "application/yaml", Files.readAllBytes(yaml));
    assertTrue(unnamed.text().contains("File: piano.yaml"), unnamed.text());
  }

  @Test
  void aNameIsOnlyAFileNameNeverAPath() throws IOException {
    Path yaml = PLANS.resolve("puglia-casarano-2022-2024.yaml");
    Http.Answer a =
        http.postForm(
            "/v1/validate?format=text",
            "plan",
            new Http.NamedFile("../../etc/casarano.yaml", Files.readAllBytes(yaml)));
    assertTrue(a.text().contains("File: casarano.yaml"), a.text());
  }

  @Test
  void anUnreadablePlanIs422WithEveryLocatedProblem() throws IOException {
    Http.Answer a =
        http.postForm(
            "/v1/validate?lang=en",
            "plan",
            new Http.NamedFile(
                "rotto.yaml",
                "schemaVersion: 1\nid: x\nperiod: {from: 2022, to: dopo}\n".getBytes(UTF_8)));
    assertEquals(422, a.status());
    assertEquals("application/problem+json", a.type().split(";")[0]);
    JsonNode p = JSON.readTree(a.body());
    assertEquals("/v1/problems/unreadable-document", p.get("type").asText());
    assertEquals("The document cannot be used", p.get("title").asText());
    assertTrue(p.get("problems").size() > 1, a.text());
    for (JsonNode problem : p.get("problems")) {
      assertTrue(problem.get("code").asText().startsWith("PZ-DOC-"), a.text());
      assertEquals("rotto.yaml", problem.get("source").asText());
    }
    JsonNode period = findProblem(p, "/period/to").orElseThrow(() -> new AssertionError(a.text()));
    assertEquals(3, period.get("line").asInt());
  }

  @Test
  void aWorkbookProblemNamesItsSheetAndCell() throws Exception {
    // A text typed in an amount cell of the Risorse sheet (sheet4: Istruzioni, Piano, Comuni,
    // Risorse, ...), as a person would type it.
    byte[] good = Files.readAllBytes(PLANS.resolve("puglia-casarano-2022-2024.xlsx"));
    byte[] planted =
        plant(
            good,
            "xl/worksheets/sheet4.xml",
            "C3",
            "<c r=\"C3\" t=\"inlineStr\"><is><t>molti</t></is></c>");
    Http.Answer a =
        http.postForm("/v1/validate", "plan", new Http.NamedFile("piano.xlsx", planted));
    assertEquals(422, a.status(), a.text());
    JsonNode problem =
        findProblem(read(a), "/funding/1/amount").orElseThrow(() -> new AssertionError(a.text()));
    assertEquals("Risorse", problem.get("sheet").asText());
    assertEquals("C3", problem.get("cell").asText());
    assertTrue(
        problem.get("text").asText().startsWith("piano.xlsx:Risorse!C3: /funding/1/amount: "),
        a.text());
    // A text file named .xlsx is refused whole by the workbook guard.
    Http.Answer text =
        http.postForm(
            "/v1/validate", "plan", new Http.NamedFile("piano.xlsx", "ciao".getBytes(UTF_8)));
    assertEquals(422, text.status(), text.text());
  }

  /** The workbook with one cell's stored value changed. */
  static byte[] plant(byte[] workbook, String part, String cell, String newCell)
      throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    // ZipFile, not ZipInputStream: FastExcel's entries have data descriptors the stream can't read.
    Path temp = Files.createTempFile("pianozona-plant", ".xlsx");
    Files.write(temp, workbook);
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(temp.toFile());
        java.util.zip.ZipOutputStream zout = new java.util.zip.ZipOutputStream(out)) {
      for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
        byte[] data = zip.getInputStream(e).readAllBytes();
        if (e.getName().equals(part)) {
          String xml = new String(data, UTF_8);
          java.util.regex.Matcher m =
              java.util.regex.Pattern.compile("<c r=\"" + cell + "\"[^>]*>.*?</c>").matcher(xml);
          assertTrue(m.find(), cell + " in " + part);
          data = (xml.substring(0, m.start()) + newCell + xml.substring(m.end())).getBytes(UTF_8);
        }
        zout.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        zout.write(data);
        zout.closeEntry();
      }
    } finally {
      Files.delete(temp);
    }
    return out.toByteArray();
  }

  @Test
  void aPlanNoFrameworkFitsIs422AsTheCommandLineRefusesIt() throws IOException {
    String yaml =
        Files.readString(PLANS.resolve("puglia-casarano-2022-2024.yaml"))
            .replace("region: puglia", "region: molise");
    Http.Answer a =
        http.postForm(
            "/v1/validate", "plan", new Http.NamedFile("molise.yaml", yaml.getBytes(UTF_8)));
    assertEquals(422, a.status(), a.text());
  }

  @Test
  void aBodyOverTheLimitIs413WhetherDeclaredOrStreamed() {
    try (PlanServer small =
        PlanServer.start(PIANO_ZONA, ServerSettings.DEFAULTS.withPort(0).withMaxBodyBytes(1_000))) {
      Http client = new Http(small.uri(), contract);
      byte[] big = ("id: x\n" + "#".repeat(5_000) + "\n").getBytes(UTF_8);
      Http.Answer declared = client.post("/v1/validate", "application/yaml", big);
      assertEquals(413, declared.status());
      JsonNode p = read(declared);
      assertEquals("/v1/problems/too-large", p.get("type").asText());
      assertEquals(1_000, p.get("limit").asInt());
      // No Content-Length: the body is counted as it arrives.
      Http.Answer streamed =
          client.send(
              HttpRequest.newBuilder(small.uri().resolve("/v1/validate"))
                  .header("Content-Type", "application/yaml")
                  .POST(
                      HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                  .build());
      assertEquals(413, streamed.status(), streamed.text());
      Http.Answer form =
          client.postForm("/v1/validate", "plan", new Http.NamedFile("big.yaml", big));
      assertEquals(413, form.status(), form.text());
    }
  }

  @Test
  void headersOverTheLimitAreRefusedBeforeAnyRouteRuns() {
    try (PlanServer small =
        PlanServer.start(
            PIANO_ZONA, ServerSettings.DEFAULTS.withPort(0).withMaxHeaderBytes(2_048))) {
      Http client = new Http(small.uri(), contract);
      Http.Answer a =
          client.send(
              HttpRequest.newBuilder(small.uri().resolve("/v1/health"))
                  .header("X-Padding", "x".repeat(4_000))
                  .build());
      assertEquals(431, a.status());
      assertEquals("/v1/problems/headers-too-large", read(a).get("type").asText());
      assertEquals(2_048, read(a).get("limit").asInt());
      assertEquals(200, client.get("/v1/health").status());
    }
  }

  @Test
  void anotherMediaTypeIs415() {
    Http.Answer csv = http.post("/v1/validate", "text/csv", "a,b\n".getBytes(UTF_8));
    assertEquals(415, csv.status());
    assertEquals("/v1/problems/unsupported-media-type", read(csv).get("type").asText());
    Http.Answer none = http.post("/v1/validate", null, "a: b\n".getBytes(UTF_8));
    assertEquals(415, none.status());
    Http.Answer odd =
        http.postForm("/v1/validate", "plan", new Http.NamedFile("piano.pdf", new byte[] {1}));
    assertEquals(415, odd.status());
  }

  @Test
  void wrongParametersAre400AndNameWhatIsAllowed() throws IOException {
    Http.Answer format =
        http.postForm(
            "/v1/validate?format=pdf",
            "plan",
            file(PLANS.resolve("puglia-casarano-2022-2024.yaml")));
    assertEquals(400, format.status());
    JsonNode p = read(format);
    assertEquals("format", p.get("parameter").asText());
    assertTrue(p.get("allowed").toString().contains("sarif"));
    assertEquals(400, http.get("/v1/frameworks?lang=fr").status());
    Http.Answer missing =
        http.postForm(
            "/v1/validate", "piano", file(PLANS.resolve("puglia-casarano-2022-2024.yaml")));
    assertEquals(400, missing.status());
    assertEquals("/v1/problems/missing-part", read(missing).get("type").asText());
    assertEquals(400, http.get("/v1/template").status());
    assertEquals(400, http.get("/v1/template?framework=puglia-v-2022-2024").status());
  }

  @Test
  void unknownFrameworksRulesAndPathsAre404() throws IOException {
    Http.Answer framework = http.get("/v1/frameworks/puglia-vi");
    assertEquals(404, framework.status());
    assertTrue(read(framework).get("detail").asText().contains("puglia-v-2022-2024"));
    Http.Answer forced =
        http.postForm(
            "/v1/validate?framework=puglia-vi",
            "plan",
            file(PLANS.resolve("puglia-casarano-2022-2024.yaml")));
    assertEquals(404, forced.status());
    assertEquals(404, http.get("/v1/template?framework=nope&ambito=075016").status());
    Http.Answer rule = http.get("/v1/rules/NAT-LEPS-01?lang=en");
    assertEquals(404, rule.status());
    assertEquals("NAT-LEPS-001", read(rule).get("suggestion").asText());
    assertEquals(
        "No rule has the code NAT-LEPS-01; did you mean NAT-LEPS-001?",
        read(rule).get("detail").asText());
    Http.Answer path = http.get("/v2/validate");
    assertEquals(404, path.status());
    assertEquals("/v1/problems/not-found", read(path).get("type").asText());
    assertEquals(404, http.get("/v1/problems/nope").status());
  }

  @Test
  void aWrongMethodIs405() {
    Http.Answer a =
        http.send(HttpRequest.newBuilder(server.uri().resolve("/v1/health")).DELETE().build());
    assertEquals(405, a.status());
    assertEquals("/v1/problems/method-not-allowed", read(a).get("type").asText());
    assertEquals(405, http.get("/v1/validate").status());
  }

  @Test
  void frameworksAndRulesAreWhatTheCommandLinePrints() throws IOException {
    assertEquals(
        FrameworksReport.json(PIANO_ZONA.frameworks().frameworks(), Language.EN),
        http.get("/v1/frameworks?lang=en").text());
    assertEquals(
        FrameworksReport.json(
                PIANO_ZONA.frameworks().byId("puglia-v-2022-2024").orElseThrow(), Language.IT)
            + "\n",
        http.get("/v1/frameworks/puglia-v-2022-2024").text());
    assertEquals(
        RuleReport.render(
            RuleReport.find(PIANO_ZONA, "NAT-LEPS-001").orElseThrow(),
            ReportFormat.JSON,
            Language.IT),
        http.get("/v1/rules/NAT-LEPS-001").text());
    JsonNode health = read(http.get("/v1/health"));
    assertEquals("ok", health.get("status").asText());
    assertEquals(PIANO_ZONA.frameworks().frameworks().size(), health.get("frameworks").size());
    JsonNode type = read(http.get("/v1/problems/too-large"));
    assertEquals(413, type.get("status").asInt());
    assertEquals("The request is too large", type.get("title").get("en").asText());
  }

  @Test
  void theRulesExplanationShowsAnExampleWhenTheServiceHasExamplePlans() throws IOException {
    List<it.pianozona.core.io.PlanDocument> examples = new ArrayList<>();
    examples.add(PIANO_ZONA.read(PLANS.resolve("puglia-casarano-2022-2024.yaml")));
    try (PlanServer withExamples =
        PlanServer.start(PIANO_ZONA, ServerSettings.DEFAULTS.withPort(0), examples)) {
      JsonNode rule = read(new Http(withExamples.uri(), contract).get("/v1/rules/PUG-V-CNT-002"));
      assertFalse(rule.get("example").isNull(), rule.toString());
    }
  }

  @Test
  void diffAnswersWhatTheDiffCommandWrites() throws IOException {
    Path older = PLANS.resolve("puglia-casarano-2022-2024.yaml");
    Path newer = PLANS.resolve("puglia-casarano-2022-2024.xlsx");
    Map<String, Http.NamedFile> form = new LinkedHashMap<>();
    form.put("before", file(older));
    form.put("after", file(newer));
    Http.Answer a = http.postForm("/v1/diff?lang=en", form);
    assertEquals(200, a.status(), a.text());
    PlanDiff diff =
        PlanDiff.of(
            PIANO_ZONA
                .check(
                    "puglia-casarano-2022-2024.yaml",
                    Files.readAllBytes(older),
                    DocumentFormat.YAML,
                    Optional.empty())
                .checked()
                .orElseThrow(),
            PIANO_ZONA
                .check(
                    "puglia-casarano-2022-2024.xlsx",
                    Files.readAllBytes(newer),
                    DocumentFormat.XLSX,
                    Optional.empty())
                .checked()
                .orElseThrow(),
            Language.EN);
    String expected = DiffReport.render(diff, ReportFormat.JSON, Language.EN);
    assertEquals(expected.endsWith("\n") ? expected : expected + "\n", a.text());
    assertEquals(200, http.postForm("/v1/diff?format=text", form).status());
    Map<String, Http.NamedFile> one = new LinkedHashMap<>();
    one.put("before", file(older));
    assertEquals(400, http.postForm("/v1/diff", one).status());
    form.put("after", new Http.NamedFile("rotto.yaml", "id: [".getBytes(UTF_8)));
    Http.Answer broken = http.postForm("/v1/diff", form);
    assertEquals(422, broken.status());
    assertEquals("rotto.yaml", read(broken).get("problems").get(0).get("source").asText());
  }

  @Test
  void theTemplateIsTheWorkbookTheTemplateCommandWrites() throws IOException {
    Http.Answer a = http.get("/v1/template?framework=puglia-v-2022-2024&ambito=075016");
    assertEquals(200, a.status(), a.text());
    assertTrue(a.header("Content-Disposition").contains("modello-puglia-v-2022-2024-075016.xlsx"));
    assertEquals('P', a.body()[0]);
    assertEquals('K', a.body()[1]);
    // Read back: a template is a plan still to be written, so it is refused with located
    // problems, never as a broken file.
    Check check = PIANO_ZONA.check("modello.xlsx", a.body(), DocumentFormat.XLSX, Optional.empty());
    String problems = check.problems().toString();
    assertFalse(problems.contains("PZ-DOC-127"), problems);
    Http.Answer refused = http.get("/v1/template?framework=puglia-v-2022-2024&ambito=999999");
    assertEquals(422, refused.status());
    assertEquals("NO_AMBITO", read(refused).get("reason").asText());
    Http.Answer comuni = http.get("/v1/template?framework=puglia-v-2022-2024&comuni=075016,075021");
    assertEquals(200, comuni.status(), comuni.text());
  }

  @Test
  void theLanguageComesFromLangThenAcceptLanguageThenItalianAndThePageIsItalianFirst() {
    Http.Answer english =
        http.send(
            HttpRequest.newBuilder(server.uri().resolve("/v1/frameworks/nope"))
                .header("Accept-Language", "en-GB,en;q=0.8")
                .build());
    assertTrue(read(english).get("title").asText().equals("Unknown framework"));
    assertEquals(
        "Quadro di riferimento sconosciuto",
        read(http.get("/v1/frameworks/nope")).get("title").asText());
    assertTrue(http.get("/?lang=en").text().contains("<html lang=\"en\">"));
    assertTrue(http.get("/").text().contains("<html lang=\"it\">"));
    // The page is Italian whatever the browser's default language, English on request.
    Http.Answer page =
        http.send(
            HttpRequest.newBuilder(server.uri().resolve("/"))
                .header("Accept-Language", "en-US,en;q=0.9")
                .build());
    assertTrue(page.text().contains("<html lang=\"it\">"));
  }

  @Test
  void thePageAndItsAssetsComeFromTheServiceAloneInItalian() {
    Http.Answer page = http.get("/");
    assertEquals(200, page.status());
    assertTrue(page.header("Content-Security-Policy").contains("default-src 'self'"));
    String html = page.text();
    assertTrue(html.contains("Controlla un Piano di Zona"), html);
    assertFalse(html.contains("http://") || html.contains("https://"), "no other host: " + html);
    assertFalse(html.contains("{{"), html);
    for (String asset : List.of("/page.js", "/page.css")) {
      Http.Answer a = http.get(asset);
      assertEquals(200, a.status());
      assertFalse(a.text().contains("http://") || a.text().contains("https://"), asset);
    }
  }

  @Test
  void noAnswerCarriesAStackTrace() throws IOException {
    List<Http.Answer> answers =
        List.of(
            http.post("/v1/validate", "application/json", "{\"schemaVersion\": [".getBytes(UTF_8)),
            http.post("/v1/validate", "application/yaml", new byte[0]),
            http.post("/v1/validate", "multipart/form-data; boundary=x", "garbage".getBytes(UTF_8)),
            http.post(
                "/v1/validate",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                new byte[] {'P', 'K', 3, 4, 0, 0}));
    for (Http.Answer a : answers) {
      assertTrue(a.status() >= 400 && a.status() < 500, a.status() + " " + a.text());
      assertFalse(a.text().contains("Exception") || a.text().contains("\tat "), a.text());
    }
  }

  @Test
  void aRequestPastItsDeadlineIs503AndTheServiceGoesOn() throws IOException {
    try (PlanServer slow =
        PlanServer.start(
            PIANO_ZONA,
            ServerSettings.DEFAULTS.withPort(0).withRequestTimeout(Duration.ofNanos(1)))) {
      Http client = new Http(slow.uri(), contract);
      Http.Answer a =
          client.postForm(
              "/v1/validate", "plan", file(PLANS.resolve("lombardia-bellano-2018-2020.yaml")));
      assertEquals(503, a.status(), a.text());
      assertTrue(
          Set.of("/v1/problems/timeout", "/v1/problems/busy")
              .contains(read(a).get("type").asText()));
      assertEquals("5", a.header("Retry-After"));
      assertEquals(200, client.get("/v1/health").status());
    }
  }

  @Test
  void concurrentRequestsGetTheSameAnswersAsOneAtATime() throws Exception {
    List<Path> plans = bundledPlans().toList();
    Map<Path, String> expected = new LinkedHashMap<>();
    for (Path p : plans) {
      expected.put(p, expected(p, ReportFormat.SARIF, Language.IT));
    }
    ExecutorService clients = Executors.newFixedThreadPool(16);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 160; i++) {
        Path plan = plans.get(i % plans.size());
        results.add(
            clients.submit(
                () ->
                    expected
                        .get(plan)
                        .equals(
                            http.postForm("/v1/validate?format=sarif", "plan", file(plan))
                                .text())));
      }
      for (Future<Boolean> r : results) {
        assertTrue(r.get());
      }
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void aStopLetsTheRequestsInFlightFinish() throws Exception {
    PlanServer stopping =
        PlanServer.start(PIANO_ZONA, ServerSettings.DEFAULTS.withPort(0).withMaxConcurrent(1));
    Http client = new Http(stopping.uri(), contract);
    Path plan = PLANS.resolve("lombardia-bellano-2018-2020.yaml");
    String expected = expected(plan, ReportFormat.HTML, Language.IT);
    List<CompletableFuture<Http.Answer>> inFlight = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      inFlight.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return client.postForm("/v1/validate?format=html", "plan", file(plan));
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              }));
    }
    // Stop once the service holds requests (one checked, the others waiting for their turn).
    for (int i = 0; i < 200 && stopping.requestsInFlight() < 2; i++) {
      Thread.sleep(50);
    }
    assertTrue(stopping.requestsInFlight() >= 2, "the requests never reached the service");
    stopping.stop();
    int finished = 0;
    for (CompletableFuture<Http.Answer> f : inFlight) {
      try {
        Http.Answer a = f.get();
        if (a.status() == 503) {
          // Connected, but not yet taken in when the stop began: refused whole, with the
          // problem that says so, never cut half-way.
          assertTrue(a.text().contains("/v1/problems/stopping"), a.text());
          continue;
        }
        assertEquals(200, a.status(), a.text());
        assertEquals(expected, a.text());
        finished++;
      } catch (java.util.concurrent.ExecutionException e) {
        // A request that had not reached the server before it stopped listening is refused at
        // connect, never cut half-way.
        assertTrue(e.getCause() instanceof java.io.UncheckedIOException, e.toString());
      }
    }
    assertTrue(finished > 0, "no request was in flight");
    assertThrows(java.io.UncheckedIOException.class, () -> client.get("/v1/health"));
  }

  @Test
  void aTakenPortIsAClearErrorInEitherLanguage() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      ServerStartException e =
          assertThrows(
              ServerStartException.class,
              () ->
                  PlanServer.start(
                      PIANO_ZONA, ServerSettings.DEFAULTS.withPort(taken.getLocalPort())));
      assertTrue(
          e.message(Language.IT).startsWith("non si può ascoltare su 127.0.0.1:"),
          e.message(Language.IT));
      assertTrue(e.message(Language.EN).startsWith("cannot listen on 127.0.0.1:"));
    }
  }

  @Test
  void theOpenApiDocumentIsServedAndDescribesEveryRoute() {
    Http.Answer a = http.get("/v1/openapi.json");
    assertEquals(200, a.status());
    JsonNode doc = read(a);
    assertEquals("3.1.0", doc.get("openapi").asText());
    assertFalse(doc.get("info").get("version").asText().contains("$"), a.text());
    for (String route :
        List.of(
            "/v1/validate",
            "/v1/diff",
            "/v1/frameworks",
            "/v1/frameworks/{id}",
            "/v1/rules/{code}",
            "/v1/template",
            "/v1/health",
            "/v1/openapi.json")) {
      assertTrue(doc.get("paths").has(route), route);
    }
    // Every problem type the service can answer is documented, and documents itself.
    for (it.pianozona.server.internal.ProblemType t :
        it.pianozona.server.internal.ProblemType.values()) {
      assertTrue(a.text().contains("\"" + t.uri() + "\""), t.uri());
      assertEquals(200, http.get(t.uri()).status(), t.uri());
    }
  }

  @Test
  void theSettingsAreSafeByDefaultAndRefuseNonsense() {
    assertEquals("127.0.0.1", ServerSettings.DEFAULTS.bind());
    assertEquals(8080, ServerSettings.DEFAULTS.port());
    assertThrows(IllegalArgumentException.class, () -> ServerSettings.DEFAULTS.withPort(70_000));
    assertThrows(
        IllegalArgumentException.class, () -> ServerSettings.DEFAULTS.withMaxConcurrent(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> ServerSettings.DEFAULTS.withRequestTimeout(Duration.ZERO));
  }

  static JsonNode read(Http.Answer a) {
    try {
      return JSON.readTree(a.body());
    } catch (IOException e) {
      throw new AssertionError(a.text(), e);
    }
  }

  static Optional<JsonNode> findProblem(JsonNode problem, String pointer) {
    for (JsonNode p : problem.get("problems")) {
      if (p.get("pointer").asText().equals(pointer)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
