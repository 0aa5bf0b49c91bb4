package it.pianozona.cli;

import static it.pianozona.cli.PianoZonaCliTest.CASARANO;
import static it.pianozona.cli.PianoZonaCliTest.run;
import static it.pianozona.cli.PianoZonaCliTest.runWith;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.text.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The command line speaks the chosen language: help, usage errors and its own messages. */
class LanguageTest {

  static final List<String> COMMANDS =
      List.of("validate", "score", "explain", "frameworks", "batch", "diff", "schema");

  static final Map<String, String> ENGLISH_ENVIRONMENT = Map.of(Languages.VARIABLE, "en");

  /**
   * Words that give an English sentence away, looked for between spaces in lower case. Italian help
   * and messages contain none of them; the allowlist below is what may.
   */
  static final List<String> ENGLISH_WORDS =
      List.of(
          " the ", " and ", " of ", " with ", " is ", " to ", " for ", " or ", " this ", " an ",
          " are ", " by ", " from ", " be ");

  /** Words that give an Italian sentence away. */
  static final List<String> ITALIAN_WORDS =
      List.of(" il ", " della ", " dei ", " che ", " con ", " una ", " e ", " di ", " o ", " gli ");

  /** Proper names that are Italian in every language: the plans' own name. */
  static final List<String> ALLOWED_IN_ENGLISH = List.of("Piani di Zona");

  static List<String> foundWords(String text, List<String> words, List<String> allowed) {
    String t = text;
    for (String a : allowed) {
      t = t.replace(a, "");
    }
    String lower = " " + t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + " ";
    return words.stream().filter(lower::contains).toList();
  }

  static void assertItalian(String text) {
    assertEquals(List.of(), foundWords(text, ENGLISH_WORDS, List.of()), text);
  }

  static void assertEnglish(String text) {
    assertEquals(List.of(), foundWords(text, ITALIAN_WORDS, ALLOWED_IN_ENGLISH), text);
  }

  static Languages.Choice choose(Map<String, String> env, String... args) {
    return Languages.choose(List.of(args), env);
  }

  @Test
  void theLanguageIsItalianUnlessSomethingChoosesAnother() {
    assertEquals(
        new Languages.Choice(Language.IT, Optional.empty()),
        choose(Map.of(), "validate", "p.yaml"));
  }

  @Test
  void theLangOptionChoosesInEitherSpellingAndTheLastOneCounts() {
    assertEquals(Language.EN, choose(Map.of(), "validate", "--lang", "en", "p.yaml").language());
    assertEquals(Language.EN, choose(Map.of(), "--lang=EN", "validate", "p.yaml").language());
    assertEquals(
        Language.IT, choose(Map.of(), "--lang", "en", "validate", "--lang", "it").language());
  }

  @Test
  void theVariableChoosesWhenNoOptionIsGivenAndTheOptionWins() {
    assertEquals(Language.EN, choose(ENGLISH_ENVIRONMENT, "validate").language());
    assertEquals(Language.EN, choose(Map.of(Languages.VARIABLE, " EN "), "validate").language());
    assertEquals(Language.IT, choose(ENGLISH_ENVIRONMENT, "validate", "--lang", "it").language());
    assertEquals(
        new Languages.Choice(Language.EN, Optional.empty()),
        choose(Map.of(Languages.VARIABLE, "de"), "--lang", "en"),
        "the variable is not consulted when the option is given");
  }

  @Test
  void aVariableThatIsNoLanguageIsReportedAndAnEmptyOneIsUnset() {
    assertEquals(
        new Languages.Choice(Language.IT, Optional.of("fr")),
        choose(Map.of(Languages.VARIABLE, "fr"), "validate"));
    assertEquals(
        new Languages.Choice(Language.IT, Optional.empty()),
        choose(Map.of(Languages.VARIABLE, ""), "validate"));
  }

  @Test
  void argumentsAfterTheEndOfOptionsAndBadValuesDoNotChoose() {
    assertEquals(Language.IT, choose(Map.of(), "explain", "--", "--lang", "en").language());
    assertEquals(Language.EN, choose(ENGLISH_ENVIRONMENT, "validate", "--lang", "de").language());
    assertEquals(Language.IT, choose(Map.of(), "validate", "--lang").language());
  }

