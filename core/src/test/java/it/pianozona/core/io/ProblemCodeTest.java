package it.pianozona.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.text.Language;
import it.pianozona.core.text.Message;
import it.pianozona.core.text.MessageBundle;
import it.pianozona.core.validation.Pointer;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every kind of document problem has one stable code, a template in both languages with the same
 * arguments, and a row in docs/document-problems.md; every phrase a problem is built from exists in
 * both languages.
 */
class ProblemCodeTest {

  static final Path DOC = Path.of("../docs/document-problems.md");
  static final Path SOURCES = Path.of("src/main/java/it/pianozona/core/io");
  static final Pattern ROW = Pattern.compile("\\| `(PZ-DOC-\\d{3})` \\| (.*?) \\| (.*?) \\| .*");
  static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  /** A phrase key left unrendered, as {@link MessageBundle} shows a missing template. */
  static final Pattern UNRENDERED =
      Pattern.compile(
          "PZ-DOC-\\d{3}\\[|\\b(value|found|hint|shape|in|key|reason|document|file|empty|data|root)\\.[\\w.-]+\\[");

  /** Codes run from 1 in declaration order, with no gap, so no number is reused. */
  @Test
  void codesAreUniqueAndNumberedFromOneInOrder() {
    ProblemCode[] codes = ProblemCode.values();
    int previous = 0;
    for (ProblemCode code : codes) {
      int number = Integer.parseInt(code.code().substring("PZ-DOC-".length()));
      int before = previous;
      assertTrue(
          number == before + 1, () -> code.name() + " is numbered " + number + " after " + before);
      previous = number;
      assertEquals(code, ProblemCode.of(code.code()).orElseThrow());
    }
    assertTrue(ProblemCode.of("PZ-DOC-000").isEmpty());
  }

  @Test
  void theBundleHasATemplateForEveryCodeAndNothingElse() {
    Set<String> codes =
        Arrays.stream(ProblemCode.values())
            .map(ProblemCode::code)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(codes, new TreeSet<>(Wording.PROBLEMS.keys()));
  }

  @Test
  void bothLanguagesOfATemplateTakeTheSameArguments() {
    for (ProblemCode code : ProblemCode.values()) {
      assertEquals(
          placeholders(code.template(Language.EN)),
          placeholders(code.template(Language.IT)),
          code::code);
      assertNotEquals(code.template(Language.EN), code.template(Language.IT), code::code);
    }
    for (String key : Wording.PHRASES.keys()) {
      assertEquals(
          placeholders(Wording.PHRASES.template(key, Language.EN)),
          placeholders(Wording.PHRASES.template(key, Language.IT)),
          key);
    }
  }

