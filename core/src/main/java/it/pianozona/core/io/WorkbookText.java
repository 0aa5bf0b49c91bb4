package it.pianozona.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The Italian words a workbook carries for the officer who fills it, from {@code
 * workbook_it.properties}: the instructions, the explanation of each field, the messages of the
 * drop-down lists. The workbook is an Italian document, as the headers it is read by are.
 */
final class WorkbookText {

  private static final Properties TEXTS = load();

  private WorkbookText() {}

  /**
   * A drop-down list of a column: which list of the {@code Elenchi} sheet, and whether the program
   * refuses other values ({@code strict}) or only warns, where a cell may hold several codes.
   */
  record Dropdown(String list, boolean strict, String message) {}

  static List<String> instructions() {
    List<String> lines = new ArrayList<>();
    for (int i = 1; TEXTS.containsKey("instructions." + i); i++) {
      lines.add(TEXTS.getProperty("instructions." + i));
    }
    return lines;
  }

  static String fieldHint(String key) {
    return TEXTS.getProperty("hint." + key, "");
  }

  /** The drop-down list of a column, or null if it has none. */
  static Dropdown dropdown(String sheet, String header) {
    String list =
        switch (sheet + "/" + header) {
          case "Interventi/area" -> "aree";
          case "Interventi/obiettivi" -> "obiettivi";
          case "Interventi/LEPS" -> "LEPS";
          case "Risorse/fonte", "Ripartizioni/fonte" -> "fonti";
          case "Partecipazione/tipo" -> "partecipazione";
          case "Governance/organo o tipo" -> "organi";
          default -> null;
        };
    if (list == null) {
      return null;
    }
    boolean strict = list.equals("aree");
    return new Dropdown(
        list, strict, TEXTS.getProperty(strict ? "dropdown.strict" : "dropdown.loose"));
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = WorkbookText.class.getResourceAsStream("workbook_it.properties")) {
      if (in == null) {
        throw new IllegalStateException("workbook_it.properties is missing from the library");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