  @Test
  void anInvalidVariableIsOneLineInBothLanguagesAndExitTwo() {
    PianoZonaCliTest.Run r = runWith(Map.of(Languages.VARIABLE, "fr"), "validate", CASARANO);
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("la variabile d'ambiente PIANOZONA_LANG vale 'fr'"), r.err());
    assertTrue(r.err().contains("the environment variable PIANOZONA_LANG is 'fr'"), r.err());
  }

  static List<List<String>> everyHelp() {
    List<List<String>> all = new ArrayList<>();
    all.add(List.of());
    COMMANDS.forEach(c -> all.add(List.of(c)));
    return all;
  }

  static String[] args(List<String> command, String... more) {
    return Stream.concat(command.stream(), Stream.of(more)).toArray(String[]::new);
  }

  @Test
  void everyHelpReadsInItalianByDefault() {
    for (List<String> command : everyHelp()) {
      PianoZonaCliTest.Run r = run(args(command, "--help"));
      assertEquals(0, r.code(), command + ": " + r.err());
      String help = r.out();
      assertTrue(help.startsWith("Uso: pianozona "), help);
      assertTrue(help.contains("\nOpzioni:\n"), help);
      assertTrue(help.contains("Mostra questo aiuto ed esce."), help);
      assertTrue(help.contains("--lang=LINGUA"), help);
      assertTrue(help.contains("Codici di uscita:"), help);
      assertTrue(help.contains("Esemp"), help);
      assertFalse(help.contains("${"), help);
      assertFalse(help.contains("Usage"), help);
      assertItalian(help);
    }
    assertTrue(run("--help").out().contains("\nComandi:\n"));
    assertTrue(run("validate", "--help").out().contains("\nParametri:\n      FILE..."));
    assertTrue(run("diff", "--help").out().contains("PRECEDENTE NUOVO"));
  }

  @Test
  void everyHelpReadsInEnglishWithLangEnOrTheVariable() {
    for (List<String> command : everyHelp()) {
      PianoZonaCliTest.Run r = run(args(command, "--lang", "en", "--help"));
      assertEquals(0, r.code(), command + ": " + r.err());
      String help = r.out();
      assertTrue(help.startsWith("Usage: pianozona "), help);
      assertTrue(help.contains("\nOptions:\n"), help);
      assertTrue(help.contains("--lang=LANG"), help);
      assertTrue(help.contains("Exit codes:"), help);
      assertFalse(help.contains("${"), help);
      assertEnglish(help);
      assertEquals(help, runWith(ENGLISH_ENVIRONMENT, args(command, "--help")).out(), "variable");
      if (!command.isEmpty()) {
        assertEquals(help, run("--lang", "en", command.get(0), "--help").out(), "before command");
      }
    }
  }

  @Test
  void aLangBeforeTheCommandAppliesToTheCommand() {
    assertTrue(run("--lang", "en", "validate", CASARANO).out().contains("Score: "));
    assertTrue(runWith(ENGLISH_ENVIRONMENT, "validate", CASARANO).out().contains("Score: "));
    assertTrue(run("validate", CASARANO).out().contains("Punteggio: "));
  }

  @Test
  void theVersionHasNoEnglishInItalian() {
    PianoZonaCliTest.Run r = run("--version");
    assertEquals(0, r.code());
    assertFalse(r.out().contains("development"), r.out());
  }

  @Test
  void everyCommandOptionAndParameterIsDescribedInBothLanguages() {
    for (Language language : Language.values()) {
      List<CommandSpec> specs = new ArrayList<>();
      CommandLine root = PianoZonaCli.commandLine(language);
      specs.add(root.getCommandSpec());
      root.getSubcommands().values().forEach(c -> specs.add(c.getCommandSpec()));
      for (CommandSpec spec : specs) {
        String where = language + " " + spec.qualifiedName();
        assertTrue(spec.usageMessage().description().length > 0, where);
        assertTrue(spec.usageMessage().footer().length > 0, where);
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec arg : args) {
          String name = where + " " + arg;
          assertTrue(
              arg.description().length > 0 && !arg.description()[0].isBlank(),
              "described: " + name);
          assertFalse(arg.paramLabel().contains("${"), "label: " + name);
        }
      }
    }
  }

  @Test
  void bothHelpBundlesHaveTheSameKeys() {
    List<String> it = new ArrayList<>(Texts.help(Language.IT).keySet());
    List<String> en = new ArrayList<>(Texts.help(Language.EN).keySet());
    Collections.sort(it);
    Collections.sort(en);
    assertEquals(it, en);
    // MessageBundle refuses two languages with different keys; loading it is the check.
    assertTrue(Texts.messages().keys().contains("usage.seeHelp"));
  }

  @Test
  void theMessagesTheCodeNamesAreExactlyThoseInTheBundle() throws IOException {
    // Every message key is a literal "group.name" in the sources, and no other literal looks so.
    Pattern literal = Pattern.compile("\"([a-z]+\\.[a-zA-Z]+)\"");
    Set<String> named = new TreeSet<>();
    try (Stream<Path> sources = Files.list(Path.of("src/main/java/it/pianozona/cli"))) {
      for (Path source : sources.toList()) {
        Matcher m = literal.matcher(Files.readString(source));
        while (m.find()) {
          named.add(m.group(1));
        }
      }
    }
    assertEquals(new TreeSet<>(Texts.messages().keys()), named);
  }

  @Test
  void aMistypedCommandIsAnItalianErrorWithASuggestionAndExitTwo() {
    PianoZonaCliTest.Run r = run("valdate", CASARANO);
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(
        r.err().startsWith("pianozona: comando sconosciuto: 'valdate'; si intendeva forse"),
        r.err());
    assertTrue(r.err().contains("pianozona validate"), r.err());
    assertTrue(r.err().contains("(vedi 'pianozona --help')"), r.err());
    assertItalian(r.err());
    PianoZonaCliTest.Run en = run("--lang", "en", "valdate");
    assertEquals(2, en.code());
    assertTrue(en.err().contains("unknown command: 'valdate'; did you mean"), en.err());
    assertTrue(en.err().contains("(see 'pianozona --help')"), en.err());
  }

  @Test
  void aMistypedOptionIsAnItalianErrorWithASuggestionAndExitTwo() {
    PianoZonaCliTest.Run r = run("validate", "--formt", "html", CASARANO);
    assertEquals(2, r.code());
    assertEquals("", r.out());
    assertEquals(
        "pianozona: opzione sconosciuta: '--formt'; si intendeva forse --format?"
            + " (vedi 'pianozona validate --help')",
        r.err().strip());
    assertEquals(
        "pianozona: unknown option: '--formt'; did you mean --format?"
            + " (see 'pianozona validate --help')",
        runWith(ENGLISH_ENVIRONMENT, "validate", "--formt", "html", CASARANO).err().strip());
  }

  @Test
  void theCommonUsageErrorsAreItalianToo() {
    Map<List<String>, String> cases =
        Map.ofEntries(
            Map.entry(List.of("validate"), "manca il parametro obbligatorio FILE"),
            Map.entry(List.of("diff", "a.yaml"), "manca il parametro obbligatorio NUOVO"),
            Map.entry(List.of("validate", "--format"), "manca il valore dell'opzione --format"),
            Map.entry(
                List.of("validate", "--format", "--lang", "it", CASARANO),
                "l'opzione --format richiede un valore (FORMATO), ma è seguita da '--lang'"),
            Map.entry(
                List.of("validate", "--format", "pdf", CASARANO),
                "valore non valido per --format: 'pdf'; valori ammessi: text, json, markdown,"
                    + " html, sarif"),
            Map.entry(List.of("batch", "--jobs", "molti", "."), "'molti' non è un numero intero"),
            Map.entry(List.of("batch", "--jobs", "0", "."), "atteso un numero da 1 a 256"),
            Map.entry(List.of("explain", "A", "B"), "argomento non previsto: 'B'"),
            Map.entry(
                List.of("validate", "--output", "a.html", "--output", "b.html", CASARANO),
                "l'opzione --output può essere indicata una sola volta"),
            Map.entry(List.of(), "occorre indicare un comando"));
    for (Map.Entry<List<String>, String> c : cases.entrySet()) {
      PianoZonaCliTest.Run r = run(c.getKey().toArray(String[]::new));
      assertEquals(2, r.code(), c.getKey() + ": " + r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertTrue(r.err().startsWith("pianozona: "), r.err());
      assertTrue(r.err().contains(c.getValue()), c.getKey() + ": " + r.err());
      assertTrue(r.err().contains("(vedi 'pianozona"), r.err());
      for (String english : List.of("Missing", "Unknown", "Invalid", "Expected", "Unmatched")) {
        assertFalse(r.err().contains(english), r.err());
      }
      assertItalian(r.err());
    }
  }

  @Test
  void aRealProcessFollowsTheVariableWhateverTheDefaultLocale() throws Exception {
    assertTrue(process(Map.of(), "validate", "--help").startsWith("Uso: pianozona validate"));
    assertTrue(
        process(ENGLISH_ENVIRONMENT, "validate", "--help").startsWith("Usage: pianozona validate"));
  }

  /** Runs the command line in a JVM of its own, in a French default locale, and returns stdout. */
  static String process(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Duser.language=fr",
            "-Duser.country=FR",
            "-cp",
            System.getProperty("java.class.path"),
            PianoZonaCli.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove(Languages.VARIABLE);
    builder.environment().putAll(env);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process ends");
    assertEquals(0, process.exitValue(), out);
    return out;
  }
}
