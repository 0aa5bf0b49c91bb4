package it.pianozona.cli;

import static it.pianozona.cli.PianoZonaCliTest.CASARANO;
import static it.pianozona.cli.PianoZonaCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.pianozona.core.PianoZona;
import it.pianozona.core.io.PlanReader;
import it.pianozona.core.io.WorkbookWriter;
import it.pianozona.core.model.Comune;
import it.pianozona.core.model.Plan;
import it.pianozona.core.templates.WorkbookTemplates;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook commands as an officer meets them: template, fill, validate, convert. */
class WorkbookCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The text of every part of a workbook whose name starts with the prefix. */
  private static String parts(Path workbook, String prefix) throws Exception {
    StringBuilder s = new StringBuilder();
    try (ZipFile zip = new ZipFile(workbook.toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        if (e.getName().startsWith(prefix)) {
          s.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return s.toString();
  }

  private static List<String> findings(JsonNode report) {
    List<String> out = new ArrayList<>();
    report
        .get("findings")
        .forEach(f -> out.add(f.get("code").asText() + " " + f.get("pointer").asText()));
    Collections.sort(out);
    return out;
  }

  /**
   * The "done when": the template of the Casarano ambito under puglia-v-2022-2024, filled
   * with the Casarano plan's data, gives the same findings as the YAML plan, each at its cell.
   * FastExcel cannot edit a workbook, so the test fills it by writing the plan's data with the same
   * writer the template comes from: the test first checks that the template holds what it pre-fills
   * (comuni, period, framework, drop-down lists), then writes the filled workbook.
   */
  @Test
  void theCasaranoTemplateFilledWithThePlanGivesTheSameFindingsAtTheirCells(@TempDir Path dir)
      throws Exception {
    Path template = dir.resolve("casarano.xlsx");
    PianoZonaCliTest.Run t =
        run(
            "template",
            "--framework",
            "puglia-v-2022-2024",
            "--ambito",
            "075042",
            "--output",
            template.toString());
    assertEquals(0, t.code(), t.err());
    Plan plan = PlanReader.create().read(Path.of(CASARANO)).plan();
    String strings = parts(template, "xl/sharedStrings.xml");
    for (Comune c : plan.ambito().comuni()) {
      assertTrue(strings.contains(c.istat().value()), c + " pre-filled");
      assertTrue(strings.contains(c.name()), c + " pre-filled");
    }
    assertTrue(strings.contains("puglia-v-2022-2024"));
    assertTrue(parts(template, "xl/worksheets/").contains("<dataValidation "));

    Path filled = dir.resolve("piano.xlsx");
    WorkbookWriter.write(
        plan,
        WorkbookTemplates.lists(
            PianoZona.builder().build().frameworks().byId("puglia-v-2022-2024").orElseThrow()),
        filled);
    PianoZonaCliTest.Run fromWorkbook = run("validate", "--format", "json", filled.toString());
    PianoZonaCliTest.Run fromYaml = run("validate", "--format", "json", CASARANO);
    assertEquals(fromYaml.code(), fromWorkbook.code(), fromWorkbook.err());
    JsonNode w = JSON.readTree(fromWorkbook.out());
    JsonNode y = JSON.readTree(fromYaml.out());
    assertEquals(findings(y), findings(w));
    for (JsonNode f : w.get("findings")) {
      assertTrue(f.get("cell").asText().matches("[A-Za-z]+![A-Z]+[0-9]+"), f.toString());
      assertTrue(f.path("line").isMissingNode(), f.toString());
    }
  }

  /** Changes one cell's stored value in a sheet part, as a person typing in it would. */
  private static Path plant(Path workbook, String sheetPart, String cell, String newCell, Path to)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipFile zip = new ZipFile(workbook.toFile());
        ZipOutputStream zout = new ZipOutputStream(out)) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        byte[] data = zip.getInputStream(e).readAllBytes();
        if (e.getName().equals(sheetPart)) {
          String xml = new String(data, StandardCharsets.UTF_8);
          Matcher m = Pattern.compile("<c r=\"" + cell + "\"[^>]*>.*?</c>").matcher(xml);
          assertTrue(m.find(), cell + " in " + sheetPart);
          data =
              (xml.substring(0, m.start()) + newCell + xml.substring(m.end()))
                  .getBytes(StandardCharsets.UTF_8);
        }
        zout.putNextEntry(new ZipEntry(e.getName()));
        zout.write(data);
        zout.closeEntry();
      }
    }
    Files.write(to, out.toByteArray());
    return to;
  }

  @Test
  void plantedDefectsAreReportedAtTheirCells(@TempDir Path dir) throws Exception {
    Plan plan = PlanReader.create().read(Path.of(CASARANO)).plan();
    // A wrong area typed by hand in the drop-down column of the third intervention (row 4).
    Plan wrongArea =
        plan.toBuilder()
            .withInterventions(
                plan.interventions().stream()
                    .map(
                        i ->
                            i == plan.interventions().get(2) ? i.toBuilder().area("Z9").build() : i)
                    .toList())
            .build();
    Path area = dir.resolve("area.xlsx");
    WorkbookWriter.write(wrongArea, WorkbookWriter.Lists.NONE, area);
    PianoZonaCliTest.Run r = run("validate", area.toString());
    assertTrue(r.out().contains(area + ":Interventi!C4 /interventions/2/area"), r.out());

    Path good = dir.resolve("good.xlsx");
    WorkbookWriter.write(plan, WorkbookWriter.Lists.NONE, good);
    // Sheets in the layout's order: Istruzioni, Piano, Comuni, Risorse (sheet4), Interventi, ...
    Path negative =
        plant(
            good,
            "xl/worksheets/sheet4.xml",
            "C2",
            "<c r=\"C2\" t=\"n\"><v>-5</v></c>",
            dir.resolve("neg.xlsx"));
    r = run("validate", negative.toString());
    assertEquals(2, r.code(), r.out());
    assertTrue(r.err().contains(negative + ":Risorse!C2: /funding/0/amount: "), r.err());
    Path text =
        plant(
            good,
            "xl/worksheets/sheet4.xml",
            "C3",
            "<c r=\"C3\" t=\"inlineStr\"><is><t>molti</t></is></c>",
            dir.resolve("text.xlsx"));
    r = run("validate", text.toString());
    assertEquals(2, r.code(), r.out());
    assertTrue(r.err().contains(text + ":Risorse!C3: /funding/1/amount: "), r.err());
  }

  @Test
  void convertRefusesToReplaceItsInputAndRoundTrips(@TempDir Path dir) throws Exception {
    Path xlsx = dir.resolve("c.xlsx");
    assertEquals(0, run("convert", CASARANO, "--to", "xlsx", "--output", xlsx.toString()).code());
    assertEquals(2, run("convert", xlsx.toString(), "--to", "xlsx").code());
    Path back = dir.resolve("back.yaml");
    Path direct = dir.resolve("direct.yaml");
    assertEquals(
        0, run("convert", xlsx.toString(), "--to", "yaml", "--output", back.toString()).code());
    assertEquals(0, run("convert", CASARANO, "--to", "yaml", "--output", direct.toString()).code());
    assertEquals(Files.readString(direct), Files.readString(back));
  }

  @Test
  void theBundledWorkbookIsTheBundledPlan() {
    assertEquals(
        PlanReader.create().read(Path.of(CASARANO)).plan(),
        PlanReader.create().read(Path.of(CASARANO.replace(".yaml", ".xlsx"))).plan());
  }

  @Test
  void templateArgumentsAreCheckedInTheReadersLanguage(@TempDir Path dir) {
    String out = dir.resolve("t.xlsx").toString();
    PianoZonaCliTest.Run r =
        run("template", "--framework", "puglia-v-2022-2024", "--ambito", "001001", "--output", out);
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--comuni"), r.err());
    r =
        run(
            "--lang",
            "en",
            "template",
            "--framework",
            "puglia-v-2022-2024",
            "--comuni",
            "097007",
            "--output",
            out);
    assertEquals(2, r.code());
    assertTrue(r.err().contains("is in lombardia"), r.err());
    r = run("template", "--framework", "puglia-v-2022-2024", "--output", out);
    assertEquals(2, r.code());
  }
}
