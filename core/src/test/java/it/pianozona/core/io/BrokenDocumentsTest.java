package it.pianozona.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.text.Language;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One broken document for each kind of problem the readers can find in a document's content: each
 * gets the code of its kind, and reads in Italian and in English with no key left unrendered.
 */
class BrokenDocumentsTest {

  static final String PLAN = PlanReaderTest.VALID;

  static final String GOVERNED =
      PLAN
          + """
          governance:
            approvals:
              - {body: consiglio-comunale, date: "2022-07-13"}
          """;

  static final String FRAMEWORK =
      DataReaderTest.FRAMEWORK
          + """
          parameters:
            - {id: soglia, value: 5, validFrom: "2022-01-01", reference: {act: "Atto"}}
          scoring:
            - {criterion: copertura, weight: 10, weightBasis: {origin: pianozona}, rationale: "Perché conta"}
          """;

  record Case(String what, ProblemCode expected, Supplier<?> read) {
    @Override
    public String toString() {
      return expected.code() + " " + what;
    }
  }

  static Case plan(String what, ProblemCode expected, String from, String to) {
    return plan(what, expected, PLAN, from, to);
  }

  static Case plan(String what, ProblemCode expected, String base, String from, String to) {
    assertTrue(base.contains(from), () -> what + ": the case no longer applies to the document");
    return yaml(what, expected, base.replace(from, to));
  }

  static Case yaml(String what, ProblemCode expected, String text) {
    return bytes(what, expected, text.getBytes(UTF_8), DocumentFormat.YAML, ReadLimits.DEFAULT);
  }

  static Case bytes(
      String what, ProblemCode expected, byte[] content, DocumentFormat format, ReadLimits limits) {
    return new Case(
        what,
        expected,
        () -> PlanReader.withLimits(limits).read("plan." + format.name(), content, format));
  }

  static Case framework(String what, ProblemCode expected, String from, String to) {
    assertTrue(FRAMEWORK.contains(from), () -> what + ": the case no longer applies");
    byte[] content = FRAMEWORK.replace(from, to).getBytes(UTF_8);
    return new Case(
        what,
        expected,
        () -> DataReader.readFramework("framework.yaml", new ByteArrayInputStream(content)));
  }

