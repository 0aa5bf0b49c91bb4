package it.pianozona.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.FrameworkSelectionException;
import it.pianozona.core.io.DocumentException;
import it.pianozona.core.io.DocumentProblem;
import it.pianozona.core.io.PlanDocument;
import it.pianozona.core.io.ProblemCode;
import it.pianozona.core.text.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of bad documents in src/test/resources/hostile (one file per case, listed in
 * cases.tsv with the exit code, the code of the first problem and the message each must get in
 * English and in Italian), plus the cases too large to keep in the repository, generated here.
 * Every case gets a clear message naming its location and the problem's code, in the language asked
 * for; none gets a stack trace; the library throws nothing but its documented exceptions.
 */
class HostileInputTest {

  static final Path DIR = Path.of("src/test/resources/hostile");
  static final PianoZona PZ = PianoZona.create();

  /** One located, coded problem per line: {@code file:line:col: pointer: PZ-DOC-012 ...}. */
  static final Pattern PROBLEM_LINE =
      Pattern.compile(
          "(:\\d+(:\\d+)?)?: (/\\S*|\\(document\\)|\\(documento\\)): PZ-DOC-\\d{3} \\S.*");

  record Case(String file, int exit, String code, String fragment, String italian, String what) {
    @Override
    public String toString() {
      return file + " (" + what + ")";
    }
  }

  static Stream<Case> cases() throws IOException {
    return Files.readAllLines(DIR.resolve("cases.tsv"), UTF_8).stream()
        .filter(l -> !l.startsWith("#") && !l.isBlank())
        .map(l -> l.split("\t"))
        .map(f -> new Case(f[0], Integer.parseInt(f[1]), f[2], f[3], f[4], f[5]));
  }

