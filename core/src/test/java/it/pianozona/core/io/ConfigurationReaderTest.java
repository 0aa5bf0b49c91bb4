package it.pianozona.core.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.config.Configuration;
import it.pianozona.core.config.ConfiguredSuppression;
import it.pianozona.core.config.ParameterOverride;
import it.pianozona.core.config.RuleSelector;
import it.pianozona.core.config.RuleSetting;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.Pointer;
import it.pianozona.core.validation.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationReaderTest {

  @TempDir Path dir;

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve(Configuration.FILE_NAME);
    Files.writeString(file, yaml, UTF_8);
    return file;
  }

  private DocumentException refused(String yaml) throws IOException {
    Path file = write(yaml);
    return assertThrows(DocumentException.class, () -> ConfigurationReader.read(file));
  }

  @Test
  void readsEveryPartOfTheFormat() throws IOException {
    Files.writeString(dir.resolve("catalogo.yaml"), "formatVersion: 1\n", UTF_8);
    Path file =
        write(
            """
            language: en
            rules:
              - code: NAT-CNT-011
                severity: info
                reason: "Bozza in lavorazione"
              - tag: vocabulary
                severity: off
            parameters:
              - id: contents-min-length
                framework: molise-test-2022-2024
                value: 20
                validFrom: 2022-01-01
                validTo: 2024-12-31
                reason: "Sezioni più lunghe"
                reference: "Delibera n. 12/2025"
              - id: municipal-cofinancing-base
                codes: [fnps, fondo-poverta]
                validFrom: 2022-01-01
                reason: "Base d'ufficio"
            catalogues: [catalogo.yaml]
            suppressions:
              - plan: puglia-casarano-2022-2024
                code: PUG-V-CNT-002
                pointer: /contents/costSharing
                reason: "Accordo in firma"
                by: "Ufficio di Piano"
                date: 2025-03-01
            """);
    Configuration c = ConfigurationReader.read(file);
    assertEquals(Optional.of(file), c.file());
    assertEquals(Optional.of(Language.EN), c.language());
    RuleSetting first = c.rules().get(0);
    assertEquals(RuleSelector.code("NAT-CNT-011"), first.selector());
    assertEquals(Optional.of(Severity.INFO), first.severity());
    assertEquals(Optional.of("Bozza in lavorazione"), first.reason());
    assertEquals(Pointer.of("rules", 0), first.at());
    RuleSetting second = c.rules().get(1);
    assertEquals(RuleSelector.tag("vocabulary"), second.selector());
    assertTrue(second.off());
    assertEquals(Optional.empty(), second.reason());

    ParameterOverride number = c.parameters().get(0);
    assertEquals("contents-min-length", number.id());
    assertEquals(Optional.of("molise-test-2022-2024"), number.framework());
    assertEquals(0, new BigDecimal(20).compareTo(number.value().orElseThrow().value()));
    assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), number.validTo());
    assertEquals("Sezioni più lunghe", number.reason());
    assertEquals("Delibera n. 12/2025", number.value().orElseThrow().reference().act());
    ParameterOverride list = c.parameters().get(1);
    assertEquals(List.of("fnps", "fondo-poverta"), list.codes().orElseThrow().codes());
    // Without a reference, the new value rests on the configuration file itself.
    assertEquals(file.toString(), list.codes().orElseThrow().reference().act());

    assertEquals(List.of(dir.toAbsolutePath().resolve("catalogo.yaml")), c.catalogues());
    ConfiguredSuppression s = c.suppressions().get(0);
    assertEquals("puglia-casarano-2022-2024", s.plan());
    assertEquals("PUG-V-CNT-002", s.suppression().code());
    assertEquals("/contents/costSharing", s.suppression().pointer());
    assertEquals(Optional.of("Ufficio di Piano"), s.suppression().by());
    assertEquals(Optional.of(LocalDate.of(2025, 3, 1)), s.suppression().date());
    assertEquals(Pointer.of("suppressions", 0), s.at());
  }

  @Test
  void anEmptyFileOrOneWithCommentsOnlyChangesNothing() throws IOException {
    Configuration c = ConfigurationReader.read(write("# configurazione dell'ufficio\n"));
    assertTrue(c.isEmpty());
    assertTrue(c.file().isPresent());
  }

  @Test
  void anUnknownKeyIsLocatedWithASuggestionInBothLanguages() throws IOException {
    DocumentException e = refused("language: it\nrulez:\n  - code: NAT-CNT-011\n");
    DocumentProblem p = e.problems().get(0);
    assertEquals("PZ-DOC-030", p.code());
    assertEquals(2, p.line());
    assertEquals(Pointer.of("rulez"), p.pointer());
    assertTrue(p.render(Language.EN).contains("did you mean 'rules'?"), p.render(Language.EN));
    assertTrue(p.render(Language.IT).contains("forse si intendeva 'rules'?"), p::toString);
    assertTrue(p.render(Language.IT).contains("in una configurazione di progetto"), p::toString);
  }

  @Test
  void aMistypedSeverityGetsASuggestion() throws IOException {
    DocumentException e = refused("rules:\n  - code: NAT-CNT-011\n    severity: warnig\n");
    DocumentProblem p = e.problems().get(0);
    assertEquals("PZ-DOC-115", p.code());
    assertEquals(3, p.line());
    assertEquals(Pointer.of("rules", 0, "severity"), p.pointer());
    assertTrue(p.render(Language.EN).contains("did you mean 'warning'?"), p::toString);
  }

  @Test
  void aRuleSettingNamesACodeOrATagExactlyOnce() throws IOException {
    DocumentException both =
        refused("rules:\n  - code: NAT-CNT-011\n    tag: contents\n    severity: info\n");
    assertEquals("PZ-DOC-114", both.problems().get(0).code());
    assertEquals(Pointer.of("rules", 0), both.problems().get(0).pointer());
    DocumentException neither = refused("rules:\n  - severity: info\n");
    assertEquals("PZ-DOC-114", neither.problems().get(0).code());
    DocumentException noSeverity = refused("rules:\n  - code: NAT-CNT-011\n");
    assertEquals("PZ-DOC-031", noSeverity.problems().get(0).code());
  }

  @Test
  void aParameterOverrideWithoutReasonIsRefused() throws IOException {
    DocumentException e =
        refused(
            "parameters:\n  - id: contents-min-length\n    value: 5\n    validFrom: 2022-01-01\n");
    DocumentProblem p = e.problems().get(0);
    assertEquals("PZ-DOC-031", p.code());
    assertEquals(Pointer.of("parameters", 0, "reason"), p.pointer());
    assertTrue(p.render(Language.EN).contains("'reason'"), p::toString);
  }

  @Test
  void badAndOverlappingDatesAreRefused() throws IOException {
    DocumentException bad =
        refused("parameters:\n  - id: x\n    value: 5\n    validFrom: 2022-13-01\n    reason: r\n");
    assertEquals("PZ-DOC-053", bad.problems().get(0).code());
    DocumentException reversed =
        refused(
            "parameters:\n  - id: x\n    value: 5\n    validFrom: 2022-01-01\n"
                + "    validTo: 2021-01-01\n    reason: r\n");
    assertEquals("PZ-DOC-074", reversed.problems().get(0).code());
    DocumentException overlap =
        refused(
            "parameters:\n"
                + "  - {id: x, value: 5, validFrom: 2022-01-01, reason: r}\n"
                + "  - {id: x, value: 6, validFrom: 2023-01-01, reason: r}\n");
    assertEquals("PZ-DOC-075", overlap.problems().get(0).code());
    assertEquals(Pointer.of("parameters", 1, "validFrom"), overlap.problems().get(0).pointer());
  }

  @Test
  void overridesOfTwoFrameworksMayShareTheirDays() throws IOException {
    Configuration c =
        ConfigurationReader.read(
            write(
                "parameters:\n"
                    + "  - {id: x, framework: a, value: 5, validFrom: 2022-01-01, reason: r}\n"
                    + "  - {id: x, framework: b, value: 6, validFrom: 2022-01-01, reason: r}\n"));
    assertEquals(2, c.parameters().size());
  }

  @Test
  void aParameterOverrideGivesAValueOrCodes() throws IOException {
    DocumentException e = refused("parameters:\n  - {id: x, validFrom: 2022-01-01, reason: r}\n");
    assertEquals("PZ-DOC-117", e.problems().get(0).code());
  }

  @Test
  void aSuppressionWithoutReasonOrPlanIsRefused() throws IOException {
    DocumentException e =
        refused(
            "suppressions:\n  - code: NAT-CNT-011\n    pointer: /contents\n"
                + "  - plan: p\n    code: NAT-CNT-011\n    pointer: contents\n    reason: r\n");
    List<String> codes = e.problems().stream().map(DocumentProblem::code).toList();
    assertEquals(List.of("PZ-DOC-031", "PZ-DOC-031", "PZ-DOC-125"), codes);
    assertEquals(Pointer.of("suppressions", 0, "plan"), e.problems().get(0).pointer());
    assertEquals(Pointer.of("suppressions", 0, "reason"), e.problems().get(1).pointer());
  }

  @Test
  void aMissingCatalogueFileIsLocatedInTheConfiguration() throws IOException {
    DocumentException e = refused("catalogues:\n  - manca.yaml\n");
    DocumentProblem p = e.problems().get(0);
    assertEquals("PZ-DOC-118", p.code());
    assertEquals(2, p.line());
    assertTrue(p.render(Language.IT).contains("manca.yaml"), p::toString);
  }

  @Test
  void aBadLanguageGetsASuggestion() throws IOException {
    DocumentException e = refused("language: itt\n");
    assertEquals("PZ-DOC-116", e.problems().get(0).code());
    assertTrue(e.problems().get(0).render(Language.EN).contains("did you mean 'it'?"));
    assertFalse(e.message(Language.IT).isBlank());
  }

  @Test
  void jsonIsReadToo() throws IOException {
    Path file = dir.resolve("config.json");
    Files.writeString(
        file, "{\"rules\": [{\"tag\": \"vocabulary\", \"severity\": \"off\"}]}", UTF_8);
    assertTrue(ConfigurationReader.read(file).rules().get(0).off());
  }

  @Test
  void aMissingFileIsOneProblem() {
    DocumentException e =
        assertThrows(
            DocumentException.class, () -> ConfigurationReader.read(dir.resolve("none.yaml")));
    assertEquals("PZ-DOC-004", e.problems().get(0).code());
  }
}
