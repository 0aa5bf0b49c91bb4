package it.pianozona.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.model.Euro;
import it.pianozona.core.model.Plan;
import it.pianozona.core.testing.Plans;
import it.pianozona.core.text.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanReaderTest {

  static final PlanReader READER = PlanReader.create();

  static final String VALID =
      """
      schemaVersion: 1
      id: test-plan
      title: "Piano di prova"
      region: molise
      period: {from: 2022, to: 2024}
      ambito:
        name: "Ambito di prova"
        lead: "070006"
        comuni:
          - {istat: "070006", name: Campobasso, population: 48747}
      funding:
        - {source: fnps, year: 2022, amount: 1000.50}
      interventions:
        - id: I1
          title: "Segretariato sociale"
          area: T1
          allocations:
            - {source: fnps, year: 2022, amount: 1000.50}
      """;

  static Plan read(String yaml) {
    return READER.read("plan.yaml", yaml.getBytes(UTF_8), DocumentFormat.YAML).plan();
  }

  static List<DocumentProblem> problems(String yaml) {
    DocumentException e = assertThrows(DocumentException.class, () -> read(yaml));
    return e.problems();
  }

  static String en(DocumentProblem p) {
    return p.message(Language.EN);
  }

  static String it(DocumentProblem p) {
    return p.message(Language.IT);
  }

  static DocumentProblem onlyProblem(String yaml) {
    List<DocumentProblem> problems = problems(yaml);
    assertEquals(1, problems.size(), problems::toString);
    return problems.get(0);
  }

  @Test
  void aValidDocumentReadsWithExactAmounts() {
    Plan plan = read(VALID);
    assertEquals("test-plan", plan.id());
    assertEquals(Euro.ofCents(100_050), plan.funding().get(0).amount());
    assertEquals("070006", plan.ambito().lead().value());
  }

  @Test
  void aSyntaxErrorNamesFileLineAndColumn() {
    DocumentProblem p =
        onlyProblem(VALID.replace("title: \"Piano di prova\"", "title: \"Piano di prova"));
    assertEquals("plan.yaml", p.source());
    assertTrue(p.line() > 0 && p.column() > 0, p::toString);
    assertEquals(ProblemCode.NOT_VALID_SYNTAX.code(), p.code());
    assertTrue(en(p).startsWith("not valid YAML"), p::toString);
    assertTrue(it(p).startsWith("YAML non valido"), p::toString);
  }

  @Test
  void anUnknownKeyIsNamedWithItsPointerLineAndASuggestion() {
    DocumentProblem p =
        onlyProblem(
            VALID.replace("title: \"Piano di prova\"", "titel: \"Piano di prova\"\ntitle: x"));
    assertEquals("/titel", p.pointer().toString());
    assertEquals(3, p.line());
    assertEquals(ProblemCode.UNKNOWN_KEY.code(), p.code());
    assertTrue(en(p).contains("unknown key 'titel' in a plan; did you mean 'title'?"), p::toString);
    assertTrue(
        it(p).contains("chiave sconosciuta 'titel' in un piano; forse si intendeva 'title'?"),
        p::toString);
  }

  @Test
  void aMissingRequiredKeySaysWhatWasExpectedAtItsParent() {
    DocumentProblem p = onlyProblem(VALID.replace("    area: T1\n", ""));
    assertEquals("/interventions/0/area", p.pointer().toString());
    assertEquals(14, p.line()); // the intervention that lacks it
    assertEquals(ProblemCode.MISSING_KEY.code(), p.code());
    assertTrue(en(p).contains("missing required key 'area' in an intervention"), p::toString);
    assertTrue(en(p).contains("the framework area code"), p::toString);
    assertTrue(
        it(p).startsWith("chiave obbligatoria 'area' mancante in un intervento: deve contenere"),
        p::toString);
  }

  @Test
  void aNegativeAmountIsRefusedAtItsExactPosition() {
    DocumentProblem p =
        onlyProblem(VALID.replace("amount: 1000.50}\ninterventions", "amount: -5}\ninterventions"));
    assertEquals("/funding/0/amount", p.pointer().toString());
    assertEquals(12, p.line());
    assertTrue(en(p).contains("negative amount -5"), p::toString);
    assertEquals(
        "plan.yaml:12:" + p.column() + ": /funding/0/amount: PZ-DOC-045 " + en(p),
        p.render(Language.EN));
    assertEquals(
        "plan.yaml:12:" + p.column() + ": /funding/0/amount: PZ-DOC-045 " + it(p), p.toString());
    assertTrue(it(p).contains("trovato: un importo negativo, -5"), p::toString);
  }

  @Test
  void aNonNumericAmountExplainsHowToWriteOne() {
    DocumentProblem p =
        onlyProblem(
            VALID.replace(
                "amount: 1000.50}\ninterventions", "amount: \"1.000,50\"}\ninterventions"));
    assertTrue(en(p).contains("found text \"1.000,50\""), p::toString);
    assertTrue(en(p).contains("without quotes, currency sign or grouping"), p::toString);
  }

  @Test
  void moreDecimalsThanCentsAreRefused() {
    DocumentProblem p =
        onlyProblem(
            VALID.replace("amount: 1000.50}\ninterventions", "amount: 1000.505}\ninterventions"));
    assertTrue(en(p).contains("more decimals than cents"), p::toString);
  }

  @Test
  void aNumberWithAHugeExponentIsJudgedWithoutExpandingIt() {
    // The plain form of 1e999999999 has a billion digits: building it took tens of seconds.
    DocumentProblem big =
        onlyProblem(
            VALID.replace(
                "amount: 1000.50}\ninterventions", "amount: 1e999999999}\ninterventions"));
    assertTrue(en(big).contains("found 1E+999999999, which is too large"), big::toString);
    DocumentProblem tiny =
        onlyProblem(
            VALID.replace(
                "amount: 1000.50}\ninterventions", "amount: 1e-999999999}\ninterventions"));
    assertTrue(en(tiny).contains("found 1E-999999999 with more decimals"), tiny::toString);
    DocumentProblem year =
        onlyProblem(
            VALID.replace(
                "year: 2022, amount: 1000.50}\ninterventions",
                "year: 2e999999999, amount: 1000.50}\ninterventions"));
    assertTrue(en(year).contains("number 2E+999999999"), year::toString);
  }

  @Test
  void aNumberWithMoreTrailingZerosThanAScaleCountsIsOutOfRangeNotACrash() {
    // 100e2147483647 without its trailing zeros would need a scale past Integer.MIN_VALUE: the JDK
    // throws ArithmeticException, which once escaped the reader as a stack trace.
    DocumentProblem amount =
        onlyProblem(
            VALID.replace(
                "amount: 1000.50}\ninterventions", "amount: 100e2147483647}\ninterventions"));
    assertEquals("PZ-DOC-047", amount.message().key(), amount::toString);
    assertTrue(en(amount).contains("which is too large"), amount::toString);
    DocumentProblem year =
        onlyProblem(
            VALID.replace(
                "year: 2022, amount: 1000.50}\ninterventions",
                "year: 100e2147483647, amount: 1000.50}\ninterventions"));
    assertEquals("/funding/0/year", year.pointer().toString());
    DocumentProblem version =
        onlyProblem(VALID.replace("schemaVersion: 1", "schemaVersion: 100.0e+2147483647"));
    assertEquals("/schemaVersion", version.pointer().toString());
  }

  @Test
  void amountsThatTogetherPassAnyBudgetAreRefusedAtTheOneThatCrossesTheLine() {
    String twice =
        VALID.replace(
            "  - {source: fnps, year: 2022, amount: 1000.50}\ninterventions",
            "  - {source: fnps, year: 2022, amount: 60000000000000}\n"
                + "  - {source: fnps, year: 2023, amount: 60000000000000}\ninterventions");
    DocumentProblem p = onlyProblem(twice);
    assertEquals("/funding/1/amount", p.pointer().toString());
    assertTrue(en(p).contains("add up to more than"), p::toString);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Plans.valid()
                .funding(
                    new it.pianozona.core.model.Funding(
                        it.pianozona.core.model.FundingSource.of("fnps"),
                        2023,
                        Euro.ofCents(Long.MAX_VALUE / 1000),
                        false))
                .build(),
        "a plan built in code is held to the same total");
  }

  @Test
  void textIsReadInOneNormalFormAndBlankMeansNothingVisible() {
    Plan nfd = read(VALID.replace("Segretariato sociale", "Caffe\u0300 sociale"));
    assertEquals("Caff\u00e8 sociale", nfd.interventions().get(0).title(), "NFC");
    for (String blank : List.of("\u00a0\u00a0", "\u200b", " \u202f\u2007 ", "\u00ad")) {
      DocumentProblem p =
          onlyProblem(VALID.replace("title: \"Piano di prova\"", "title: \"" + blank + "\""));
      assertEquals("/title", p.pointer().toString());
      assertTrue(en(p).contains("text with no visible character"), p::toString);
    }
  }

  @Test
  void anIdentifierWithAnInvisibleCharacterOrSurroundingSpaceIsRefused() {
    for (String id : List.of("I\u200b1", "I1\u00a0", " I1", "I\u20601", "\ufeffI1")) {
      DocumentProblem p = onlyProblem(VALID.replace("- id: I1", "- id: \"" + id + "\""));
      assertEquals("/interventions/0/id", p.pointer().toString());
      assertTrue(en(p).contains("without invisible characters"), p::toString);
    }
    DocumentProblem area = onlyProblem(VALID.replace("area: T1", "area: \"T1\u200d\""));
    assertEquals("/interventions/0/area", area.pointer().toString());
  }

  @Test
  void aLimitIsNamedInTheReadersWordsAtTheLineAndColumnWhereItIsPassed() {
    String deep = "schemaVersion: 1\nnotes: " + "[".repeat(70) + "]".repeat(70) + "\n";
    DocumentProblem p = onlyProblem(deep);
    assertEquals(2, p.line(), p::toString);
    assertEquals("notes: ".length() + 64, p.column(), p::toString);
    assertTrue(
        en(p)
            .contains(
                "nested 65 deep, more than the limit of 64" + " (ReadLimits.withMaxNestingDepth)"),
        p::toString);
    assertTrue(!en(p).contains("StreamReadConstraints"), p::toString);
    assertEquals(ProblemCode.NESTING_LIMIT.code(), p.code());
  }

  @Test
  void aSpecialFileIsRefusedBeforeItIsOpened(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("piano.yaml");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(
        mkfifo.waitFor() == 0 && Files.exists(fifo), "this system cannot make a FIFO");
    // Opening a FIFO with no writer blocks for ever; the reader must not open it.
    DocumentException e = assertThrows(DocumentException.class, () -> READER.read(fifo));
    assertTrue(
        en(e.problems().get(0)).contains("found a special file"), () -> e.problems().toString());
    DocumentException c =
        assertThrows(DocumentException.class, () -> DataReader.readCatalogueFile(fifo));
    assertTrue(en(c.problems().get(0)).contains("found a special file"));
  }

  @Test
  void anUnquotedIstatCodeIsRefusedBecauseItsLeadingZeroIsLost() {
    DocumentProblem p = onlyProblem(VALID.replace("lead: \"070006\"", "lead: 070006"));
    assertEquals("/ambito/lead", p.pointer().toString());
    assertTrue(en(p).contains("goes in quotes: \"070006\""), p::toString);
    DocumentProblem q = onlyProblem(VALID.replace("lead: \"070006\"", "lead: 70006"));
    assertTrue(en(q).contains("quoted text"), q::toString);
  }

  @Test
  void aWrongTypeSaysWhatWasFound() {
    DocumentProblem p =
        onlyProblem(VALID.replace("period: {from: 2022, to: 2024}", "period: 2022-2024"));
    assertEquals("/period", p.pointer().toString());
    assertTrue(en(p).startsWith("expected a period"), p::toString);
    assertTrue(en(p).contains("found text \"2022-2024\""), p::toString);
  }

  @Test
  void anUnknownRegionListsTheAcceptedOnes() {
    DocumentProblem p = onlyProblem(VALID.replace("region: molise", "region: padania"));
    assertTrue(en(p).contains("puglia"), p::toString);
  }

  @Test
  void everyProblemIsReportedInOnePass() {
    List<DocumentProblem> problems =
        problems(
            VALID
                .replace("region: molise", "region: 7")
                .replace("population: 48747", "population: -1")
                .replace(
                    "year: 2022, amount: 1000.50}\ninterventions",
                    "year: 1850, amount: 1}\n" + "interventions"));
    assertEquals(
        List.of("/region", "/ambito/comuni/0/population", "/funding/0/year"),
        problems.stream().map(p -> p.pointer().toString()).toList());
  }

  @Test
  void aDuplicateKeyIsRefused() {
    DocumentProblem p = onlyProblem(VALID.replace("region: molise", "region: molise\nid: x"));
    assertTrue(en(p).contains("the same key appears twice"), p::toString);
    assertEquals(5, p.line());
  }

  @Test
  void yamlAliasesAreRefusedRatherThanReadAsText() {
    DocumentProblem p =
        onlyProblem(
            VALID.replace("title: \"Piano di prova\"", "title: &t \"Piano di prova\"\nnotes: *t"));
    assertTrue(en(p).contains("YAML aliases"), p::toString);
  }

  @Test
  void anEmptyDocumentSaysWhatAPlanNeeds() {
    DocumentProblem p = onlyProblem("");
    assertTrue(en(p).startsWith("the document is empty"), p::toString);
    assertTrue(it(p).startsWith("il documento è vuoto"), p::toString);
  }

  @Test
  void aDocumentThatIsNotAnObjectSaysWhatAPlanIs() {
    DocumentProblem p = onlyProblem("- 1\n- 2\n");
    assertTrue(en(p).startsWith("expected a plan (an object with keys schemaVersion"), p::toString);
  }

  @Test
  void jsonDocumentsReadLikeYaml() {
    String json = PlanWriter.write(Plans.validPlan(), DocumentFormat.JSON);
    Plan plan = READER.read("p.json", json.getBytes(UTF_8), DocumentFormat.JSON).plan();
    assertEquals(Plans.validPlan(), plan);
  }

  @Test
  void aJsonSyntaxErrorNamesLineAndColumn() {
    DocumentException e =
        assertThrows(
            DocumentException.class,
            () ->
                READER.read(
                    "p.json",
                    "{\n  \"id\": \"x\",\n  \"title\": }".getBytes(UTF_8),
                    DocumentFormat.JSON));
    DocumentProblem p = e.problems().get(0);
    assertEquals(3, p.line());
    assertTrue(en(p).startsWith("not valid JSON"), p::toString);
  }

  @Test
  void filesAreReadByExtensionAndMissingOnesAreNamed(@TempDir Path dir) throws Exception {
    Path yaml = dir.resolve("plan.yml");
    Files.writeString(yaml, VALID);
    assertEquals("test-plan", READER.read(yaml).plan().id());

    DocumentException missing =
        assertThrows(DocumentException.class, () -> READER.read(dir.resolve("nope.yaml")));
    assertTrue(
        missing.message(Language.EN).endsWith("nope.yaml: (document): PZ-DOC-004 file not found"),
        missing.getMessage());
    assertTrue(
        missing.getMessage().endsWith("nope.yaml: (documento): PZ-DOC-004 file non trovato"),
        missing.getMessage());

    Path txt = dir.resolve("plan.txt");
    Files.writeString(txt, VALID);
    DocumentException ext = assertThrows(DocumentException.class, () -> READER.read(txt));
    assertTrue(ext.message(Language.EN).contains("unsupported file extension"), ext.getMessage());
  }

  @Test
  void aDocumentOverTheSizeLimitIsRefusedBeforeParsing() {
    PlanReader small = PlanReader.withLimits(ReadLimits.DEFAULT.withMaxDocumentBytes(100));
    DocumentException e =
        assertThrows(
            DocumentException.class,
            () -> small.read("big.yaml", VALID.getBytes(UTF_8), DocumentFormat.YAML));
    assertTrue(e.message(Language.EN).contains("more than the limit of 100 bytes"), e.getMessage());
  }

  @Test
  void positionsOfPointersAreFoundForFindings() {
    PlanDocument doc = READER.read("plan.yaml", VALID.getBytes(UTF_8), DocumentFormat.YAML);
    assertEquals(
        new TextPosition(18, 36),
        doc.position(
                it.pianozona.core.validation.Pointer.parse("/interventions/0/allocations/0/amount"))
            .orElseThrow());
  }
}