  static Stream<Case> cases() {
    String title = "title: \"Piano di prova\"";
    String amount = "amount: 1000.50}\ninterventions";
    String date = "date: \"2022-07-13\"";
    List<Case> c = new ArrayList<>();
    c.add(
        bytes(
            "larger than the limit",
            ProblemCode.DOCUMENT_TOO_LARGE,
            PLAN.getBytes(UTF_8),
            DocumentFormat.YAML,
            ReadLimits.DEFAULT.withMaxDocumentBytes(100)));
    c.add(
        bytes(
            "UTF-16 with its mark",
            ProblemCode.OTHER_ENCODING_WITH_MARK,
            withMark(PLAN, StandardCharsets.UTF_16),
            DocumentFormat.YAML,
            ReadLimits.DEFAULT));
    c.add(
        bytes(
            "UTF-16 without a mark",
            ProblemCode.OTHER_ENCODING_WITHOUT_MARK,
            PLAN.getBytes(StandardCharsets.UTF_16LE),
            DocumentFormat.YAML,
            ReadLimits.DEFAULT));
    c.add(
        bytes(
            "Latin-1",
            ProblemCode.NOT_UTF8,
            PLAN.replace("Piano di prova", "Città").getBytes(StandardCharsets.ISO_8859_1),
            DocumentFormat.YAML,
            ReadLimits.DEFAULT));
    c.add(yaml("empty", ProblemCode.EMPTY_DOCUMENT, "# nothing\n"));
    c.add(plan("a quote never closed", ProblemCode.NOT_VALID_SYNTAX, title, "title: \"Piano"));
    c.add(
        plan("a key twice", ProblemCode.DUPLICATE_KEY, "region: molise", "region: molise\nid: x"));
    c.add(yaml("two documents", ProblemCode.SEVERAL_YAML_DOCUMENTS, PLAN + "---\n" + PLAN));
    c.add(
        bytes(
            "more after the JSON object",
            ProblemCode.CONTENT_AFTER_JSON,
            "{\"id\": 1} {}".getBytes(UTF_8),
            DocumentFormat.JSON,
            ReadLimits.DEFAULT));
    c.add(plan("an alias", ProblemCode.YAML_ALIAS, title, "title: &t \"Piano\"\nnotes: *t"));
    c.add(plan("a tag", ProblemCode.YAML_TAG, title, "title: !!python/object x"));
    c.add(
        plan(
            "an octal amount",
            ProblemCode.AMBIGUOUS_NUMBER,
            amount,
            "amount: 0100}\ninterventions"));
    c.add(plan("yes", ProblemCode.YAML_YES_NO, "period:", "notes: yes\nperiod:"));
    c.add(
        yaml(
            "nested too deep",
            ProblemCode.NESTING_LIMIT,
            "schemaVersion: 1\nnotes: " + "[".repeat(70) + "]".repeat(70) + "\n"));
    c.add(
        bytes(
            "a text too long",
            ProblemCode.TEXT_LIMIT,
            PLAN.getBytes(UTF_8),
            DocumentFormat.YAML,
            ReadLimits.DEFAULT.withMaxStringLength(10)));
    c.add(
        bytes(
            "a JSON text too long",
            ProblemCode.TEXT_LIMIT,
            "{\"title\": \"Piano di prova\"}".getBytes(UTF_8),
            DocumentFormat.JSON,
            ReadLimits.DEFAULT.withMaxStringLength(10)));
    c.add(
        bytes(
            "a number too long",
            ProblemCode.NUMBER_LIMIT,
            ("{\"schemaVersion\": " + "1".repeat(200) + "}").getBytes(UTF_8),
            DocumentFormat.JSON,
            ReadLimits.DEFAULT));
    c.add(
        bytes(
            "a key too long",
            ProblemCode.KEY_LIMIT,
            ("{\"" + "k".repeat(1_100) + "\": 1}").getBytes(UTF_8),
            DocumentFormat.JSON,
            ReadLimits.DEFAULT));
    c.add(
        bytes(
            "more interventions than the limit",
            ProblemCode.INTERVENTIONS_LIMIT,
            PLAN.replace("interventions:\n", "interventions:\n  - {id: I0, title: T, area: T1}\n")
                .getBytes(UTF_8),
            DocumentFormat.YAML,
            ReadLimits.DEFAULT.withMaxInterventions(1)));
    c.add(
        plan(
            "a period as text",
            ProblemCode.NOT_AN_OBJECT,
            "period: {from: 2022, to: 2024}",
            "period: 2022-2024"));
    c.add(plan("a misspelt key", ProblemCode.UNKNOWN_KEY, "period:", "notez: x\nperiod:"));
    c.add(plan("no area", ProblemCode.MISSING_KEY, "    area: T1\n", ""));
    c.add(
        plan("comuni as an object", ProblemCode.NOT_A_LIST, "comuni:\n    - ", "comuni:\n      "));
    c.add(plan("contents as a list", ProblemCode.NOT_A_MAP, "funding:", "contents: [a]\nfunding:"));
    c.add(
        plan(
            "indicators as text",
            ProblemCode.NOT_A_MAP,
            "    area: T1\n",
            "    area: T1\n    indicators: tanti\n"));
    c.add(plan("a number for a title", ProblemCode.NOT_TEXT, title, "title: 2022"));
    c.add(plan("an empty title", ProblemCode.BLANK_TEXT, title, "title: \"\""));
    c.add(plan("a bell in the title", ProblemCode.CONTROL_CHARACTER, title, "title: \"a\\a\""));
    c.add(
        plan(
            "a zero-width space in an id",
            ProblemCode.INVISIBLE_CHARACTER,
            "- id: I1",
            "- id: \"I\u200b1\""));
    c.add(
        plan(
            "half a resident",
            ProblemCode.NOT_A_WHOLE_NUMBER,
            "population: 48747",
            "population: 12.5"));
    c.add(
        plan(
            "the year 3000",
            ProblemCode.NUMBER_OUT_OF_RANGE,
            "year: 2022, amount: 1000.50}\ni",
            "year: 3000, amount: 1000.50}\ni"));
    c.add(
        plan(
            "workers as text",
            ProblemCode.NOT_A_NUMBER,
            "funding:",
            "staffing: {socialWorkers: tre}\nfunding:"));
    c.add(
        plan(
            "negative workers",
            ProblemCode.DECIMAL_OUT_OF_RANGE,
            "funding:",
            "staffing: {socialWorkers: -2}\nfunding:"));
    c.add(
        plan(
            "illustrative as text",
            ProblemCode.NOT_TRUE_OR_FALSE,
            "funding:",
            "staffing: {socialWorkers: 2, illustrative: \"si\"}\nfunding:"));
    c.add(
        plan(
            "an amount as Italian text",
            ProblemCode.AMOUNT_NOT_A_NUMBER,
            amount,
            "amount: \"1.000,50\"}\ninterventions"));
    c.add(
        plan(
            "a negative amount",
            ProblemCode.NEGATIVE_AMOUNT,
            amount,
            "amount: -5}\ninterventions"));
    c.add(
        plan(
            "tenths of a cent",
            ProblemCode.AMOUNT_TOO_PRECISE,
            amount,
            "amount: 1000.505}\ninterventions"));
    c.add(
        plan(
            "a huge amount",
            ProblemCode.AMOUNT_TOO_LARGE,
            amount,
            "amount: 1e999999999}\ninterventions"));
    c.add(
        plan(
            "amounts past any budget",
            ProblemCode.AMOUNTS_ADD_UP_TOO_MUCH,
            "  - {source: fnps, year: 2022, " + amount,
            "  - {source: fnps, year: 2022, amount: 60000000000000}\n"
                + "  - {source: fnps, year: 2023, amount: 60000000000000}\ninterventions"));
    c.add(plan("a date as a list", ProblemCode.DATE_NOT_TEXT, GOVERNED, date, "date: [2022]"));
    c.add(plan("an Italian date", ProblemCode.DATE_FORM, GOVERNED, date, "date: \"13/07/2022\""));
    c.add(
        plan(
            "a date of 1890",
            ProblemCode.DATE_YEAR_OUT_OF_RANGE,
            GOVERNED,
            date,
            "date: \"1890-07-13\""));
    c.add(plan("30 February", ProblemCode.NO_SUCH_DAY, GOVERNED, date, "date: \"2023-02-30\""));
    c.add(plan("month 13", ProblemCode.NO_SUCH_DAY, GOVERNED, date, "date: \"2023-13-01\""));
    c.add(
        plan("an unknown region", ProblemCode.UNKNOWN_REGION, "region: molise", "region: padania"));
    c.add(plan("a reversed period", ProblemCode.PERIOD_REVERSED, "to: 2024", "to: 2020"));
    c.add(
        plan(
            "a plan id with a space",
            ProblemCode.BAD_PLAN_ID,
            "id: test-plan",
            "id: \"test plan\""));
    c.add(
        plan(
            "an unquoted ISTAT code",
            ProblemCode.ISTAT_CODE_UNQUOTED,
            "lead: \"070006\"",
            "lead: 70006"));
    c.add(
        plan(
            "a five-digit ISTAT code",
            ProblemCode.BAD_ISTAT_CODE,
            "lead: \"070006\"",
            "lead: \"70006\""));
    c.add(
        plan(
            "a contents key with a capital",
            ProblemCode.BAD_CONTENTS_KEY,
            "funding:",
            "contents: {Monitoraggio: x}\nfunding:"));
    c.add(
        plan(
            "a funding source with capitals",
            ProblemCode.BAD_FUNDING_SOURCE_ID,
            "- {source: fnps, year: 2022, amount: 1000.50}\ninterventions",
            "- {source: Fondo_X, year: 2022, amount: 1000.50}\ninterventions"));
    c.add(
        plan(
            "an indicator id with a space",
            ProblemCode.BAD_INDICATOR_ID,
            "    area: T1\n",
            "    area: T1\n    indicators: {\"Posti nido\": 2}\n"));
    c.add(
        plan(
            "a body with capitals",
            ProblemCode.BAD_HYPHENATED_ID,
            GOVERNED,
            "body: consiglio-comunale",
            "body: Consiglio Comunale"));
    c.add(framework("a target per comune", ProblemCode.BAD_PER, "per: ambito", "per: comune"));
    c.add(framework("a weight of 0", ProblemCode.ZERO_WEIGHT, "weight: 10", "weight: 0"));
    c.add(
        framework(
            "a criterion weighed twice",
            ProblemCode.CRITERION_WEIGHED_TWICE,
            "rationale: \"Perché conta\"}",
            "rationale: \"Perché conta\"}\n"
                + "  - {criterion: copertura, weight: 2, weightBasis: {origin: pianozona},"
                + " rationale: x}"));
    c.add(
        framework(
            "a weight whose origin is neither act nor pianozona",
            ProblemCode.BAD_WEIGHT_ORIGIN,
            "origin: pianozona",
            "origin: regione"));
    c.add(
        framework(
            "a weight set by an act that names no act",
            ProblemCode.WEIGHT_ACT_MISSING,
            "origin: pianozona",
            "origin: act"));
    c.add(
        framework(
            "a weight of pianozona's choice that names an act",
            ProblemCode.WEIGHT_ACT_FOR_OWN_CHOICE,
            "origin: pianozona",
            "origin: pianozona, act: \"DGR di prova\""));
    c.add(
        framework(
            "participation weighed without a participation model",
            ProblemCode.PARTICIPATION_MODEL_MISSING,
            "criterion: copertura",
            "criterion: participation"));
    c.add(
        framework(
            "a participation stage with neither kinds nor bodies",
            ProblemCode.PARTICIPATION_STAGE_EMPTY,
            "scoring:",
            "participation:\n  stages:\n    - {source: {act: x}}\nscoring:"));
    c.add(
        framework(
            "a parameter whose value is a word, not a list",
            ProblemCode.PARAMETER_VALUE_KIND,
            "value: 5,",
            "value: fnps,"));
    c.add(
        framework(
            "a parameter that lists no code",
            ProblemCode.PARAMETER_WITHOUT_CODES,
            "value: 5,",
            "value: [],"));
    c.add(
        framework(
            "an area twice",
            ProblemCode.DUPLICATE_AREA,
            "    - {code: T1, title: \"Accesso\", source: {act: \"Atto di prova\"}}",
            "    - {code: T1, title: \"Accesso\", source: {act: \"Atto di prova\"}}\n"
                + "    - {code: T1, title: \"Bis\", source: {act: \"Atto di prova\"}}"));
    c.add(
        framework(
            "an objective twice",
            ProblemCode.DUPLICATE_OBJECTIVE,
            "  fundingSources:",
            "    - {code: T1-OB1, title: x, area: T1, source: {act: x}}\n  fundingSources:"));
    c.add(
        framework(
            "a funding source twice",
            ProblemCode.DUPLICATE_FUNDING_SOURCE,
            "  fundAreas:",
            "    - {id: fondo-prova, name: \"Bis\", source: {act: x}}\n  fundAreas:"));
    c.add(
        framework(
            "an objective of an unknown area",
            ProblemCode.OBJECTIVE_AREA_UNKNOWN,
            "      area: T1\n",
            "      area: T9\n"));
    c.add(
        framework(
            "a fund restricted to an unknown area",
            ProblemCode.FUND_AREA_UNKNOWN,
            "areas: [T1], basis",
            "areas: [T9], basis"));
    c.add(
        framework(
            "a fund restricted twice",
            ProblemCode.FUND_RESTRICTED_TWICE,
            "    - {source: fondo-prova, areas: [T1], basis: {act: \"Atto di prova\"}}",
            "    - {source: fondo-prova, areas: [T1], basis: {act: \"Atto di prova\"}}\n"
                + "    - {source: fondo-prova, areas: [T1], basis: {act: x}}"));
    c.add(
        framework(
            "more objectives than the act sets",
            ProblemCode.TOO_MANY_OBJECTIVES,
            "  objectives:\n",
            "  objectivesExpected: 0\n  objectives:\n"));
    c.add(
        framework(
            "a parameter that ends before it starts",
            ProblemCode.PARAMETER_ENDS_BEFORE_START,
            "validFrom: \"2022-01-01\",",
            "validFrom: \"2022-01-01\", validTo: \"2021-12-31\","));
    c.add(
        framework(
            "two values of a parameter at once",
            ProblemCode.PARAMETER_OVERLAP,
            "reference: {act: \"Atto\"}}",
            "reference: {act: \"Atto\"}}\n"
                + "  - {id: soglia, value: 6, validFrom: \"2023-01-01\", reference: {act: x}}"));
    c.add(
        framework(
            "a day as a year",
            ProblemCode.DAY_FORM,
            "validFrom: \"2022-01-01\"",
            "validFrom: 2022"));
    c.add(
        framework(
            "a value with a far exponent",
            ProblemCode.NUMBER_TOO_SPREAD,
            "value: 5,",
            "value: 5e-999,"));
    c.add(
        framework(
            "a caveat as a list",
            ProblemCode.PROSE_NOT_TEXT,
            "adoptedBy: {act: \"Atto di prova\"}",
            "adoptedBy: {act: \"Atto di prova\", caveat: [da, verificare]}"));
    c.add(
        framework(
            "a caveat in English only",
            ProblemCode.MISSING_KEY,
            "adoptedBy: {act: \"Atto di prova\"}",
            "adoptedBy: {act: \"Atto di prova\", caveat: {en: \"To be verified\"}}"));
    c.add(
        framework(
            "a catalogue status misspelt",
            ProblemCode.BAD_CATALOGUE_STATUS,
            "status: verified",
            "status: verifed"));
    c.add(
        framework(
            "a framework's catalogue without a status",
            ProblemCode.MISSING_CATALOGUE_STATUS,
            "\n  status: verified",
            ""));
    c.add(
        framework(
            "an unverified catalogue that does not say what to verify",
            ProblemCode.UNVERIFIED_WITHOUT_CAVEAT,
            "status: verified",
            "status: unverified"));
    String suppressions = title + "\nsuppressions:\n";
    c.add(
        plan(
            "a suppression whose code is no rule code",
            ProblemCode.BAD_RULE_CODE,
            title,
            suppressions + "  - {code: nat-fund-007, pointer: /funding/0, reason: r}"));
    c.add(
        plan(
            "a suppression whose pointer is not a JSON Pointer",
            ProblemCode.BAD_POINTER,
            title,
            suppressions + "  - {code: NAT-FUND-007, pointer: funding/0, reason: r}"));
    c.add(
        plan(
            "a suppression whose element has no kind",
            ProblemCode.BAD_ELEMENT,
            title,
            suppressions
                + "  - {code: NAT-FUND-007, pointer: /funding/0, reason: r, element: FNPS}"));
    c.add(
        plan(
            "a suppression dated with no day",
            ProblemCode.BAD_SUPPRESSION_DATE,
            title,
            suppressions
                + "  - {code: NAT-FUND-007, pointer: /funding/0, reason: r, date: \"2024-03\"}"));
    c.add(
        plan(
            "a finding suppressed twice",
            ProblemCode.DUPLICATE_SUPPRESSION,
            title,
            suppressions
                + "  - {code: NAT-FUND-007, pointer: /funding/0, reason: r}\n"
                + "  - {code: NAT-FUND-007, pointer: /funding/0, reason: s}"));
    return c.stream();
  }

