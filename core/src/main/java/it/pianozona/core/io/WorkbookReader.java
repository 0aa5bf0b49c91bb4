package it.pianozona.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.pianozona.core.io.WorkbookLayout.Column;
import it.pianozona.core.io.WorkbookLayout.Kind;
import it.pianozona.core.io.WorkbookLayout.Section;
import it.pianozona.core.io.WorkbookLayout.Shape;
import it.pianozona.core.io.WorkbookLayout.Sheet;
import it.pianozona.core.validation.Pointer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads a workbook into the plan document tree the YAML and JSON readers give, so that the same
 * binder applies the same checks, and remembers the cell each value came from. What only a
 * spreadsheet gets wrong (a missing or renamed sheet or header, merged cells, an error value, a
 * formula never computed, a row naming an intervention that does not exist) is a located problem of
 * its own; what a spreadsheet makes ordinary (a number stored as text, an Italian decimal comma, a
 * date as a serial number, empty rows, formulas) is read as the officer meant it.
 */
final class WorkbookReader {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A number as an officer types it as text: {@code 1.234,56}, {@code 1250,5}, {@code € 300}. */
  private static final Pattern ITALIAN_NUMBER =
      Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");

  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern ITALIAN_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  /** What was read: the document tree and, for each pointer it holds, the cell. */
  record Result(ObjectNode tree, Map<Pointer, CellRef> cells) {}

  private final String source;
  private final ReadLimits limits;
  private final List<DocumentProblem> problems = new ArrayList<>();
  private final Map<Pointer, CellRef> cells = new HashMap<>();
  private final ObjectNode tree = NODES.objectNode();
  private boolean date1904;

  private WorkbookReader(String source, ReadLimits limits) {
    this.source = source;
    this.limits = limits;
  }

  /**
   * Reads a workbook's bytes, already passed by the guard.
   *
   * @param merged the merged ranges of each sheet, which the guard found
   * @throws DocumentException with every problem of the workbook's form
   */
  static Result read(
      String source, byte[] content, ReadLimits limits, Map<String, List<String>> merged) {
    WorkbookReader reader = new WorkbookReader(source, limits);
    reader.readAll(content, merged);
    if (!reader.problems.isEmpty()) {
      throw new DocumentException(reader.problems);
    }
    return new Result(reader.tree, Map.copyOf(reader.cells));
  }

