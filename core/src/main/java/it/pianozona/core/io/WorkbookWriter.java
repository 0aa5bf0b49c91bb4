package it.pianozona.core.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import it.pianozona.core.io.WorkbookLayout.Column;
import it.pianozona.core.io.WorkbookLayout.Kind;
import it.pianozona.core.io.WorkbookLayout.Section;
import it.pianozona.core.io.WorkbookLayout.Shape;
import it.pianozona.core.io.WorkbookLayout.Sheet;
import it.pianozona.core.model.Plan;
import it.pianozona.core.validation.Pointer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a plan as a workbook ({@code .xlsx}) laid out as {@code docs/workbook-format.md} says, for
 * an officer to fill or correct in a spreadsheet program; {@link PlanReader} reads it back to the
 * same plan. With {@link Lists}, the columns that take a code from a vocabulary (areas, objectives,
 * funding sources, LEPS, kinds of participation, governance bodies) get drop-down lists.
 *
 * <p>Written with FastExcel's streaming writer: no workbook is ever held in memory as a tree.
 *
 * @since 0.1
 */
public final class WorkbookWriter {

  /** The longest text a spreadsheet cell holds (Excel's limit, which LibreOffice follows). */
  static final int MAX_CELL_TEXT = 32_767;

  /** Rows that get drop-down lists beyond the written ones, so that an officer can add rows. */
  private static final int SPARE_ROWS = 500;

  private static final String MONEY_FORMAT = "#,##0.00 \"€\"";
  private static final String YEAR_FORMAT = "0";
  private static final String INTEGER_FORMAT = "#,##0";

  private WorkbookWriter() {}