  static byte[] withMark(String text, Charset charset) {
    return text.getBytes(charset); // Java's UTF-16 encoder writes a big-endian byte-order mark
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachBrokenDocumentGetsTheCodeOfItsKindInBothLanguages(Case c) {
    DocumentException e = assertThrows(DocumentException.class, c.read()::get);
    List<String> codes = e.problems().stream().map(DocumentProblem::code).toList();
    assertEquals(List.of(c.expected().code()), codes, e::getMessage);
    for (DocumentProblem p : e.problems()) {
      assertReadsInBothLanguages(p);
    }
  }

  /** The problem's code is a known one, and it reads in both languages with nothing left out. */
  static void assertReadsInBothLanguages(DocumentProblem p) {
    assertTrue(ProblemCode.of(p.code()).isPresent(), p::toString);
    String it = p.render(Language.IT);
    String en = p.render(Language.EN);
    assertFalse(ProblemCodeTest.unrendered(it), it);
    assertFalse(ProblemCodeTest.unrendered(en), en);
    assertNotEquals(it, en);
    assertTrue(it.contains(": " + p.code() + " "), it);
    assertTrue(en.contains(": " + p.code() + " "), en);
  }

  @Test
  void theCasesCoverEveryKindOfProblemInADocumentsContent() {
    Set<ProblemCode> covered = EnumSet.noneOf(ProblemCode.class);
    cases().forEach(c -> covered.add(c.expected()));
    Set<ProblemCode> elsewhere =
        EnumSet.of(
            // the file itself, read from disk: PlanReaderTest and the command line's tests
            // (CANNOT_READ_FILE needs a file the test cannot read, which root can)
            ProblemCode.UNSUPPORTED_EXTENSION,
            ProblemCode.DIRECTORY,
            ProblemCode.SPECIAL_FILE,
            ProblemCode.FILE_NOT_FOUND,
            ProblemCode.CANNOT_READ_FILE,
            // failures of the parser or the stream no document is known to cause
            ProblemCode.NOT_UTF8_TEXT,
            ProblemCode.CANNOT_PARSE,
            ProblemCode.CANNOT_READ_DOCUMENT,
            ProblemCode.DOCUMENT_LENGTH_LIMIT,
            ProblemCode.OTHER_LIMIT,
            ProblemCode.NOT_READ,
            ProblemCode.MODEL_CONSTRAINT,
            // baselines, read by the report library: BaselineTest and SuppressionBaselineTest
            ProblemCode.NOT_A_REPORT,
            ProblemCode.UNKNOWN_REPORT_VERSION,
            ProblemCode.FINDING_WITHOUT_FINGERPRINT,
            // scenario files and folders of scenarios: ScenarioReaderTest and the command line's
            // TestCommandTest
            ProblemCode.BAD_SEVERITY,
            ProblemCode.BAD_FINDING_POINTER,
            ProblemCode.NO_SCENARIOS);
    Set<ProblemCode> checkedOrUnreachable = EnumSet.copyOf(covered);
    checkedOrUnreachable.addAll(elsewhere);
    Set<ProblemCode> missing = EnumSet.allOf(ProblemCode.class);
    missing.removeAll(checkedOrUnreachable);
    // Catalogue files given to the library, framework selection and batch walks are found
    // outside the readers; CheckTest, FrameworkRegistryTest, CatalogueOptionTest, BatchTest and
    // HostileInputTest show most of them, and ProblemCodeTest checks every template.
    missing.removeAll(EnumSet.range(ProblemCode.SECOND_CATALOGUE, ProblemCode.INTERNAL_ERROR));
    // Project configuration files: ConfigurationReaderTest, ConfigurationTest and the command
    // line's ConfigOptionTest show each.
    missing.removeAll(
        EnumSet.range(ProblemCode.RULE_SETTING_SELECTOR, ProblemCode.SKIPPED_CONFIGURATION));
    // Workbooks: WorkbookReaderTest shows each problem of a workbook's form at its cell, and
    // each plan a workbook cannot hold refused when written; WorkbookGuardTest each refusal of
    // a hostile or foreign file.
    missing.removeAll(
        EnumSet.range(ProblemCode.OLE2_WORKBOOK, ProblemCode.DUPLICATE_INTERVENTION_ID));
    missing.removeAll(
        EnumSet.of(ProblemCode.CELL_PAST_LAST_COLUMN, ProblemCode.WORKBOOK_CELLS_LIMIT));
    assertEquals(Set.of(), missing, "kinds of problem no broken document here shows");
  }
}