  private void readAll(byte[] content, Map<String, List<String>> merged) {
    Map<String, List<Row>> sheets = new LinkedHashMap<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(content))) {
      date1904 = wb.isDate1904();
      for (org.dhatim.fastexcel.reader.Sheet s : wb.getSheets().toList()) {
        List<Row> rows = new ArrayList<>();
        try (var stream = s.openStream()) {
          var it = stream.iterator();
          while (it.hasNext()) {
            Row row = it.next();
            if (row.getRowNum() > limits.maxSheetRows()) {
              problems.add(
                  problem(
                      new CellRef(s.getName(), row.getRowNum(), 1),
                      Pointer.ROOT,
                      ProblemCode.SHEET_TOO_LONG,
                      s.getName(),
                      limits.maxSheetRows()));
              break;
            }
            rows.add(row);
          }
        }
        sheets.put(s.getName(), rows);
      }
    } catch (IOException | RuntimeException e) {
      // FastExcel's own exceptions, and whatever a damaged part makes its XML parser throw.
      problems.add(
          DocumentProblem.of(source, ProblemCode.CANNOT_READ_WORKBOOK, firstLine(e.getMessage())));
      return;
    }
    if (!problems.isEmpty()) {
      return;
    }
    checkSheets(sheets.keySet());
    for (Map.Entry<String, List<String>> e : merged.entrySet()) {
      Optional<Sheet> sheet = WorkbookLayout.sheet(e.getKey());
      if (sheet.isPresent() && sheet.get().shape() != Shape.NOTES) {
        for (String range : e.getValue()) {
          problems.add(
              problem(first(e.getKey(), range), Pointer.ROOT, ProblemCode.MERGED_CELLS, range));
        }
      }
    }
    if (!problems.isEmpty()) {
      return;
    }
    fields(WorkbookLayout.PIANO, sheets.get(WorkbookLayout.PIANO.name()));
    Map<String, Integer> interventionIds = new LinkedHashMap<>();
    for (Sheet sheet : WorkbookLayout.dataSheets()) {
      if (sheet.shape() == Shape.FIELDS) {
        continue;
      }
      table(sheet, sheets.get(sheet.name()), interventionIds);
    }
  }

  // ---- sheets and headers ----

  private void checkSheets(java.util.Set<String> present) {
    List<String> unknown = present.stream().filter(n -> WorkbookLayout.sheet(n).isEmpty()).toList();
    List<String> expected = WorkbookLayout.SHEETS.stream().map(Sheet::name).toList();
    for (Sheet s : WorkbookLayout.dataSheets()) {
      if (!present.contains(s.name())) {
        problems.add(
            DocumentProblem.of(
                source,
                ProblemCode.MISSING_SHEET,
                s.name(),
                NodeReader.didYouMean(s.name(), unknown)));
      }
    }
    for (String name : unknown) {
      problems.add(
          problem(
              new CellRef(name, 1, 1),
              Pointer.ROOT,
              ProblemCode.UNKNOWN_SHEET,
              name,
              NodeReader.didYouMean(name, expected),
              String.join(", ", expected)));
    }
  }

  /** The column of the layout under each header cell of row 1, by column index (from 0). */
  private Map<Integer, Column> headers(Sheet sheet, List<Row> rows) {
    Map<Integer, Column> byIndex = new LinkedHashMap<>();
    Map<Column, Integer> seen = new HashMap<>();
    Row header = rows.isEmpty() || rows.get(0).getRowNum() != 1 ? null : rows.get(0);
    List<String> names = sheet.columns().stream().map(Column::header).toList();
    if (header != null) {
      for (Cell cell : header) {
        if (cell == null) {
          continue;
        }
        String text = text(cell);
        if (text == null || text.isBlank()) {
          continue;
        }
        CellRef at = ref(sheet.name(), 1, cell.getColumnIndex());
        Optional<Column> column = sheet.column(text);
        if (column.isEmpty()) {
          problems.add(
              problem(
                  at,
                  Pointer.ROOT,
                  ProblemCode.UNKNOWN_HEADER,
                  text.strip(),
                  sheet.name(),
                  NodeReader.didYouMean(text.strip(), names),
                  String.join(", ", names)));
        } else if (seen.containsKey(column.get())) {
          problems.add(
              problem(at, Pointer.ROOT, ProblemCode.DUPLICATE_HEADER, text.strip(), sheet.name()));
        } else {
          seen.put(column.get(), cell.getColumnIndex());
          byIndex.put(cell.getColumnIndex(), column.get());
        }
      }
    }
    for (Column c : sheet.columns()) {
      if (!seen.containsKey(c)) {
        problems.add(
            problem(
                new CellRef(sheet.name(), 1, 1),
                Pointer.ROOT,
                ProblemCode.MISSING_HEADER,
                c.header(),
                sheet.name()));
      }
    }
    return byIndex;
  }

  // ---- the Piano sheet: one field per row ----

  private void fields(Sheet sheet, List<Row> rows) {
    List<String> names = sheet.columns().stream().map(Column::header).toList();
    Map<String, Integer> seen = new HashMap<>();
    for (Row row : rows) {
      if (row.getRowNum() == 1) {
        continue; // campo, valore, spiegazione
      }
      for (Cell extra : row) {
        // Columns A to C are the field, its value and its explanation; nothing else is read.
        if (extra != null && extra.getColumnIndex() > 2 && !blank(extra)) {
          CellRef at = ref(sheet.name(), row.getRowNum(), extra.getColumnIndex());
          problems.add(problem(at, Pointer.ROOT, ProblemCode.VALUE_WITHOUT_HEADER, at.toString()));
        }
      }
      Cell label = cell(row, 0);
      Cell value = cell(row, 1);
      String name = label == null ? null : text(label);
      if (name == null || name.isBlank()) {
        if (!blank(value)) {
          problems.add(
              problem(
                  ref(sheet.name(), row.getRowNum(), 0),
                  Pointer.ROOT,
                  ProblemCode.VALUE_WITHOUT_HEADER,
                  ref(sheet.name(), row.getRowNum(), 1).toString()));
        }
        continue;
      }
      Optional<Column> column = sheet.column(name);
      CellRef at = ref(sheet.name(), row.getRowNum(), 1);
      if (column.isEmpty()) {
        problems.add(
            problem(
                ref(sheet.name(), row.getRowNum(), 0),
                Pointer.ROOT,
                ProblemCode.UNKNOWN_FIELD,
                name.strip(),
                NodeReader.didYouMean(name.strip(), names),
                String.join(", ", names)));
        continue;
      }
      String key = column.get().key();
      if (seen.put(key, row.getRowNum()) != null) {
        problems.add(
            problem(
                ref(sheet.name(), row.getRowNum(), 0),
                Pointer.ROOT,
                ProblemCode.DUPLICATE_FIELD,
                name.strip()));
        continue;
      }
      Pointer pointer = Pointer.of((Object[]) key.split("\\."));
      cells.put(pointer, at);
      JsonNode v = value(value, column.get().kind(), at, pointer);
      if (v != null) {
        put(tree, key, v);
      }
    }
    // Containers the binder reads by key are placed at the sheet's first field.
    cells.putIfAbsent(Pointer.ROOT, new CellRef(sheet.name(), 1, 1));
    cells.putIfAbsent(Pointer.of("period"), cellOf("period.from", sheet));
    cells.putIfAbsent(Pointer.of("ambito"), cellOf("ambito.name", sheet));
    cells.putIfAbsent(Pointer.of("staffing"), cellOf("staffing.socialWorkers", sheet));
  }

  private CellRef cellOf(String key, Sheet sheet) {
    CellRef c = cells.get(Pointer.of((Object[]) key.split("\\.")));
    return c == null ? new CellRef(sheet.name(), 1, 1) : c;
  }

  private static void put(ObjectNode root, String dotted, JsonNode value) {
    String[] parts = dotted.split("\\.");
    ObjectNode n = root;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode child = n.get(parts[i]);
      n = child instanceof ObjectNode o ? o : n.putObject(parts[i]);
    }
    n.set(parts[parts.length - 1], value);
  }

  // ---- table sheets ----

  private void table(Sheet sheet, List<Row> rows, Map<String, Integer> interventionIds) {
    Map<Integer, Column> headers = headers(sheet, rows);
    if (problems.stream()
        .anyMatch(p -> p.cell().map(c -> c.sheet().equals(sheet.name())).orElse(false))) {
      return;
    }
    Pointer listAt = listPointer(sheet);
    cells.putIfAbsent(listAt, new CellRef(sheet.name(), 1, 1));
    if (sheet == WorkbookLayout.INTERVENTI) {
      // A plan always lists its interventions, if none: an empty sheet is an empty list.
      list(tree, sheet.path());
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Row row : rows) {
      if (row.getRowNum() == 1) {
        continue;
      }
      Map<Column, Cell> values = new LinkedHashMap<>();
      boolean empty = true;
      for (Cell cell : row) {
        if (cell == null || blank(cell)) {
          continue;
        }
        Column column = headers.get(cell.getColumnIndex());
        if (column == null) {
          problems.add(
              problem(
                  ref(sheet.name(), row.getRowNum(), cell.getColumnIndex()),
                  Pointer.ROOT,
                  ProblemCode.VALUE_WITHOUT_HEADER,
                  ref(sheet.name(), row.getRowNum(), cell.getColumnIndex()).toString()));
          continue;
        }
        values.put(column, cell);
        empty = false;
      }
      if (empty) {
        continue; // an empty row, often trailing: nothing to read
      }
      int r = row.getRowNum();
      Map<Column, CellRef> where = new LinkedHashMap<>();
      headers.forEach((index, column) -> where.put(column, ref(sheet.name(), r, index)));
      switch (sheet.shape()) {
        case LIST -> {
          ArrayNode list = list(tree, sheet.path());
          Pointer at = listAt.append(list.size());
          ObjectNode element = list.addObject();
          cells.put(at, where.get(sheet.columns().get(0)));
          for (Column c : sheet.columns()) {
            Pointer p = at.append(c.key());
            cells.put(p, where.get(c));
            JsonNode v = value(values.get(c), c.kind(), where.get(c), p);
            if (v != null) {
              element.set(c.key(), v);
            }
          }
          if (sheet == WorkbookLayout.INTERVENTI) {
            JsonNode id = element.get("id");
            if (id != null && id.isTextual()) {
              interventionIds.putIfAbsent(id.textValue(), list.size() - 1);
            }
          }
        }
        case CHILD_LIST, CHILD_MAP -> child(sheet, values, where, interventionIds, counts);
        case MAP -> entry(sheet, values, where, listAt);
        case SECTIONS -> section(sheet, values, where);
        default -> throw new IllegalStateException(sheet.name());
      }
    }
  }

  private static Pointer listPointer(Sheet sheet) {
    return switch (sheet.shape()) {
      case LIST, MAP -> Pointer.of((Object[]) sheet.path().split("\\."));
      case SECTIONS -> Pointer.of("governance");
      default -> Pointer.of("interventions");
    };
  }

  private static ArrayNode list(ObjectNode root, String dotted) {
    String[] parts = dotted.split("\\.");
    ObjectNode n = root;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode child = n.get(parts[i]);
      n = child instanceof ObjectNode o ? o : n.putObject(parts[i]);
    }
    JsonNode list = n.get(parts[parts.length - 1]);
    return list instanceof ArrayNode a ? a : n.putArray(parts[parts.length - 1]);
  }

  /** A row of Ripartizioni or Indicatori, which belongs to the intervention column A names. */
  private void child(
      Sheet sheet,
      Map<Column, Cell> values,
      Map<Column, CellRef> where,
      Map<String, Integer> interventionIds,
      Map<String, Integer> counts) {
    Column idColumn = sheet.columns().get(0);
    CellRef idAt = where.get(idColumn);
    String id = text(values.get(idColumn));
    if (id == null) {
      problems.add(
          problem(
              idAt, Pointer.ROOT, ProblemCode.MISSING_KEY_CELL, idColumn.header(), sheet.name()));
      return;
    }
    id = id.strip();
    Integer index = interventionIds.get(id);
    if (index == null) {
      problems.add(
          problem(
              idAt,
              Pointer.ROOT,
              ProblemCode.UNKNOWN_INTERVENTION,
              id,
              NodeReader.didYouMean(id, List.copyOf(interventionIds.keySet()))));
      return;
    }
    ObjectNode intervention = (ObjectNode) tree.get("interventions").get(index);
    Pointer interventionAt = Pointer.of("interventions", index);
    if (sheet.shape() == Shape.CHILD_LIST) {
      ArrayNode list =
          intervention.has(sheet.path())
              ? (ArrayNode) intervention.get(sheet.path())
              : intervention.putArray(sheet.path());
      Pointer at = interventionAt.append(sheet.path()).append(list.size());
      cells.putIfAbsent(interventionAt.append(sheet.path()), idAt);
      ObjectNode element = list.addObject();
      cells.put(at, idAt);
      for (Column c : sheet.columns().subList(1, sheet.columns().size())) {
        Pointer p = at.append(c.key());
        cells.put(p, where.get(c));
        JsonNode v = value(values.get(c), c.kind(), where.get(c), p);
        if (v != null) {
          element.set(c.key(), v);
        }
      }
    } else {
      Column keyColumn = sheet.columns().get(1);
      Column valueColumn = sheet.columns().get(2);
      String key = text(values.get(keyColumn));
      if (key == null) {
        problems.add(
            problem(
                where.get(keyColumn),
                Pointer.ROOT,
                ProblemCode.MISSING_KEY_CELL,
                keyColumn.header(),
                sheet.name()));
        return;
      }
      key = key.strip();
      ObjectNode map =
          intervention.has(sheet.path())
              ? (ObjectNode) intervention.get(sheet.path())
              : intervention.putObject(sheet.path());
      cells.putIfAbsent(interventionAt.append(sheet.path()), idAt);
      Pointer p = interventionAt.append(sheet.path()).append(key);
      if (map.has(key)) {
        problems.add(
            problem(where.get(keyColumn), p, ProblemCode.DUPLICATE_ENTRY, key, sheet.name()));
        return;
      }
      cells.put(p, where.get(valueColumn));
      JsonNode v = value(values.get(valueColumn), valueColumn.kind(), where.get(valueColumn), p);
      map.set(key, v == null ? NODES.nullNode() : v);
    }
  }

  /** A row of Contenuti: a section of the plan and its text. */
  private void entry(
      Sheet sheet, Map<Column, Cell> values, Map<Column, CellRef> where, Pointer at) {
    Column keyColumn = sheet.columns().get(0);
    Column valueColumn = sheet.columns().get(1);
    String key = text(values.get(keyColumn));
    if (key == null) {
      problems.add(
          problem(
              where.get(keyColumn),
              Pointer.ROOT,
              ProblemCode.MISSING_KEY_CELL,
              keyColumn.header(),
              sheet.name()));
      return;
    }
    key = key.strip();
    JsonNode existing = tree.get(sheet.path());
    ObjectNode map = existing instanceof ObjectNode o ? o : tree.putObject(sheet.path());
    Pointer p = at.append(key);
    if (map.has(key)) {
      problems.add(
          problem(where.get(keyColumn), p, ProblemCode.DUPLICATE_ENTRY, key, sheet.name()));
      return;
    }
    cells.put(p, where.get(valueColumn));
    JsonNode v = value(values.get(valueColumn), valueColumn.kind(), where.get(valueColumn), p);
    map.set(key, v == null ? NODES.nullNode() : v);
  }

  /** A row of Governance: an approval, an agreement or a body, as column A says. */
  private void section(Sheet sheet, Map<Column, Cell> values, Map<Column, CellRef> where) {
    Column wordColumn = sheet.columns().get(0);
    String word = text(values.get(wordColumn));
    List<String> words = sheet.sections().stream().map(Section::word).toList();
    if (word == null) {
      problems.add(
          problem(
              where.get(wordColumn),
              Pointer.ROOT,
              ProblemCode.MISSING_KEY_CELL,
              wordColumn.header(),
              sheet.name()));
      return;
    }
    String w = WorkbookLayout.normal(word);
    Optional<Section> section =
        sheet.sections().stream().filter(s -> s.word().equals(w)).findFirst();
    if (section.isEmpty()) {
      problems.add(
          problem(
              where.get(wordColumn),
              Pointer.ROOT,
              ProblemCode.UNKNOWN_SECTION,
              word.strip(),
              NodeReader.didYouMean(w, words),
              String.join(", ", words)));
      return;
    }
    ArrayNode list = list(tree, section.get().path());
    Pointer at = Pointer.of((Object[]) section.get().path().split("\\.")).append(list.size());
    ObjectNode element = list.addObject();
    cells.putIfAbsent(
        Pointer.of((Object[]) section.get().path().split("\\.")), where.get(wordColumn));
    cells.put(at, where.get(wordColumn));
    List<Column> columns = sheet.columns();
    for (int c = 1; c < columns.size(); c++) {
      Column column = columns.get(c);
      Optional<String> key = section.get().keys().get(c - 1);
      Cell cell = values.get(column);
      if (key.isEmpty()) {
        if (cell != null) {
          problems.add(
              problem(
                  where.get(column),
                  at,
                  ProblemCode.COLUMN_NOT_FOR_SECTION,
                  column.header(),
                  section.get().word()));
        }
        continue;
      }
      Pointer p = at.append(key.get());
      cells.put(p, where.get(column));
      JsonNode v = value(cell, column.kind(), where.get(column), p);
      if (v != null) {
        element.set(key.get(), v);
      }
    }
  }

  // ---- cells ----

  /**
   * The document value of a cell, read as its column's kind; null when the cell is empty. A value
   * that cannot be what the column holds is kept as it is (a text), so that the binder refuses it
   * with the same message a YAML document would get, now at the cell.
   */
  private JsonNode value(Cell cell, Kind kind, CellRef at, Pointer pointer) {
    if (cell == null || blank(cell)) {
      return null;
    }
    String raw;
    boolean numeric;
    switch (cell.getType()) {
      case ERROR -> {
        problems.add(
            problem(at, pointer, ProblemCode.CELL_ERROR, String.valueOf(cell.getRawValue())));
        return null;
      }
      case FORMULA -> {
        raw = cell.getRawValue();
        if (raw == null) {
          problems.add(problem(at, pointer, ProblemCode.FORMULA_WITHOUT_VALUE, cell.getFormula()));
          return null;
        }
        if (raw.startsWith("#")) {
          problems.add(problem(at, pointer, ProblemCode.CELL_ERROR, raw));
          return null;
        }
        numeric = PLAIN_NUMBER.matcher(raw).matches() || raw.matches("-?[0-9.]+E[+-]?[0-9]+");
      }
      case NUMBER -> {
        raw = cell.getRawValue();
        numeric = true;
      }
      case BOOLEAN -> {
        return kind == Kind.FLAG
            ? NODES.booleanNode(
                "1".equals(cell.getRawValue()) || "true".equalsIgnoreCase(cell.getRawValue()))
            : NODES.textNode(Boolean.toString("1".equals(cell.getRawValue())));
      }
      default -> {
        raw = cell.getRawValue();
        numeric = false;
      }
    }
    if (raw == null) {
      return null;
    }
    if (raw.length() > limits.maxStringLength()) {
      problems.add(
          problem(at, pointer, ProblemCode.TEXT_LIMIT, raw.length(), limits.maxStringLength()));
      return null;
    }
    return switch (kind) {
      case TEXT -> NODES.textNode(numeric ? plain(raw) : raw);
      case POINTER -> NODES.textNode(raw.strip().equals("/") ? "" : raw.strip());
      case ISTAT -> NODES.textNode(numeric ? istat(raw) : raw.strip());
      case INTEGER, DECIMAL, MONEY -> number(numeric ? raw : null, raw);
      case DATE -> NODES.textNode(numeric ? serialDate(raw) : date(raw.strip()));
      case FLAG -> flag(raw, numeric);
      case LIST -> {
        ArrayNode items = NODES.arrayNode();
        for (String item : (numeric ? plain(raw) : raw).split(";")) {
          if (!item.isBlank()) {
            items.add(item.strip());
          }
        }
        yield items;
      }
    };
  }

  private static JsonNode number(String numeric, String raw) {
    BigDecimal value = null;
    if (numeric != null) {
      try {
        value = new BigDecimal(numeric);
      } catch (NumberFormatException e) {
        value = null;
      }
    } else {
      value = parseText(raw);
    }
    if (value == null) {
      return NODES.textNode(raw);
    }
    try {
      value = value.stripTrailingZeros();
    } catch (ArithmeticException e) {
      // An exponent past what a scale can count (1e2147483647): kept as typed, and the binder
      // says it is out of range.
    }
    if (value.scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
      long l = value.longValueExact();
      return l == (int) l ? NODES.numberNode((int) l) : NODES.numberNode(l);
    }
    return NODES.numberNode(value);
  }

  /**
   * A number typed as text: Italian ({@code 1.234,56}), plain ({@code 1234.56}), with a euro sign.
   */
  static BigDecimal parseText(String raw) {
    String s = raw.replace('\u00a0', ' ').replace("€", "").replace(" ", "").strip();
    if (s.isEmpty()) {
      return null;
    }
    Matcher italian = ITALIAN_NUMBER.matcher(s);
    if (italian.matches() && (s.contains(",") || italian.group(2) != null)) {
      return new BigDecimal(s.replace(".", "").replace(',', '.'));
    }
    if (PLAIN_NUMBER.matcher(s).matches()) {
      return new BigDecimal(s);
    }
    return null;
  }

  private static JsonNode flag(String raw, boolean numeric) {
    String s = raw.strip().toLowerCase(java.util.Locale.ROOT);
    return switch (s) {
      case "1", "true", "vero", "sì", "si", "x" -> NODES.booleanNode(true);
      case "0", "false", "falso", "no" -> NODES.booleanNode(false);
      default -> NODES.textNode(raw);
    };
  }

  /** A number's digits as text: {@code 12.0} is {@code 12}. */
  private static String plain(String raw) {
    try {
      BigDecimal value = new BigDecimal(raw).stripTrailingZeros();
      // Written out, 1e999999999 has a billion digits: such a number stays as typed.
      return Math.abs((long) value.scale()) > NodeReader.MAX_PLAIN_SCALE
          ? raw
          : value.toPlainString();
    } catch (NumberFormatException | ArithmeticException e) {
      return raw;
    }
  }

  /** An ISTAT code stored as a number has lost its leading zeros: six digits again. */
  private static String istat(String raw) {
    String digits = plain(raw);
    return digits.matches("\\d{1,6}") ? "0".repeat(6 - digits.length()) + digits : digits;
  }

  private String serialDate(String raw) {
    BigDecimal serial;
    try {
      serial = new BigDecimal(raw);
    } catch (NumberFormatException e) {
      return raw;
    }
    long days = serial.longValue();
    // Serial 1 is 1900-01-01 in the 1900 system, which counts a 29 February 1900 that never was.
    LocalDate base = date1904 ? LocalDate.of(1904, 1, 1) : LocalDate.of(1899, 12, 30);
    if (!date1904 && days < 61) {
      base = LocalDate.of(1899, 12, 31);
    }
    if (days < 1 || days > 2_958_465) {
      return plain(raw);
    }
    return base.plusDays(days).toString();
  }

  /** {@code 10/05/2022}, as an Italian officer types a date as text, is {@code 2022-05-10}. */
  private static String date(String text) {
    Matcher m = ITALIAN_DATE.matcher(text);
    if (m.matches()) {
      try {
        return LocalDate.of(
                Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(1)))
            .toString();
      } catch (java.time.DateTimeException e) {
        return text;
      }
    }
    return text;
  }

  private static boolean blank(Cell cell) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return true;
    }
    if (cell.getType() == CellType.STRING) {
      String raw = cell.getRawValue();
      return raw == null || raw.isBlank();
    }
    return false;
  }

  private static String text(Cell cell) {
    if (cell == null || blank(cell)) {
      return null;
    }
    String raw = cell.getRawValue();
    if (cell.getType() == CellType.NUMBER && raw != null) {
      return plain(raw);
    }
    return raw;
  }

  private static Cell cell(Row row, int index) {
    return row.getOptionalCell(index).orElse(null);
  }

  private static CellRef ref(String sheet, int row, int columnIndex) {
    return new CellRef(sheet, row, columnIndex + 1);
  }

  /** The first cell of a range such as {@code B3:C4}. */
  private static CellRef first(String sheet, String range) {
    Matcher m = Pattern.compile("\\$?([A-Z]+)\\$?(\\d+).*").matcher(range);
    if (!m.matches()) {
      return new CellRef(sheet, 1, 1);
    }
    int column = 0;
    for (char ch : m.group(1).toCharArray()) {
      column = column * 26 + (ch - 'A' + 1);
    }
    return new CellRef(sheet, Integer.parseInt(m.group(2)), column);
  }

  private DocumentProblem problem(CellRef at, Pointer pointer, ProblemCode code, Object... args) {
    return new DocumentProblem(
        source, at.row(), at.column(), pointer, code.message(args), Optional.of(at));
  }

  private static String firstLine(String text) {
    String s = String.valueOf(text);
    int newline = s.indexOf('\n');
    return NodeReader.printable(newline < 0 ? s : s.substring(0, newline), 300);
  }
}
