package it.pianozona.core.io;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The workbook form of a plan document: which sheet holds which part of the plan, and which column
 * holds which key. The sheet names and Italian headers are a public contract, documented in {@code
 * docs/workbook-format.md}; the writer and the reader both follow this one table, so that a plan
 * written and read back is the same plan.
 */
final class WorkbookLayout {

  private WorkbookLayout() {}

  /** How a column's cells are turned into document values, and written back. */
  enum Kind {
    /** Any text; a number typed in it is read as its digits. */
    TEXT,
    /** A whole number: a year, a population, a count. */
    INTEGER,
    /** A number with decimals, such as full-time equivalents. */
    DECIMAL,
    /** An amount in euro, formatted as such. */
    MONEY,
    /** A date: a date cell, {@code gg/mm/aaaa}, or the document's {@code YYYY[-MM[-DD]]}. */
    DATE,
    /** Several texts in one cell, separated by {@code ;}. */
    LIST,
    /** Yes or no: a logical cell, or {@code sì}/{@code no}. */
    FLAG,
    /** A six-digit ISTAT code, kept as text so the leading zero survives. */
    ISTAT,
    /**
     * A JSON Pointer; the whole plan (the empty pointer, which a cell cannot hold apart from an
     * empty cell) is written {@code /}, as the reports show it. A plan's keys are never empty, so
     * {@code /} names nothing else.
     */
    POINTER
  }

  /**
   * A column: its Italian header, the key it fills in each element, and its kind.
   *
   * @param header the header in row 1, matched without regard to case or surrounding spaces
   * @param key the document key, a dotted path for the {@code Piano} sheet ({@code period.from})
   * @param kind how cells are read and written
   * @param width the column's width when written, in characters
   */
  record Column(String header, String key, Kind kind, int width) {}

  /** The shape of a sheet. */
  enum Shape {
    /** One field per row: column A the field, column B its value ({@code Piano}). */
    FIELDS,
    /** One element of a list per row. */
    LIST,
    /** One element of a list held by an intervention per row; column A names the intervention. */
    CHILD_LIST,
    /** One entry of a map held by an intervention per row; column A names the intervention. */
    CHILD_MAP,
    /** One entry of a map per row: column A the key, column B the value ({@code Contenuti}). */
    MAP,
    /**
     * One element per row of one of several lists, which column A names ({@code Governance}: the
     * approvals, agreements and bodies).
     */
    SECTIONS,
    /** Read by people, never by pianozona ({@code Istruzioni}, {@code Elenchi}). */
    NOTES
  }

  /**
   * A sheet.
   *
   * @param name the sheet's name
   * @param shape how its rows map to the document
   * @param path where its elements go: the list's path ({@code interventions}), or the child key
   *     for {@link Shape#CHILD_LIST} and {@link Shape#CHILD_MAP} ({@code allocations})
   * @param columns its columns, in order
   * @param sections for {@link Shape#SECTIONS}: the Italian word in column A for each list, and
   *     which columns each list uses
   */
  record Sheet(
      String name, Shape shape, String path, List<Column> columns, List<Section> sections) {
    Sheet {
      columns = ImmutableList.copyOf(columns);
      sections = ImmutableList.copyOf(sections);
    }

    Optional<Column> column(String header) {
      String wanted = normal(header);
      return columns.stream().filter(c -> normal(c.header()).equals(wanted)).findFirst();
    }
  }

  /**
   * A list of the {@code Governance} sheet.
   *
   * @param word the Italian word in column A, such as {@code approvazione}
   * @param path the list's path in the document, such as {@code governance.approvals}
   * @param keys for each column header the sheet has (after column A), the key it fills in this
   *     list, or nothing if the column does not apply
   */
  record Section(String word, String path, List<Optional<String>> keys) {
    Section {
      keys = ImmutableList.copyOf(keys);
    }
  }

