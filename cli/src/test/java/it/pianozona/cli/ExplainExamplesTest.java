package it.pianozona.cli;

import static it.pianozona.cli.PianoZonaCliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.pianozona.core.Check;
import it.pianozona.core.PianoZona;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.Finding;
import it.pianozona.report.RuleReport;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** explain shows templates with named slots and each rule's finding on a real example plan. */
class ExplainExamplesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NUMBERED = Pattern.compile("\\{\\d+[,}]");

  private static JsonNode json(String... args) throws Exception {
    PianoZonaCliTest.Run r = run(args);
    assertEquals(0, r.code(), r.err());
    return JSON.readTree(r.out());
  }

  @Test
  void theJarCarriesEveryExamplePlan() throws Exception {
    List<String> files =
        BundledPlansTest.plans().map(p -> p.getFileName().toString()).sorted().toList();
    assertEquals(files, ExamplePlans.names());
    assertEquals(files.size(), ExamplePlans.read(PianoZona.create().reader()).size());
  }

  @Test
  void noExplanationShowsANumberedPlaceholderAndEachHasAnExampleLine() {
    for (RuleReport.RuleExplanation rule : RuleReport.all(PianoZona.create())) {
      String code = rule.descriptor().code();
      for (Language language : Language.values()) {
        PianoZonaCliTest.Run r = run("explain", "--lang", language.code(), code);
        assertEquals(0, r.code(), code + ": " + r.err());
        assertFalse(NUMBERED.matcher(r.out()).find(), r.out());
        String label = language == Language.IT ? "\n  Esempio: " : "\n  Example: ";
        assertTrue(r.out().contains(label), r.out());
      }
    }
  }

  @Test
  void explainNamesTheSlotsOfNatLeps002InBothLanguages() {
    String it = run("explain", "NAT-LEPS-002").out();
    assertTrue(
        it.contains(
            "  Il rilievo dice: Il LEPS è raggiunto, ma con {assistenti} assistenti sociali per"
                + " {abitanti} abitanti l'obiettivo di servizio (1 ogni {rapporto}) ne richiede"
                + " {richiesti}.\n"),
        it);
    String en = run("explain", "--lang", "en", "NAT-LEPS-002").out();
    assertTrue(
        en.contains(
            "  The finding reads: The LEPS is met, but with {social-workers} social workers for"
                + " {residents} residents the service objective (1 per {ratio}) needs {needed}.\n"),
        en);
  }

  /**
   * For every rule, the example is what {@code validate} reports on the plan it names (same
   * pointer, line, column and message), and a rule has an example exactly when it fires on some
   * example plan.
   */
  @Test
  void everyExampleIsWhatValidateReportsOnThatPlan() throws Exception {
    PianoZona pz = PianoZona.create();
    Set<String> fired = new HashSet<>();
    for (Path plan : BundledPlansTest.plans().toList()) {
      Check check = pz.check(plan);
      check.checked().orElseThrow().evaluation().report().findings().stream()
          .map(Finding::code)
          .forEach(fired::add);
    }
    assertTrue(fired.contains("NAT-LEPS-002") && fired.contains("PUG-V-GOV-005"), fired.toString());
    Map<String, JsonNode> validated = new HashMap<>();
    for (RuleReport.RuleExplanation rule : RuleReport.all(pz)) {
      String code = rule.descriptor().code();
      for (Language language : List.of(Language.IT, Language.EN)) {
        JsonNode e =
            json("explain", "--format", "json", "--lang", language.code(), code).get("example");
        if (!fired.contains(code)) {
          assertTrue(e.isNull(), code + ": " + e);
          continue;
        }
        assertTrue(e.isObject(), code + " fires on an example plan but has no example");
        String file = "../" + e.get("file").asText();
        JsonNode report =
            validated.computeIfAbsent(
                file + " " + language,
                k -> {
                  try {
                    return json("validate", "--format", "json", "--lang", language.code(), file);
                  } catch (Exception x) {
                    throw new AssertionError(x);
                  }
                });
        JsonNode finding = null;
        for (JsonNode f : report.get("findings")) {
          if (f.get("code").asText().equals(code)) {
            finding = f;
            break;
          }
        }
        assertTrue(finding != null, code + " not reported on " + file);
        assertEquals(finding.get("pointer"), e.get("pointer"), code);
        assertEquals(finding.get("line"), e.get("line"), code);
        assertEquals(finding.get("column"), e.get("column"), code);
        assertEquals(finding.get("message"), e.get("message"), code);
      }
    }
  }

  @Test
  void theTextExampleNamesThePlaceAndReadsAsValidatePrintsIt() {
    String validate =
        run("validate", "../examples/plans/puglia-casarano-2022-2024.yaml")
            .out()
            .replace("../examples/plans/", "examples/plans/");
    String explain = run("explain", "PUG-V-GOV-005").out();
    List<String> lines = explain.lines().toList();
    int at =
        lines.indexOf(lines.stream().filter(l -> l.startsWith("  Esempio: ")).findFirst().get());
    String where = lines.get(at).substring("  Esempio: ".length()).replaceAll(" \\(quadro .*", "");
    String message = lines.get(at + 1).strip();
    assertTrue(
        where.startsWith("examples/plans/puglia-casarano-2022-2024.yaml:"), "first in file order");
    assertTrue(validate.contains("PUG-V-GOV-005  " + where + "\n"), validate + "\n" + where);
    assertTrue(validate.contains("          " + message + "\n"), message);
  }
}
