package it.pianozona.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Area;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FundingSourceInfo;
import it.pianozona.core.framework.LepsInfo;
import it.pianozona.core.framework.Objective;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.national.NationalRules;
import it.pianozona.core.scoring.CriterionScore;
import it.pianozona.core.validation.LegalBasis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command, in every format a person reads, on every bundled plan, in both languages: no
 * English sentence in Italian output, no Italian sentence in English output, no decimal point in an
 * Italian number or decimal comma in an English one, and no "1" before a plural noun.
 *
 * <p>How a sentence is told to be in the wrong language: it contains a function word of the other
 * language (lists below), once the text that is rightly in Italian in either language is taken out.
 * That allowlist is documented here and nowhere else:
 *
 * <ul>
 *   <li>every string of the plan documents themselves (titles, names, notes: user data, never
 *       translated);
 *   <li>the acts' titles and articles of every legal basis, the frameworks' titles, and the titles
 *       of areas, objectives, LEPS and funding sources in the catalogues (official names);
 *   <li>quoted source text (between {@code "..."}, {@code «...»} or single quotes that open after a
 *       space) and web addresses;
 *   <li>the proper names of the bodies and instruments of Italian social planning in {@link
 *       #PROPER_NAMES}.
 * </ul>
 */
class LanguageAuditTest {

  static final PianoZona PZ = PianoZona.create();

  /** English words that never occur in Italian prose. */
  static final Set<String> ENGLISH =
      Set.of(
          "the", "and", "of", "with", "is", "are", "which", "this", "that", "from", "has", "have",
          "been", "was", "were", "only", "must", "should", "for", "by", "its", "their", "be", "not",
          "or", "what", "where", "when", "than", "but", "into", "each", "every");

  /** Italian words that never occur in English prose. */
  static final Set<String> ITALIAN =
      Set.of(
          "il", "lo", "gli", "della", "delle", "dei", "degli", "dello", "nella", "nelle", "nel",
          "negli", "alla", "alle", "agli", "allo", "che", "non", "sono", "è", "ed", "una", "uno",
          "con", "tra", "fra", "questo", "questa", "ogni", "su", "sulla", "dal", "dalla", "perché",
          "anche", "oppure", "ancora", "hanno", "deve", "viene");

  /** Institutional proper names that stay Italian in English text. */
  static final List<String> PROPER_NAMES =
      List.of(
          "Piano Sociale di Zona",
          "Piano sociale di zona",
          "Piani Sociali di Zona",
          "Piano di Zona",
          "Piani di Zona",
          "piani di zona",
          "Piano Intercomunale",
          "Ufficio di Piano",
          "Coordinamento Istituzionale",
          "Conferenza dei Sindaci",
          "Assemblea dei Sindaci",
          "Conferenza di Servizi",
          "Accordo di programma",
          "Accordo di Programma",
          "Porta Unica di Accesso",
          "Dopo di Noi",
          "Tavolo di concertazione",
          "Ambito Territoriale Sociale",
          "Ambito di",
          "Comune di");

  static final Pattern WORD = Pattern.compile("\\p{L}+(?:['-]\\p{L}+)*");
  static final Pattern QUOTED =
      Pattern.compile("\"[^\"\\n]*\"|«[^»\\n]*»|“[^”\\n]*”|(?<=[\\s(])'[^'\\n]+'(?!\\p{L})");
  static final Pattern URL = Pattern.compile("https?://\\S+|[\\w.-]+\\.(?:it|eu|com|org)/\\S*");
  static final Pattern TRUNCATED = Pattern.compile("([^…\\n]{3,})…");
  static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+(?:-[A-Z]+)?");
  static final Pattern IT_DECIMAL_POINT = Pattern.compile("(?<![\\d.,])\\d+\\.\\d{1,2}(?![\\d.])");
  static final Pattern EN_DECIMAL_COMMA = Pattern.compile("(?<![\\d.,])\\d+,\\d{1,2}(?![\\d,])");
  static final Pattern IT_ONE_PLURAL =
      Pattern.compile(
          "(?<![\\d.,])1 (errori|avvertenze|informazioni|problemi|piani|momenti|fasi|aree|obiettivi"
              + "|contenuti|voci|anni|interventi|assistenti|partecipanti|rilievi|regole|comuni"
              + "|aggiunti|rimossi|modificati|invariati|comparsi|risolti)\\b");
  static final Pattern EN_ONE_PLURAL =
      Pattern.compile(
          "(?<![\\d.,])1 (errors|warnings|notes|problems|plans|events|stages|areas|objectives"
              + "|entries|years|interventions|workers|participants|findings|rules|comuni)\\b");

  static List<Path> plans;
  static List<String> allowlist;

  @BeforeAll
  static void collectPlansAndOfficialText() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("../examples/plans"))) {
      plans = files.filter(p -> p.toString().matches(".*\\.ya?ml$")).sorted().toList();
    }
    Set<String> allowed = new LinkedHashSet<>(PROPER_NAMES);
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    for (Path plan : plans) {
      strings(yaml.readTree(plan.toFile()), allowed);
      Evaluation e = PZ.evaluate(PZ.read(plan).plan());
      for (CriterionScore c : e.score().criteria()) {
        basis(c.basis(), allowed);
      }
    }
    for (Framework f : PZ.frameworks().frameworks()) {
      allowed.add(f.title());
      basis(f.adoptedBy(), allowed);
      for (Area a : f.catalogue().areas()) {
        allowed.add(a.title());
        a.shortTitle().ifPresent(allowed::add);
        basis(a.source(), allowed);
      }
      for (Objective o : f.catalogue().objectives()) {
        allowed.add(o.title());
      }
      for (FundingSourceInfo s : f.catalogue().fundingSources()) {
        allowed.add(s.name());
      }
      for (Rule r : PianoZona.rulesOf(f)) {
        basis(r.descriptor().legalBasis(), allowed);
      }
      f.parameters().all().forEach(p -> basis(p.reference(), allowed));
    }
    for (LepsInfo l : NationalRules.reference().leps()) {
      allowed.add(l.title());
      basis(l.source(), allowed);
    }
    NationalRules.reference().fundingSources().forEach(s -> allowed.add(s.name()));
    NationalRules.reference().parameters().all().forEach(p -> basis(p.reference(), allowed));
    allowed.removeIf(s -> s.isBlank() || s.length() < 4);
    allowlist =
        allowed.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  private static void basis(LegalBasis b, Set<String> allowed) {
    allowed.add(b.act());
    allowed.add(b.citation());
    if (!b.article().isEmpty()) {
      allowed.add(b.article());
    }
  }

  private static void strings(JsonNode node, Set<String> out) {
    if (node.isTextual()) {
      out.add(node.asText());
    }
    node.forEach(child -> strings(child, out));
  }

  @Test
  void everyCommandSpeaksOnlyTheChosenLanguage(@TempDir Path dir) throws IOException {
    List<String> problems = new ArrayList<>();
    for (String lang : new String[] {"it", "en"}) {
      for (Path plan : plans) {
        String name = plan.getFileName().toString();
        for (String format : new String[] {"text", "markdown", "html", "sarif"}) {
          Path out = dir.resolve(lang + "-" + name + "." + format);
          PianoZonaCliTest.Run r =
              PianoZonaCliTest.run(
                  "validate",
                  "--format",
                  format,
                  "--lang",
                  lang,
                  "--output",
                  out.toString(),
                  plan.toString());
          assertTrue(r.code() <= 1, r.err());
          String text = Files.readString(out, StandardCharsets.UTF_8);
          audit(
              "validate " + format + " " + name,
              lang,
              format.equals("html")
                  ? htmlText(text)
                  : format.equals("sarif") ? sarifText(text) : text,
              problems);
        }
        audit("score " + name, lang, run("score", "--lang", lang, plan.toString()), problems);
      }
      for (int i = 0; i + 1 < plans.size(); i++) {
        audit(
            "diff " + plans.get(i).getFileName() + " " + plans.get(i + 1).getFileName(),
            lang,
            run("diff", "--lang", lang, plans.get(i).toString(), plans.get(i + 1).toString()),
            problems);
      }
      audit("frameworks", lang, run("frameworks", "--lang", lang), problems);
      Set<String> codes = new TreeSet<>();
      PZ.frameworks()
          .frameworks()
          .forEach(f -> PianoZona.rulesOf(f).forEach(r -> codes.add(r.descriptor().code())));
      for (String code : codes) {
        audit("explain " + code, lang, run("explain", "--lang", lang, code), problems);
      }
      Path batch = dir.resolve("batch-" + lang);
      PianoZonaCliTest.Run b =
          PianoZonaCliTest.run(
              "batch",
              "--progress",
              "none",
              "--lang",
              lang,
              "--output",
              batch.toString(),
              "../examples/plans");
      assertTrue(b.code() <= 1, b.err());
      audit("batch", lang, b.out(), problems);
      audit(
          "batch index.html",
          lang,
          htmlText(Files.readString(batch.resolve("index.html"), StandardCharsets.UTF_8)),
          problems);
    }
    // The whole list, for whoever fixes them; the assertion shows the first 80.
    Files.write(Path.of("target/language-audit.txt"), problems, StandardCharsets.UTF_8);
    assertEquals(
        "",
        String.join("\n", problems.subList(0, Math.min(problems.size(), 80))),
        problems.size() + " passages in the wrong language or format");
  }

  @Test
  void theAuditCatchesWhatItLooksFor() {
    List<String> found = new ArrayList<>();
    audit("t", "it", "Il piano copre 15.5% delle risorse", found);
    audit("t", "it", "Rilievi: 1 errori", found);
    audit("t", "it", "Perché questo peso: the plan is complete", found);
    audit("t", "en", "The share is 15,5%", found);
    audit("t", "en", "Findings: 1 errors", found);
    audit("t", "en", "The plan non prevede nulla", found);
    assertEquals(6, found.size(), String.join("\n", found));
    List<String> none = new ArrayList<>();
    audit("t", "it", "Popolazione: 83.087 abitanti, 20,78 assistenti, 1 errore, 2 errori", none);
    audit("t", "en", "Population: 83,087 residents, 20.78 workers, 1 error, 2 errors", none);
    audit("t", "en", "Body: Ufficio di Piano, \"con la piena partecipazione\"", none);
    assertEquals(List.of(), none);
  }

  private static String run(String... args) {
    PianoZonaCliTest.Run r = PianoZonaCliTest.run(args);
    assertTrue(r.code() <= 1, String.join(" ", args) + ": " + r.err());
    return r.out();
  }

  /** Checks each line of one output; adds a located description of each problem. */
  static void audit(String what, String lang, String output, List<String> problems) {
    boolean italian = lang.equals("it");
    for (String raw : output.split("\n")) {
      String line = clean(raw);
      Matcher m = WORD.matcher(line);
      Set<String> wrong = new TreeSet<>();
      while (m.find()) {
        String w = m.group().toLowerCase(Locale.ROOT);
        if ((italian ? ENGLISH : ITALIAN).contains(w)) {
          wrong.add(w);
        }
      }
      if (!wrong.isEmpty()) {
        problems.add(lang + " " + what + ": " + wrong + " in: " + raw.strip());
      }
      Matcher number = (italian ? IT_DECIMAL_POINT : EN_DECIMAL_COMMA).matcher(line);
      if (number.find()) {
        problems.add(lang + " " + what + ": number '" + number.group() + "' in: " + raw.strip());
      }
      Matcher plural = (italian ? IT_ONE_PLURAL : EN_ONE_PLURAL).matcher(line);
      if (plural.find()) {
        problems.add(lang + " " + what + ": '" + plural.group() + "' in: " + raw.strip());
      }
    }
  }

  /** The line without the text that is rightly in Italian in either language. */
  static String clean(String line) {
    String s = URL.matcher(line).replaceAll(" ");
    s = QUOTED.matcher(s).replaceAll(" ");
    for (String allowed : allowlist) {
      if (s.contains(allowed)) {
        s = s.replace(allowed, " ");
      }
    }
    s = TRUNCATED.matcher(s).replaceAll(m -> truncatedOfficial(m.group(1)) ? " " : m.group());
    return VERSION.matcher(s).replaceAll(" ");
  }

  /** Whether text cut short for a chart label ("A2 Politiche familiari e…") is official text. */
  private static boolean truncatedOfficial(String text) {
    String t = text.strip();
    String withoutCode = t.contains(" ") ? t.substring(t.indexOf(' ') + 1) : t;
    return allowlist.stream().anyMatch(a -> a.startsWith(t) || a.startsWith(withoutCode));
  }

  /** The text a reader sees on an HTML page: no scripts, styles or tags, entities decoded. */
  static String htmlText(String html) {
    return html.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")
        .replaceAll("<[^>]+>", "\n")
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&");
  }

  /** The texts a SARIF viewer shows: every {@code text} and {@code markdown} of the log. */
  static String sarifText(String sarif) throws IOException {
    StringBuilder s = new StringBuilder();
    collect(new ObjectMapper().readTree(sarif), s);
    return s.toString();
  }

  private static void collect(JsonNode node, StringBuilder out) {
    node.fields()
        .forEachRemaining(
            e -> {
              if ((e.getKey().equals("text") || e.getKey().equals("markdown"))
                  && e.getValue().isTextual()) {
                out.append(e.getValue().asText()).append('\n');
              } else {
                collect(e.getValue(), out);
              }
            });
    if (node.isArray()) {
      node.forEach(child -> collect(child, out));
    }
  }
}