  static String normal(String header) {
    return header.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  static Column col(String header, String key, Kind kind, int width) {
    return new Column(header, key, kind, width);
  }

  static final String INTERVENTION_HEADER = "intervento";

  static final Sheet PIANO =
      new Sheet(
          "Piano",
          Shape.FIELDS,
          "",
          List.of(
              col("versione schema", "schemaVersion", Kind.INTEGER, 0),
              col("id", "id", Kind.TEXT, 0),
              col("titolo", "title", Kind.TEXT, 0),
              col("regione", "region", Kind.TEXT, 0),
              col("periodo dal", "period.from", Kind.INTEGER, 0),
              col("periodo al", "period.to", Kind.INTEGER, 0),
              col("quadro", "framework", Kind.TEXT, 0),
              col("id ambito", "ambito.id", Kind.TEXT, 0),
              col("ambito", "ambito.name", Kind.TEXT, 0),
              col("capofila", "ambito.lead", Kind.ISTAT, 0),
              col("assistenti sociali", "staffing.socialWorkers", Kind.DECIMAL, 0),
              col("assistenti sociali illustrativo", "staffing.illustrative", Kind.FLAG, 0),
              col("note", "notes", Kind.TEXT, 0)),
          List.of());

  static final Sheet COMUNI =
      new Sheet(
          "Comuni",
          Shape.LIST,
          "ambito.comuni",
          List.of(
              col("codice ISTAT", "istat", Kind.ISTAT, 14),
              col("comune", "name", Kind.TEXT, 28),
              col("popolazione", "population", Kind.INTEGER, 14)),
          List.of());

  static final Sheet RISORSE =
      new Sheet(
          "Risorse",
          Shape.LIST,
          "funding",
          List.of(
              col("fonte", "source", Kind.TEXT, 28),
              col("anno", "year", Kind.INTEGER, 8),
              col("importo", "amount", Kind.MONEY, 18),
              col("illustrativo", "illustrative", Kind.FLAG, 12)),
          List.of());

  static final Sheet INTERVENTI =
      new Sheet(
          "Interventi",
          Shape.LIST,
          "interventions",
          List.of(
              col("id", "id", Kind.TEXT, 12),
              col("titolo", "title", Kind.TEXT, 48),
              col("area", "area", Kind.TEXT, 10),
              col("obiettivi", "objectives", Kind.LIST, 20),
              col("LEPS", "leps", Kind.LIST, 24),
              col("etichette", "tags", Kind.LIST, 16),
              col("descrizione", "description", Kind.TEXT, 48),
              col("illustrativo", "illustrative", Kind.FLAG, 12)),
          List.of());

  static final Sheet RIPARTIZIONI =
      new Sheet(
          "Ripartizioni",
          Shape.CHILD_LIST,
          "allocations",
          List.of(
              col(INTERVENTION_HEADER, "", Kind.TEXT, 12),
              col("fonte", "source", Kind.TEXT, 28),
              col("anno", "year", Kind.INTEGER, 8),
              col("importo", "amount", Kind.MONEY, 18)),
          List.of());

  static final Sheet INDICATORI =
      new Sheet(
          "Indicatori",
          Shape.CHILD_MAP,
          "indicators",
          List.of(
              col(INTERVENTION_HEADER, "", Kind.TEXT, 12),
              col("indicatore", "", Kind.TEXT, 28),
              col("valore", "", Kind.DECIMAL, 12)),
          List.of());

  static final Sheet CONTENUTI =
      new Sheet(
          "Contenuti",
          Shape.MAP,
          "contents",
          List.of(col("sezione", "", Kind.TEXT, 22), col("testo", "", Kind.TEXT, 90)),
          List.of());

  static final Sheet GOVERNANCE =
      new Sheet(
          "Governance",
          Shape.SECTIONS,
          "governance",
          List.of(
              col("sezione", "", Kind.TEXT, 14),
              col("organo o tipo", "", Kind.TEXT, 28),
              col("data", "", Kind.DATE, 12),
              col("numero", "", Kind.TEXT, 10),
              col("titolo", "", Kind.TEXT, 48),
              col("parti", "", Kind.LIST, 28),
              col("addetti", "", Kind.INTEGER, 10),
              col("note", "", Kind.TEXT, 48)),
          List.of(
              section(
                  "approvazione",
                  "governance.approvals",
                  "body",
                  "date",
                  "number",
                  "title",
                  null,
                  null,
                  "notes"),
              section(
                  "accordo",
                  "governance.agreements",
                  "kind",
                  "date",
                  "number",
                  "title",
                  "parties",
                  null,
                  "notes"),
              section(
                  "organismo",
                  "governance.bodies",
                  "kind",
                  "established",
                  null,
                  null,
                  null,
                  "staff",
                  "notes")));

  static final Sheet PARTECIPAZIONE =
      new Sheet(
          "Partecipazione",
          Shape.LIST,
          "governance.participation",
          List.of(
              col("data", "date", Kind.DATE, 12),
              col("tipo", "kind", Kind.TEXT, 24),
              col("tema", "topic", Kind.TEXT, 40),
              col("attori", "actors", Kind.LIST, 32),
              col("partecipanti", "participants", Kind.INTEGER, 12),
              col("luogo", "place", Kind.TEXT, 24),
              col("scadenza", "deadline", Kind.DATE, 12),
              col("note", "notes", Kind.TEXT, 40)),
          List.of());

  static final Sheet FONTI =
      new Sheet(
          "Fonti",
          Shape.LIST,
          "sources",
          List.of(
              col("titolo", "title", Kind.TEXT, 60),
              col("indirizzo", "url", Kind.TEXT, 60),
              col("data", "date", Kind.DATE, 12)),
          List.of());

  static final Sheet ECCEZIONI =
      new Sheet(
          "Eccezioni",
          Shape.LIST,
          "suppressions",
          List.of(
              col("codice", "code", Kind.TEXT, 18),
              col("puntatore", "pointer", Kind.POINTER, 32),
              col("motivo", "reason", Kind.TEXT, 48),
              col("autore", "by", Kind.TEXT, 20),
              col("data", "date", Kind.DATE, 12),
              col("elemento", "element", Kind.TEXT, 24)),
          List.of());

  static final Sheet ISTRUZIONI = new Sheet("Istruzioni", Shape.NOTES, "", List.of(), List.of());

  static final Sheet ELENCHI = new Sheet("Elenchi", Shape.NOTES, "", List.of(), List.of());

  /** Every sheet, in the order written. */
  static final List<Sheet> SHEETS =
      List.of(
          ISTRUZIONI,
          PIANO,
          COMUNI,
          RISORSE,
          INTERVENTI,
          RIPARTIZIONI,
          INDICATORI,
          CONTENUTI,
          GOVERNANCE,
          PARTECIPAZIONE,
          FONTI,
          ECCEZIONI,
          ELENCHI);

  static Optional<Sheet> sheet(String name) {
    return SHEETS.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** The sheets a workbook must have: every one that holds data. */
  static List<Sheet> dataSheets() {
    return SHEETS.stream().filter(s -> s.shape() != Shape.NOTES).toList();
  }

  private static Section section(String word, String path, String... keys) {
    return new Section(
        word, path, java.util.Arrays.stream(keys).map(Optional::ofNullable).toList());
  }
}
