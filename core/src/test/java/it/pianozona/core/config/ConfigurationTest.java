package it.pianozona.core.config;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.DatedParameter;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.Locations;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.io.DocumentException;
import it.pianozona.core.io.DocumentProblem;
import it.pianozona.core.model.Plan;
import it.pianozona.core.national.NationalRules;
import it.pianozona.core.testing.Plans;
import it.pianozona.core.testing.TestFrameworks;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.Finding;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.Pointer;
import it.pianozona.core.validation.RuleDescriptor;
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

/** A configuration built in code or read from a file, checked against the installed rules. */
class ConfigurationTest {

  @TempDir Path dir;

  /** A rule that always reports, so that the tests tune a rule that really finds something. */
  static final class AlwaysRule implements Rule {
    @Override
    public RuleDescriptor descriptor() {
      return RuleDescriptor.of(
          "TEST-CNT-001", Severity.WARNING, TestFrameworks.TEST_ACT, NationalRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      context.report(Locations.plan(context.plan()));
    }
  }

  static final List<Framework> FRAMEWORKS =
      List.of(TestFrameworks.molise(List.of(new AlwaysRule())));

  private static PianoZona with(Configuration c) {
    return PianoZona.builder().frameworks(FRAMEWORKS).configuration(c).build();
  }

  private static Plan plan() {
    return Plans.validPlan();
  }

  /** The finding the plan gets untuned. */
  private static Finding someFinding() {
    List<Finding> findings =
        PianoZona.builder().frameworks(FRAMEWORKS).build().evaluate(plan()).report().findings();
    return findings.stream().filter(f -> f.code().equals("TEST-CNT-001")).findFirst().get();
  }

  @Test
  void aReGradedRuleReportsAtItsNewSeverityAndTheTuningSaysSo() {
    Finding f = someFinding();
    Severity other = f.severity() == Severity.INFO ? Severity.ERROR : Severity.INFO;
    Configuration c =
        Configuration.builder().rule(RuleSelector.code(f.code()), other, "prova").build();
    Evaluation e = with(c).evaluate(plan());
    Finding tuned =
        e.report().findings().stream().filter(x -> x.code().equals(f.code())).findFirst().get();
    assertEquals(other, tuned.severity());
    assertEquals(Optional.of(f.severity()), tuned.declaredSeverity());
    Tuning.RuleChange change = e.tuning().rules().get(0);
    assertEquals(f.code(), change.code());
    assertEquals(Optional.of(other), change.now());
  }

  @Test
  void aRuleTurnedOffByTagDoesNotRun() {
    Finding f = someFinding();
    Configuration c = Configuration.builder().off(RuleSelector.tag("contents"), "prova").build();
    Evaluation e = with(c).evaluate(plan());
    assertTrue(e.report().findings().stream().noneMatch(x -> x.code().equals(f.code())));
    assertTrue(e.tuning().rules().stream().allMatch(Tuning.RuleChange::off));
    assertTrue(e.tuning().rules().stream().anyMatch(r -> r.code().equals(f.code())));
  }

  @Test
  void aCodeThatDoesNotExistIsRefusedWithASuggestion() {
    Configuration c =
        Configuration.builder().rule(RuleSelector.code("NAT-CNT-01"), Severity.INFO, "x").build();
    DocumentException e = assertThrows(DocumentException.class, () -> with(c));
    DocumentProblem p = e.problems().get(0);
    assertEquals("PZ-DOC-119", p.code());
    assertEquals(Pointer.of("rules", 0, "code"), p.pointer());
    assertTrue(p.render(Language.EN).contains("did you mean 'NAT-CNT-0"), p::toString);
  }

  @Test
  void aTagThatDoesNotExistIsRefusedWithASuggestion() {
    Configuration c = Configuration.builder().off(RuleSelector.tag("vocabolary"), "x").build();
    DocumentProblem p = assertThrows(DocumentException.class, () -> with(c)).problems().get(0);
    assertEquals("PZ-DOC-120", p.code());
    assertTrue(p.render(Language.EN).contains("did you mean 'vocabulary'?"), p::toString);
  }

