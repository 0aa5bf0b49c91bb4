package it.pianozona.core.io;

import static it.pianozona.core.io.WorkbookEdits.edits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.model.Euro;
import it.pianozona.core.model.Plan;
import it.pianozona.core.testing.Plans;
import it.pianozona.core.text.Language;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an officer's spreadsheet does to a workbook: ordinary habits read as meant, mistakes
 * reported at their cell. The test plan's workbook has Risorse rows 2-7 (fnps and comuni for
 * 2022-2024, in that order), Interventi I1-I3 in rows 2-4, Ripartizioni from row 2.
 */
class WorkbookReaderTest {

  private static final Plan PLAN = Plans.validPlan();

  private static byte[] workbook() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookWriter.write(PLAN, out);
    return out.toByteArray();
  }

  private static Plan read(WorkbookEdits edits) {
    return PlanReader.create()
        .read("piano.xlsx", edits.apply(workbook()), DocumentFormat.XLSX)
        .plan();
  }

  private static List<DocumentProblem> problems(WorkbookEdits edits) {
    DocumentException e =
        assertThrows(
            DocumentException.class,
            () ->
                PlanReader.create()
                    .read("piano.xlsx", edits.apply(workbook()), DocumentFormat.XLSX));
    for (DocumentProblem p : e.problems()) {
      // Every problem renders in both languages, with its cell when it has one.
      assertTrue(p.render(Language.EN).startsWith("piano.xlsx"), p.render(Language.EN));
    }
    return e.problems();
  }

  private static DocumentProblem only(WorkbookEdits edits) {
    List<DocumentProblem> problems = problems(edits);
    assertEquals(1, problems.size(), problems.toString());
    return problems.get(0);
  }

  private static String cell(DocumentProblem p) {
    return p.cell().map(CellRef::toString).orElse("(no cell)");
  }

  @Test
  void anUnchangedCopyReadsToThePlan() {
    assertEquals(PLAN, read(edits()));
  }

  @Test
  void numbersStoredAsTextAndItalianDecimalCommasAreReadAsNumbers() {
    Plan plan =
        read(
            edits()
                .set("Risorse!C2", "300.000,00")
                .set("Risorse!B2", "2022")
                .set("Risorse!C3", "€ 100000")
                .set("Comuni!C2", "48747"));
    assertEquals(PLAN, plan);
  }

  @Test
  void anIstatCodeStoredAsANumberGetsItsLeadingZeroBack() {
    Plan plan = read(edits().set("Comuni!A2", 70006).set("Piano!B11", 70006));
    assertEquals(PLAN, plan);
  }

  @Test
  void aDateTypedAsADateOrAsItalianTextIsADay() {
    // 44713 is 1 June 2022 in the spreadsheet's day count.
    Plan plan = read(edits().set("Partecipazione!A3", 44713));
    assertEquals(PLAN, plan);
    assertEquals(PLAN, read(edits().set("Partecipazione!A3", "01/06/2022")));
  }

  @Test
  void trailingBlankRowsAreIgnored() {
    assertEquals(PLAN, read(edits().trailingBlankRows(40)));
  }

  @Test
  void aNegativeAmountIsRefusedAtItsCell() {
    DocumentProblem p = only(edits().set("Ripartizioni!D2", -5));
    assertEquals("Ripartizioni!D2", cell(p));
    assertEquals("/interventions/0/allocations/0/amount", p.pointer().toString());
  }

  private static DocumentProblem onlyWithValue(String value) {
    byte[] bytes =
        WorkbookEdits.rewriteSheetXml(
            edits().set("Ripartizioni!D2", 123_456_789).apply(workbook()),
            "<v>123456789</v>",
            "<v>" + value + "</v>");
    DocumentException e =
        assertThrows(
            DocumentException.class,
            () -> PlanReader.create().read("piano.xlsx", bytes, DocumentFormat.XLSX),
            value);
    assertEquals(1, e.problems().size(), e.problems()::toString);
    return e.problems().get(0);
  }

  /**
   * A numeric cell whose exponent is past what a scale counts, which no spreadsheet writes but a
   * damaged file may hold: the located "too large" problem, as in a YAML plan, never a crash.
   */
  @Test
  void aNumberPastWhatAScaleCountsIsOutOfRangeAtItsCell() {
    for (String huge : List.of("1E+2147483647", "100E+2147483647")) {
      DocumentProblem p = onlyWithValue(huge);
      assertEquals("Ripartizioni!D2", cell(p), huge);
      assertEquals("/interventions/0/allocations/0/amount", p.pointer().toString(), huge);
      assertTrue(p.message(Language.EN).contains("too large"), p::toString);
    }
    // A value FastExcel cannot parse at all stops its reading of the sheet: the problem names the
    // value, not the cell, which FastExcel does not say.
    DocumentProblem p = onlyWithValue("1E-2147483648");
    assertEquals("PZ-DOC-153", p.code());
    assertTrue(p.message(Language.IT).contains("1E-2147483648"), p::toString);
  }

  @Test
  void aTextInANumberColumnIsRefusedAtItsCell() {
    DocumentProblem p = only(edits().set("Risorse!C4", "trecentomila"));
    assertEquals("Risorse!C4", cell(p));
    assertEquals("/funding/2/amount", p.pointer().toString());
    assertTrue(p.render(Language.IT).startsWith("piano.xlsx:Risorse!C4: /funding/2/amount"));
  }

  @Test
  void aMissingSheetIsNamedWithTheRenamedOneAsSuggestion() {
    List<DocumentProblem> problems = problems(edits().rename("Risorse", "Risorsa"));
    assertEquals(
        List.of("PZ-DOC-137", "PZ-DOC-138"), problems.stream().map(DocumentProblem::code).toList());
    assertTrue(problems.get(0).message(Language.IT).contains("forse si intendeva 'Risorsa'"));
    assertTrue(problems.get(1).message(Language.EN).contains("did you mean 'Risorse'"));
    assertEquals(
        "PZ-DOC-137", only(edits().drop("Indicatori")).code(), "a sheet simply missing is named");
  }

  @Test
  void aRenamedHeaderIsRefusedAtItsCellWithASuggestion() {
    List<DocumentProblem> problems = problems(edits().set("Risorse!C1", "importi"));
    assertEquals("PZ-DOC-139", problems.get(0).code());
    assertEquals("Risorse!C1", cell(problems.get(0)));
    assertTrue(problems.get(0).message(Language.IT).contains("forse si intendeva 'importo'"));
    assertEquals("PZ-DOC-140", problems.get(1).code());
  }

  @Test
  void aFormulaNeverComputedIsRefusedAndAnErrorValueToo() {
    DocumentProblem p = only(edits().set("Risorse!C2", new WorkbookEdits.Formula("C3*2")));
    assertEquals("PZ-DOC-145", p.code());
    assertEquals("Risorse!C2", cell(p));
  }

  @Test
  void anAllocationOfAnUnknownInterventionIsRefusedAtItsRow() {
    DocumentProblem p = only(edits().set("Ripartizioni!A3", "I9"));
    assertEquals("PZ-DOC-148", p.code());
    assertEquals("Ripartizioni!A3", cell(p));
  }

  @Test
  void aValueInAColumnWithoutHeaderIsNotSilentlyDropped() {
    DocumentProblem p = only(edits().set("Interventi!K3", "nota a margine"));
    assertEquals("PZ-DOC-142", p.code());
    assertEquals("Interventi!K3", cell(p));
  }

  @Test
  void aMissingRequiredValueIsPlacedAtTheEmptyCell() {
    DocumentProblem p = only(edits().set("Interventi!B3", null));
    assertEquals("Interventi!B3", cell(p));
    assertEquals("/interventions/1/title", p.pointer().toString());
  }

  /**
   * The test plan's workbook with {@code Risorse!C2} as the formula {@code =150000*2}, opened and
   * saved by LibreOffice Calc 7 ({@code soffice --headless --convert-to xlsx}), which computed the
   * formula and rewrote every cell its own way (logical cells as formulas, its own styles).
   */
  @Test
  void aWorkbookSavedByLibreOfficeReadsWithItsFormulasComputedValue() throws Exception {
    byte[] saved;
    try (var in = getClass().getResourceAsStream("saved-by-libreoffice.xlsx")) {
      saved = in.readAllBytes();
    }
    assertEquals(PLAN, PlanReader.create().read("lo.xlsx", saved, DocumentFormat.XLSX).plan());
  }

  @Test
  void everyOtherMistakeOfFormHasItsCodeAndCell() {
    Map<String, WorkbookEdits> cases = new LinkedHashMap<>();
    cases.put("PZ-DOC-141 Risorse!E1", edits().set("Risorse!E1", "anno"));
    cases.put("PZ-DOC-146 Piano!A5", edits().set("Piano!A5", "regioni"));
    cases.put("PZ-DOC-147 Piano!A5", edits().set("Piano!A5", "titolo"));
    cases.put(
        "PZ-DOC-149 Governance!A2",
        edits().set("Governance!A2", "delibera").set("Governance!B2", "consiglio"));
    cases.put(
        "PZ-DOC-150 Governance!D2",
        edits()
            .set("Governance!A2", "organismo")
            .set("Governance!B2", "ufficio")
            .set("Governance!D2", "12"));
    cases.put("PZ-DOC-151 Contenuti!A3", edits().set("Contenuti!A3", "objectives"));
    cases.put("PZ-DOC-154 Ripartizioni!A2", edits().set("Ripartizioni!A2", null));
    for (Map.Entry<String, WorkbookEdits> c : cases.entrySet()) {
      DocumentProblem p = only(c.getValue());
      assertEquals(c.getKey(), p.code() + " " + cell(p), c.getKey());
    }
  }

  @Test
  void anErrorValueSavedByLibreOfficeIsRefusedAtItsCell() throws Exception {
    byte[] saved;
    try (var in = getClass().getResourceAsStream("error-value-by-libreoffice.xlsx")) {
      saved = in.readAllBytes();
    }
    DocumentException e =
        assertThrows(
            DocumentException.class,
            () -> PlanReader.create().read("lo.xlsx", saved, DocumentFormat.XLSX));
    assertEquals("PZ-DOC-144", e.problems().get(0).code());
    assertEquals("Risorse!C2", cell(e.problems().get(0)));
    assertTrue(e.problems().get(0).message(Language.IT).contains("#DIV/0!"));
  }

  @Test
  void aSheetLongerThanTheLimitIsRefused() {
    DocumentException e =
        assertThrows(
            DocumentException.class,
            () ->
                PlanReader.withLimits(ReadLimits.DEFAULT.withMaxSheetRows(4))
                    .read("piano.xlsx", workbook(), DocumentFormat.XLSX));
    assertEquals("PZ-DOC-152", e.problems().get(0).code());
    assertTrue(e.problems().get(0).message(Language.EN).contains("ReadLimits.maxSheetRows"));
  }

  @Test
  void aSheetWhoseXmlIsCutShortIsAProblemOfTheWorkbook(@TempDir Path dir) throws Exception {
    // FastExcel's zip is read through its central directory, as ZipFile does.
    Path file = dir.resolve("piano.xlsx");
    Files.write(file, workbook());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var zin = new ZipFile(file.toFile());
        var zout = new ZipOutputStream(out)) {
      for (ZipEntry e : java.util.Collections.list(zin.entries())) {
        byte[] data = zin.getInputStream(e).readAllBytes();
        if (e.getName().equals("xl/worksheets/sheet4.xml")) {
          data = java.util.Arrays.copyOf(data, data.length / 2);
        }
        zout.putNextEntry(new ZipEntry(e.getName()));
        zout.write(data);
        zout.closeEntry();
      }
    }
    DocumentException e =
        assertThrows(
            DocumentException.class,
            () -> PlanReader.create().read("piano.xlsx", out.toByteArray(), DocumentFormat.XLSX));
    assertEquals("PZ-DOC-153", e.problems().get(0).code());
  }

  @Test
  void aPlanAWorkbookCannotHoldIsRefusedWhenWritten() {
    Plan longText = Plans.valid().content("needsAnalysis", "x".repeat(40_000)).build();
    DocumentException e =
        assertThrows(
            DocumentException.class,
            () -> WorkbookWriter.write(longText, new ByteArrayOutputStream()));
    assertEquals("PZ-DOC-135", e.problems().get(0).code());
    assertEquals("/contents/needsAnalysis", e.problems().get(0).pointer().toString());
    Plan semicolon =
        Plans.valid()
            .intervention(
                it.pianozona.core.model.Intervention.builder("I4", "Altro", "T1")
                    .tag("a;b")
                    .build())
            .build();
    DocumentException e2 =
        assertThrows(
            DocumentException.class,
            () -> WorkbookWriter.write(semicolon, new ByteArrayOutputStream()));
    assertEquals("PZ-DOC-136", e2.problems().get(0).code());
    assertEquals("/interventions/3/tags/0", e2.problems().get(0).pointer().toString());
    Plan twice =
        Plans.valid()
            .intervention(it.pianozona.core.model.Intervention.builder("I1", "Altro", "T1").build())
            .build();
    DocumentException e3 =
        assertThrows(
            DocumentException.class,
            () -> WorkbookWriter.write(twice, new ByteArrayOutputStream()));
    assertEquals("PZ-DOC-155", e3.problems().get(0).code());
    assertEquals("/interventions/3/id", e3.problems().get(0).pointer().toString());
  }

  @Test
  void aFigureOfTheRightKindIsStillChecked() {
    Plan plan = read(edits().set("Risorse!C2", 250000.5));
    assertEquals(Euro.parse("250000.50"), plan.funding().get(0).amount());
  }
}