  @Test
  void theDocumentListsEveryCodeWithItsTemplatesAndNoOther() throws IOException {
    Map<String, String[]> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(DOC, UTF_8)) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        String[] before =
            rows.put(m.group(1), new String[] {unescape(m.group(2)), unescape(m.group(3))});
        assertEquals(null, before, () -> m.group(1) + " is listed twice in " + DOC);
      }
    }
    assertEquals(
        new TreeSet<>(Wording.PROBLEMS.keys()),
        new TreeSet<>(rows.keySet()),
        "the codes of " + DOC + " and of problems_*.properties");
    for (ProblemCode code : ProblemCode.values()) {
      String[] row = rows.get(code.code());
      assertEquals(code.template(Language.EN), row[0], code.code() + " in English in " + DOC);
      assertEquals(code.template(Language.IT), row[1], code.code() + " in Italian in " + DOC);
    }
  }

  @Test
  void everyShapeHasItsPhrasesInBothLanguages() throws IllegalAccessException {
    List<Shape> shapes = new ArrayList<>();
    for (Class<?> owner :
        List.of(
            PlanShapes.class, DataReader.class, ScenarioReader.class, ConfigurationReader.class)) {
      for (Field f : owner.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == Shape.class) {
          f.setAccessible(true);
          shapes.add((Shape) f.get(null));
        }
      }
    }
    assertTrue(shapes.size() >= 27, shapes.size() + " shapes");
    for (Shape shape : shapes) {
      assertTrue(Wording.PHRASES.has("shape." + shape.id()), shape.id());
      assertTrue(Wording.PHRASES.has("in." + shape.id()), shape.id());
      for (Shape.Key key : shape.keys()) {
        assertEquals(
            key.required(),
            Wording.PHRASES.has("key." + shape.id() + "." + key.name()),
            () -> "a phrase for " + shape.id() + "." + key.name() + " exactly when it is required");
      }
    }
  }

  @Test
  void everyPhraseTheReadersNameExistsAndEveryValuePhraseIsUsed() throws IOException {
    Pattern literal =
        Pattern.compile("\"((?:value|found|hint|reason|document|file|empty|data)\\.[a-z.-]+)\"");
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = literal.matcher(Files.readString(file, UTF_8));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    for (String key : used) {
      assertTrue(Wording.PHRASES.has(key), () -> "no phrase " + key + " in phrases_*.properties");
    }
    Set<String> unused =
        Wording.PHRASES.keys().stream()
            .filter(k -> k.startsWith("value.") && !used.contains(k))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of(), unused, "value phrases no reader names");
  }

  @Test
  void aProblemRendersItsCodeAfterThePointerInEitherLanguage() {
    DocumentProblem p =
        DocumentProblem.of(
            "piano.yaml",
            3,
            1,
            Pointer.of("interventons"),
            ProblemCode.UNKNOWN_KEY,
            "interventons",
            Wording.in(PlanShapes.PLAN),
            Wording.phrase("suggestion", "interventions"),
            PlanShapes.PLAN.keyList());
    assertEquals("PZ-DOC-030", p.code());
    assertTrue(
        p.render(Language.IT)
            .startsWith(
                "piano.yaml:3:1: /interventons: PZ-DOC-030 chiave sconosciuta 'interventons' in"
                    + " un piano; forse si intendeva 'interventions'? (chiavi ammesse:"
                    + " schemaVersion, id,"),
        p::toString);
    assertTrue(
        p.render(Language.EN)
            .startsWith(
                "piano.yaml:3:1: /interventons: PZ-DOC-030 unknown key 'interventons' in a plan;"
                    + " did you mean 'interventions'? (expected one of: schemaVersion, id,"),
        () -> p.render(Language.EN));
    assertEquals(p.render(Language.IT), p.toString());
    DocumentProblem whole = DocumentProblem.of("piano.yaml", ProblemCode.FILE_NOT_FOUND);
    assertEquals("piano.yaml: (documento): PZ-DOC-004 file non trovato", whole.toString());
    assertEquals("piano.yaml: (document): PZ-DOC-004 file not found", whole.render(Language.EN));
  }

  @Test
  void aProblemNeedsACodedMessage() {
    MessageBundle plain =
        MessageBundle.of(
            "plain",
            Map.of(Language.IT, Map.of("oops", "ahi"), Language.EN, Map.of("oops", "ouch")));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DocumentProblem("x.yaml", 0, 0, Pointer.ROOT, Message.of(plain, "oops")));
  }

  /** The placeholders a template uses. */
  static Set<String> placeholders(String template) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  static String unescape(String cell) {
    return cell.replace("\\|", "|");
  }

  /** Whether a rendered problem still shows a key instead of words (a phrase or code missing). */
  static boolean unrendered(String text) {
    return UNRENDERED.matcher(text).find();
  }

  @Test
  void aMissingPhraseWouldBeCaught() {
    assertTrue(unrendered(Message.of(Wording.PHRASES, "value.no-such").render(Language.IT)));
    assertFalse(unrendered(DocumentProblem.of("x", ProblemCode.FILE_NOT_FOUND).toString()));
  }
}