  @Test
  void aParameterOrFrameworkThatDoesNotExistIsRefused() throws IOException {
    Path file = dir.resolve(Configuration.FILE_NAME);
    Files.writeString(
        file,
        """
        parameters:
          - id: contents-min-lenght
            value: 5
            validFrom: 2022-01-01
            reason: r
          - id: contents-min-length
            framework: molise-test-2022-2025
            value: 5
            validFrom: 2022-01-01
            reason: r
          - id: contents-min-length
            framework: molise-test-2022-2024
            codes: [fnps]
            validFrom: 2022-01-01
            reason: r
          - id: social-worker-leps-rati
            framework: molise-test-2022-2024
            value: 5
            validFrom: 2022-01-01
            reason: r
        suppressions:
          - {plan: p, code: NAT-CNT-0111, pointer: "", reason: r}
        """,
        UTF_8);
    DocumentException e =
        assertThrows(
            DocumentException.class,
            () -> PianoZona.builder().frameworks(FRAMEWORKS).configuration(file).build());
    List<String> codes = e.problems().stream().map(DocumentProblem::code).toList();
    assertEquals(
        List.of("PZ-DOC-121", "PZ-DOC-123", "PZ-DOC-124", "PZ-DOC-122", "PZ-DOC-119"), codes);
    DocumentProblem unknown = e.problems().get(0);
    assertEquals(2, unknown.line(), unknown::toString);
    assertTrue(
        unknown.render(Language.IT).contains("forse si intendeva 'contents-min-length'?"),
        unknown::toString);
    assertTrue(
        e.problems().get(1).render(Language.EN).contains("'molise-test-2022-2024'"),
        () -> e.problems().get(1).toString());
  }

  @Test
  void aParameterOverrideTakesThePlaceOfTheFrameworksValueAndCitesItsReference() {
    DatedParameter value =
        new DatedParameter(
            "contents-min-length",
            BigDecimal.valueOf(5000),
            LocalDate.of(2022, 1, 1),
            Optional.empty(),
            LegalBasis.of("Delibera d'ufficio n. 1", "", null));
    Configuration c =
        Configuration.builder().parameter(ParameterOverride.of(value, "sezioni estese")).build();
    PianoZona pz = with(c);
    Evaluation e = pz.evaluate(plan());
    assertEquals(1, e.tuning().parameters().size());
    assertEquals("sezioni estese", e.tuning().parameters().get(0).reason());
    assertFalse(e.tuning().isEmpty());
  }

  @Test
  void anUntunedEvaluationHasNoTuning() {
    Evaluation e = PianoZona.builder().frameworks(FRAMEWORKS).build().evaluate(plan());
    assertTrue(e.tuning().isEmpty());
  }

  @Test
  void theNearestFileBesideThePlanOrAboveItIsFound() throws IOException {
    Path project = dir.resolve("progetto");
    Path plans = Files.createDirectories(project.resolve("piani/2025"));
    Path plan = Files.writeString(plans.resolve("piano.yaml"), "x", UTF_8);
    assertEquals(Optional.empty(), Configuration.find(plan).filter(p -> p.startsWith(dir)));
    Path top = Files.writeString(project.resolve(Configuration.FILE_NAME), "", UTF_8);
    assertEquals(top.toAbsolutePath(), Configuration.find(plan).orElseThrow().toAbsolutePath());
    assertEquals(top.toAbsolutePath(), Configuration.find(plans).orElseThrow().toAbsolutePath());
    Path near = Files.writeString(plans.resolve(Configuration.FILE_NAME), "", UTF_8);
    assertEquals(near.toAbsolutePath(), Configuration.find(plan).orElseThrow().toAbsolutePath());
  }

  @Test
  void theSearchStopsAtTheTopOfARepository() throws IOException {
    Files.writeString(dir.resolve(Configuration.FILE_NAME), "", UTF_8);
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    Path plan = Files.writeString(repo.resolve("piano.yaml"), "x", UTF_8);
    assertEquals(Optional.empty(), Configuration.find(plan));
  }
}