  /**
   * The codes offered as drop-down lists, each with the words a person reads beside it. An empty
   * list gets no drop-down.
   *
   * @param areas the framework's area codes
   * @param objectives the framework's objective codes
   * @param fundingSources the funding source ids
   * @param leps the national LEPS ids
   * @param participationKinds the kinds of participation event
   * @param bodies the governance bodies and kinds of agreement
   */
  public record Lists(
      List<String> areas,
      List<String> objectives,
      List<String> fundingSources,
      List<String> leps,
      List<String> participationKinds,
      List<String> bodies) {

    /** No drop-down lists. */
    public static final Lists NONE =
        new Lists(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public Lists {
      areas = ImmutableList.copyOf(areas);
      objectives = ImmutableList.copyOf(objectives);
      fundingSources = ImmutableList.copyOf(fundingSources);
      leps = ImmutableList.copyOf(leps);
      participationKinds = ImmutableList.copyOf(participationKinds);
      bodies = ImmutableList.copyOf(bodies);
    }

    boolean isEmpty() {
      return areas.isEmpty()
          && objectives.isEmpty()
          && fundingSources.isEmpty()
          && leps.isEmpty()
          && participationKinds.isEmpty()
          && bodies.isEmpty();
    }
  }

  /**
   * Writes the plan to a stream, without drop-down lists.
   *
   * @throws DocumentException if a text of the plan cannot be held by a spreadsheet cell
   */
  public static void write(Plan plan, OutputStream out) {
    write(plan, Lists.NONE, out);
  }

  /**
   * Writes the plan to a stream, with drop-down lists.
   *
   * @throws DocumentException if a text of the plan cannot be held by a spreadsheet cell (longer
   *     than 32,767 characters, or a list item with a {@code ;})
   */
  public static void write(Plan plan, Lists lists, OutputStream out) {
    writeTree(PlanWriter.tree(plan), lists, plan.id(), out);
  }

  /** Writes the plan to a file; the file is written whole or not at all. */
  public static void write(Plan plan, Lists lists, Path file) {
    writeFile(PlanWriter.tree(plan), lists, plan.id(), file);
  }

  /**
   * What a template is pre-filled with: the plan's region, period and framework, and its ambito.
   *
   * @param region the region id, such as {@code puglia}
   * @param from the first year of the plan
   * @param to the last year
   * @param framework the framework id
   * @param ambitoName the ambito's name, if known
   * @param ambitoId the region's identifier of the ambito, if known
   * @param lead the lead comune's ISTAT code
   * @param comuni the member comuni, with the population the plan counts
   */
  public record Template(
      String region,
      int from,
      int to,
      String framework,
      java.util.Optional<String> ambitoName,
      java.util.Optional<String> ambitoId,
      String lead,
      List<it.pianozona.core.model.Comune> comuni) {
    public Template {
      requireNonNull(region, "region");
      requireNonNull(framework, "framework");
      requireNonNull(ambitoName, "ambitoName");
      requireNonNull(ambitoId, "ambitoId");
      requireNonNull(lead, "lead");
      comuni = ImmutableList.copyOf(comuni);
    }
  }

  /**
   * Writes a template for the officer to fill: every sheet with its headers and instructions, the
   * {@code Piano} sheet and the comuni pre-filled, and the drop-down lists. The file is written
   * whole or not at all.
   */
  public static void template(Template template, Lists lists, Path file) {
    writeFile(templateTree(template), lists, "template", file);
  }

  /**
   * Writes a template to a stream, as a web service answers it: nothing touches the disk.
   *
   * @see #template(Template, Lists, Path)
   */
  public static void template(Template template, Lists lists, OutputStream out) {
    writeTree(templateTree(template), lists, "template", out);
  }

  private static ObjectNode templateTree(Template template) {
    ObjectNode tree = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    tree.put("schemaVersion", 1);
    tree.put("region", template.region());
    ObjectNode period = tree.putObject("period");
    period.put("from", template.from());
    period.put("to", template.to());
    tree.put("framework", template.framework());
    ObjectNode ambito = tree.putObject("ambito");
    template.ambitoId().ifPresent(id -> ambito.put("id", id));
    template.ambitoName().ifPresent(n -> ambito.put("name", n));
    ambito.put("lead", template.lead());
    var comuni = ambito.putArray("comuni");
    for (it.pianozona.core.model.Comune c : template.comuni()) {
      comuni
          .addObject()
          .put("istat", c.istat().value())
          .put("name", c.name())
          .put("population", c.population());
    }
    return tree;
  }

  /**
   * Writes a workbook from a partial plan document, as the template is: the fields given are
   * filled, the others left empty for the officer.
   */
  static void writeFile(ObjectNode tree, Lists lists, String name, Path file) {
    Path dir = file.toAbsolutePath().getParent();
    Path temp = null;
    try {
      // Beside the target, with the permissions any new file gets (a temporary file's are private).
      temp =
          dir.resolve(
              "." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
      try (OutputStream out =
          Files.newOutputStream(temp, java.nio.file.StandardOpenOption.CREATE_NEW)) {
        writeTree(tree, lists, name, out);
      }
      Files.move(
          temp,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      temp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // Nothing more can be done; the target was left as it was.
        }
      }
    }
  }

  static void writeTree(ObjectNode tree, Lists lists, String name, OutputStream out) {
    requireNonNull(lists, "lists");
    check(tree, Pointer.ROOT, name);
    try {
      Workbook wb = new Workbook(out, "pianozona", "1.0");
      wb.setGlobalDefaultFont("Liberation Sans", 10);
      // The Elenchi sheet comes last, but the columns that point to it are written before it.
      Map<String, String> listRanges = ranges(named(lists));
      for (Sheet sheet : WorkbookLayout.SHEETS) {
        Worksheet ws = wb.newWorksheet(sheet.name());
        switch (sheet.shape()) {
          case NOTES -> {
            if (sheet == WorkbookLayout.ISTRUZIONI) {
              instructions(ws);
            } else {
              elenchi(ws, named(lists));
            }
          }
          case FIELDS -> fields(ws, sheet, tree);
          default -> table(ws, sheet, rows(sheet, tree), listRanges, lists);
        }
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write workbook " + name, e);
    }
  }

  // ---- what each sheet holds ----

  /** The rows of a table sheet: for each, the value of each column (null when empty). */
  static List<JsonNode[]> rows(Sheet sheet, JsonNode tree) {
    List<JsonNode[]> rows = new ArrayList<>();
    List<Column> cols = sheet.columns();
    switch (sheet.shape()) {
      case LIST -> {
        for (JsonNode element : at(tree, sheet.path())) {
          JsonNode[] row = new JsonNode[cols.size()];
          for (int c = 0; c < cols.size(); c++) {
            row[c] = element.get(cols.get(c).key());
          }
          rows.add(row);
        }
      }
      case CHILD_LIST -> {
        for (JsonNode intervention : at(tree, "interventions")) {
          for (JsonNode child : intervention.path(sheet.path())) {
            JsonNode[] row = new JsonNode[cols.size()];
            row[0] = intervention.get("id");
            for (int c = 1; c < cols.size(); c++) {
              row[c] = child.get(cols.get(c).key());
            }
            rows.add(row);
          }
        }
      }
      case CHILD_MAP -> {
        for (JsonNode intervention : at(tree, "interventions")) {
          Iterator<Map.Entry<String, JsonNode>> it = intervention.path(sheet.path()).fields();
          while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            rows.add(
                new JsonNode[] {
                  intervention.get("id"),
                  com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getKey()),
                  e.getValue()
                });
          }
        }
      }
      case MAP -> {
        Iterator<Map.Entry<String, JsonNode>> it = at(tree, sheet.path()).fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> e = it.next();
          rows.add(
              new JsonNode[] {
                com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getKey()), e.getValue()
              });
        }
      }
      case SECTIONS -> {
        for (Section section : sheet.sections()) {
          for (JsonNode element : at(tree, section.path())) {
            JsonNode[] row = new JsonNode[cols.size()];
            row[0] = com.fasterxml.jackson.databind.node.TextNode.valueOf(section.word());
            for (int c = 1; c < cols.size(); c++) {
              int k = c - 1;
              row[c] = section.keys().get(k).map(element::get).orElse(null);
            }
            rows.add(row);
          }
        }
      }
      default -> throw new IllegalArgumentException(sheet.name() + " holds no rows");
    }
    return rows;
  }

  /** The node at a dotted path, or a missing node. */
  static JsonNode at(JsonNode tree, String path) {
    JsonNode n = tree;
    for (String part : path.split("\\.")) {
      n = n.path(part);
    }
    return n;
  }

  private static void fields(Worksheet ws, Sheet sheet, JsonNode tree) {
    header(ws, List.of("campo", "valore", "spiegazione"), new int[] {30, 50, 70});
    int r = 1;
    for (Column c : sheet.columns()) {
      ws.value(r, 0, c.header());
      JsonNode value = at(tree, c.key());
      cell(ws, r, 1, c.kind(), value.isMissingNode() ? null : value);
      ws.value(r, 2, WorkbookText.fieldHint(c.key()));
      r++;
    }
    ws.freezePane(1, 1);
  }

  private static void table(
      Worksheet ws,
      Sheet sheet,
      List<JsonNode[]> rows,
      Map<String, String> listRanges,
      Lists lists) {
    List<Column> cols = sheet.columns();
    int[] widths = cols.stream().mapToInt(Column::width).toArray();
    header(ws, cols.stream().map(Column::header).toList(), widths);
    int r = 1;
    for (JsonNode[] row : rows) {
      for (int c = 0; c < cols.size(); c++) {
        cell(ws, r, c, cols.get(c).kind(), row[c]);
      }
      r++;
    }
    int last = Math.max(r, 2) + SPARE_ROWS;
    for (int c = 0; c < cols.size(); c++) {
      Column col = cols.get(c);
      String format =
          switch (col.kind()) {
            case MONEY -> MONEY_FORMAT;
            case INTEGER -> "anno".equals(col.header()) ? YEAR_FORMAT : INTEGER_FORMAT;
            default -> null;
          };
      if (format != null) {
        ws.range(1, c, last, c).style().format(format).set();
      }
      WorkbookText.Dropdown drop = WorkbookText.dropdown(sheet.name(), col.header());
      if (drop != null && !lists.isEmpty()) {
        String range = listRanges.get(drop.list());
        if (range != null) {
          ws.range(1, c, last, c)
              .validateWithListByFormula(range)
              .allowBlank(true)
              .showErrorMessage(true)
              .errorStyle(
                  drop.strict() ? DataValidationErrorStyle.STOP : DataValidationErrorStyle.WARNING)
              .errorTitle("pianozona")
              .error(drop.message());
        }
      }
    }
    ws.freezePane(0, 1);
  }

  private static void header(Worksheet ws, List<String> headers, int[] widths) {
    for (int c = 0; c < headers.size(); c++) {
      ws.value(0, c, headers.get(c));
      if (widths[c] > 0) {
        ws.width(c, widths[c]);
      }
    }
    ws.range(0, 0, 0, headers.size() - 1).style().bold().fillColor("DDEBF7").set();
  }

  private static void cell(Worksheet ws, int r, int c, Kind kind, JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return;
    }
    switch (kind) {
      case MONEY, DECIMAL, INTEGER -> {
        if (value.isNumber()) {
          ws.value(r, c, new BigDecimal(value.decimalValue().toPlainString()));
        } else {
          ws.value(r, c, value.asText());
        }
      }
      case FLAG -> {
        if (value.isBoolean()) {
          if (value.booleanValue()) {
            ws.value(r, c, true);
          }
        } else {
          ws.value(r, c, value.asText());
        }
      }
      case LIST -> {
        List<String> items = new ArrayList<>();
        value.forEach(v -> items.add(v.asText()));
        ws.value(r, c, String.join("; ", items));
      }
      case POINTER -> ws.value(r, c, value.asText().isEmpty() ? "/" : value.asText());
      default -> ws.value(r, c, value.asText());
    }
  }

  private static void instructions(Worksheet ws) {
    ws.width(0, 110);
    int r = 0;
    for (String line : WorkbookText.instructions()) {
      ws.value(r, 0, line);
      if (r == 0) {
        ws.style(r, 0).bold().fontSize(14).set();
      }
      r++;
    }
  }

  /** The drop-down lists by their header in the Elenchi sheet, one column each, in order. */
  private static Map<String, List<String>> named(Lists lists) {
    Map<String, List<String>> named = new LinkedHashMap<>();
    named.put("aree", lists.areas());
    named.put("obiettivi", lists.objectives());
    named.put("fonti", lists.fundingSources());
    named.put("LEPS", lists.leps());
    named.put("partecipazione", lists.participationKinds());
    named.put("organi", lists.bodies());
    return named;
  }

  /** Each non-empty list's range in the Elenchi sheet, such as {@code Elenchi!$A$2:$A$8}. */
  private static Map<String, String> ranges(Map<String, List<String>> named) {
    Map<String, String> ranges = new LinkedHashMap<>();
    int c = 0;
    for (Map.Entry<String, List<String>> e : named.entrySet()) {
      if (!e.getValue().isEmpty()) {
        String col = CellRef.columnName(c + 1);
        ranges.put(e.getKey(), "Elenchi!$" + col + "$2:$" + col + "$" + (e.getValue().size() + 1));
      }
      c++;
    }
    return ranges;
  }

  /** Writes the drop-down lists, one per column. */
  private static void elenchi(Worksheet ws, Map<String, List<String>> named) {
    int c = 0;
    for (Map.Entry<String, List<String>> e : named.entrySet()) {
      ws.value(0, c, e.getKey());
      ws.width(c, 24);
      for (int i = 0; i < e.getValue().size(); i++) {
        ws.value(i + 1, c, e.getValue().get(i));
      }
      c++;
    }
    ws.range(0, 0, 0, c - 1).style().bold().fillColor("DDEBF7").set();
  }

  // ---- what a cell cannot hold ----

  /**
   * Refuses a plan a workbook cannot hold exactly: a text longer than a cell takes, a list item
   * with the {@code ;} that separates items in a cell or with surrounding spaces a cell would lose,
   * two interventions with one id (the sheets that refer to an intervention use its id).
   */
  private static void check(JsonNode tree, Pointer at, String name) {
    List<DocumentProblem> problems = new ArrayList<>();
    check(tree, at, false, name, problems);
    Set<String> ids = new HashSet<>();
    JsonNode interventions = tree.path("interventions");
    for (int i = 0; i < interventions.size(); i++) {
      String id = interventions.get(i).path("id").asText();
      if (!ids.add(id)) {
        problems.add(
            DocumentProblem.of(
                name,
                0,
                0,
                Pointer.of("interventions", i, "id"),
                ProblemCode.DUPLICATE_INTERVENTION_ID,
                id));
      }
    }
    if (!problems.isEmpty()) {
      throw new DocumentException(problems);
    }
  }

  private static void check(
      JsonNode node, Pointer at, boolean inList, String name, List<DocumentProblem> problems) {
    if (node.isTextual()) {
      String text = node.textValue();
      if (text.length() > MAX_CELL_TEXT) {
        problems.add(
            DocumentProblem.of(
                name, 0, 0, at, ProblemCode.CELL_TEXT_TOO_LONG, text.length(), MAX_CELL_TEXT));
      }
      if (inList && (text.contains(";") || !text.equals(text.strip()))) {
        problems.add(DocumentProblem.of(name, 0, 0, at, ProblemCode.LIST_ITEM_SEPARATOR, text));
      }
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        check(e.getValue(), at.append(e.getKey()), false, name, problems);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        check(item, at.append(Integer.toString(i)), item.isTextual(), name, problems);
      }
    }
  }

  /** Whether the layout writes this shape as a table of rows. */
  static boolean isTable(Shape shape) {
    return shape != Shape.NOTES && shape != Shape.FIELDS;
  }
}