  @Test
  void theCatalogueHoldsAtLeastFortyCasesAndEveryFileIsListed() throws IOException {
    List<String> listed = cases().map(Case::file).toList();
    assertTrue(listed.size() >= 40, "only " + listed.size() + " cases");
    try (Stream<Path> files = Files.list(DIR)) {
      List<String> present =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> !n.equals("cases.tsv") && !n.equals("README.md"))
              .sorted()
              .toList();
      assertEquals(present, listed.stream().sorted().toList());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theCommandLineAnswersEachCaseClearlyWithTheRightExitCode(Case c) {
    String file = DIR.resolve(c.file()).toString();
    PianoZonaCliTest.Run r = PianoZonaCliTest.run("validate", "--lang", "en", file);
    assertAnswers(c, file, r, c.fragment());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theCommandLineAnswersEachCaseInItalianByDefault(Case c) {
    String file = DIR.resolve(c.file()).toString();
    PianoZonaCliTest.Run r = PianoZonaCliTest.run("validate", file);
    assertAnswers(c, file, r, c.italian());
    if (c.exit() == 2) {
      String english = PianoZonaCliTest.run("validate", "--lang", "en", file).err();
      assertFalse(r.err().equals(english), "the Italian answer is not the English one");
      assertFalse(r.err().contains("(document)"), r.err());
    }
  }

  static void assertAnswers(Case c, String file, PianoZonaCliTest.Run r, String fragment) {
    assertEquals(c.exit(), r.code(), () -> "out: " + r.out() + "\nerr: " + r.err());
    String answer = c.exit() == 2 ? r.err() : r.out();
    assertTrue(answer.contains(fragment), () -> "expected '" + fragment + "' in:\n" + answer);
    if (c.exit() == 2) {
      assertTrue(r.err().startsWith(file + ":"), () -> "the message names the file: " + r.err());
      String first = r.err().lines().findFirst().orElseThrow();
      assertTrue(first.contains(": " + c.code() + " "), () -> c.code() + " first in: " + r.err());
      r.err()
          .lines()
          .forEach(
              line -> {
                assertTrue(line.startsWith(file), line);
                assertTrue(
                    PROBLEM_LINE.matcher(line.substring(file.length())).matches(),
                    () -> "located and coded: " + line);
              });
    }
    for (String output : List.of(r.out(), r.err())) {
      assertFalse(
          output.contains("Exception") || output.contains("\tat "),
          () -> "a stack trace or exception name leaked: " + output);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theLibraryThrowsNothingButItsDocumentedExceptions(Case c) {
    try {
      PlanDocument document = PZ.read(DIR.resolve(c.file()));
      PZ.evaluate(document.plan());
    } catch (DocumentException expected) {
      assertFalse(expected.getMessage().isBlank());
      for (DocumentProblem p : expected.problems()) {
        assertTrue(ProblemCode.of(p.code()).isPresent(), p::toString);
        assertFalse(p.message(Language.IT).equals(p.message(Language.EN)), p::toString);
      }
    } catch (FrameworkSelectionException expected) {
      assertFalse(expected.getMessage().isBlank());
      assertTrue(ProblemCode.of(expected.code()).isPresent(), expected::getMessage);
    }
  }

  @Test
  void aFiftyMegabyteDocumentIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.yaml");
    byte[] line =
        "# padding padding padding padding padding padding padding padding\n".getBytes(UTF_8);
    try (var out = Files.newOutputStream(big)) {
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    PianoZonaCliTest.Run r = PianoZonaCliTest.run("validate", big.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains(": PZ-DOC-006 il documento è di "), r.err());
    assertTrue(r.err().contains("oltre il limite di 16.777.216 byte"), r.err());
  }

  @Test
  void moreInterventionsThanTheLimitAreRefused(@TempDir Path dir) throws IOException {
    StringBuilder s =
        new StringBuilder(
            Files.readString(DIR.resolve("46-empty-plan-no-interventions.yaml"))
                .replace("interventions: []\n", "interventions:\n"));
    for (int i = 0; i < 20_001; i++) {
      s.append("  - {id: \"I").append(i).append("\", title: T, area: A1}\n");
    }
    Path plan = dir.resolve("many.yaml");
    Files.writeString(plan, s);
    PianoZonaCliTest.Run r = PianoZonaCliTest.run("validate", plan.toString());
    assertEquals(2, r.code());
    assertTrue(
        r.err()
            .contains(
                "/interventions: PZ-DOC-028 20.001 interventi, oltre il limite configurato di"
                    + " 20.000"),
        r.err());
  }

  @Test
  void aDirectoryOrAMissingFileIsOneClearLine(@TempDir Path dir) {
    PianoZonaCliTest.Run folder = PianoZonaCliTest.run("validate", dir.toString() + "/x.yaml");
    assertEquals(2, folder.code());
    assertEquals(1, folder.err().strip().lines().count(), folder.err());
    Path sub = dir.resolve("plans.yaml");
    sub.toFile().mkdir();
    PianoZonaCliTest.Run directory = PianoZonaCliTest.run("validate", sub.toString());
    assertEquals(2, directory.code());
    assertTrue(directory.err().contains("PZ-DOC-002 atteso: "), directory.err());
    assertTrue(directory.err().contains("trovato: una cartella"), directory.err());
  }

  @Test
  void aPipeAsPlanOrCatalogueIsOneClearLineInsteadOfAHang(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("piano.yaml");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(
        mkfifo.waitFor() == 0 && java.nio.file.Files.exists(fifo),
        "this system cannot make a FIFO");
    for (String[] args :
        List.of(
            new String[] {"validate", fifo.toString()},
            new String[] {"diff", fifo.toString(), fifo.toString()},
            new String[] {"frameworks", "--catalogue", fifo.toString()})) {
      PianoZonaCliTest.Run r = PianoZonaCliTest.run(args);
      assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
      assertTrue(r.err().contains("PZ-DOC-003 atteso: "), r.err());
      assertTrue(r.err().contains("trovato: un file speciale"), r.err());
    }
  }
}
