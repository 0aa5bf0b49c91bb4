package it.pianozona.core.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.DatedCodes;
import it.pianozona.core.framework.DatedParameter;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.Parameters;
import it.pianozona.core.framework.ParticipationModel;
import it.pianozona.core.framework.ScoringModel;
import it.pianozona.core.framework.WeightedCriterion;
import it.pianozona.core.model.ApprovalAct;
import it.pianozona.core.model.Governance;
import it.pianozona.core.model.PartialDate;
import it.pianozona.core.model.ParticipationEvent;
import it.pianozona.core.model.Period;
import it.pianozona.core.model.Plan;
import it.pianozona.core.model.Region;
import it.pianozona.core.scoring.CriterionScore;
import it.pianozona.core.scoring.Score;
import it.pianozona.core.testing.Plans;
import it.pianozona.core.testing.TestFrameworks;
import it.pianozona.core.text.Language;
import it.pianozona.core.text.Message;
import it.pianozona.core.validation.LegalBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The participation criterion scores each region's own stages, and the co-financing criterion says
 * which sources its share is computed on.
 */
class BuiltInCriteriaTest {

  static final PianoZona PZ =
      PianoZona.builder().frameworks(List.of(TestFrameworks.molise())).build();

  static final LegalBasis PRACTICE = LegalBasis.of("Piano di prova", "tavoli", null);

  /** Basilicata's shape: technical tables, institutional tables, the Conferenza dei Sindaci. */
  static final ParticipationModel TABLES_AND_CONFERENCE =
      new ParticipationModel(
          List.of(
              new ParticipationModel.Stage(List.of("technical-table"), List.of(), PRACTICE),
              new ParticipationModel.Stage(List.of("institutional-table"), List.of(), PRACTICE),
              new ParticipationModel.Stage(
                  List.of(), List.of("conferenza-dei-sindaci"), PRACTICE)));

  static Framework framework(
      String criterion, Optional<ParticipationModel> model, Parameters parameters) {
    Framework.Builder b =
        Framework.builder("molise-criteri")
            .region(Region.MOLISE)
            .validity(Period.of(2022, 2024))
            .title("Quadro di prova")
            .adoptedBy(TestFrameworks.TEST_ACT)
            .catalogue(TestFrameworks.catalogue())
            .parameters(parameters)
            .scoring(
                new ScoringModel(
                    List.of(
                        new WeightedCriterion(
                            BuiltInCriteria.all().get(criterion), BigDecimal.TEN))));
    model.ifPresent(b::participation);
    return b.build();
  }

  static CriterionScore score(Plan plan, Framework framework, String criterion) {
    return PZ.evaluate(plan, framework).score().criterion(criterion).orElseThrow();
  }

  static List<String> evidence(CriterionScore c, Language language) {
    return c.evidence().stream().map(m -> m.render(language)).toList();
  }

  @Test
  void participationIsNotApplicableToARegionWithoutAParticipationModel() {
    CriterionScore c =
        score(
            Plans.validPlan(),
            framework("participation", Optional.empty(), Parameters.EMPTY),
            "participation");
    assertFalse(c.applicable());
    assertEquals(
        List.of(
            "The regional framework describes no participatory process (participation.stages):"
                + " not applicable."),
        evidence(c, Language.EN));
  }

  @Test
  void puglianStagesDoNotScoreAPlanOfARegionWithTablesAndAConference() {
    // The test plan holds Puglia's three stages: none is a stage of this model.
    CriterionScore c =
        score(
            Plans.validPlan(),
            framework("participation", Optional.of(TABLES_AND_CONFERENCE), Parameters.EMPTY),
            "participation");
    assertTrue(c.applicable());
    assertEquals(0, c.points().signum());
  }

  @Test
  void aConferenceStageIsSatisfiedByTheBodysApprovalAndStagesAreNamedInTheReadersLanguage() {
    Plan plan =
        Plans.valid()
            .governance(
                new Governance(
                    List.of(
                        ApprovalAct.of(
                            "conferenza-dei-sindaci", PartialDate.parse("2022-07-06"), null)),
                    List.of(
                        ParticipationEvent.of(
                            PartialDate.parse("2022-05"), "technical-table", "tavolo"))))
            .build();
    CriterionScore c =
        score(
            plan,
            framework("participation", Optional.of(TABLES_AND_CONFERENCE), Parameters.EMPTY),
            "participation");
    assertEquals(new BigDecimal("6.67"), c.points());
    assertEquals(
        List.of(
            "1 participatory event recorded, no participants declared.",
            "2 of 3 stages of the regional framework's participatory process: technical table,"
                + " approval of the plan by the Conference of mayors (Conferenza dei Sindaci).",
            "Stages without evidence: institutional table (institutional-table)."),
        evidence(c, Language.EN));
    assertEquals(
        "2 fasi su 3 del percorso partecipativo del quadro regionale: tavolo tecnico,"
            + " approvazione del piano in Conferenza dei Sindaci.",
        evidence(c, Language.IT).get(1));
  }

  @Test
  void alternativeKindsOfOneStageReadAsAlternatives() {
    ParticipationModel either =
        new ParticipationModel(
            List.of(
                new ParticipationModel.Stage(
                    List.of("technical-table", "institutional-table"), List.of(), PRACTICE)));
    Plan plan = Plans.valid().governance(Governance.EMPTY).build();
    CriterionScore c =
        score(
            plan,
            framework("participation", Optional.of(either), Parameters.EMPTY),
            "participation");
    assertEquals(
        "Fasi senza riscontro: tavolo tecnico (technical-table) o tavolo istituzionale"
            + " (institutional-table).",
        evidence(c, Language.IT).get(2));
  }

  static final LegalBasis CHOICE =
      LegalBasis.unverified(
          "pianozona",
          "",
          null,
          it.pianozona.core.text.Text.of("Base scelta da pianozona.", "Base chosen by pianozona."));

  static Parameters cofinancing(List<String> base) {
    DatedParameter minimum =
        new DatedParameter(
            "municipal-cofinancing-min-share",
            new BigDecimal("0.20"),
            LocalDate.of(2022, 1, 1),
            Optional.empty(),
            TestFrameworks.TEST_ACT);
    return base.isEmpty()
        ? Parameters.of(List.of(minimum))
        : Parameters.of(
            List.of(minimum),
            List.of(
                new DatedCodes(
                    CofinancingBase.PARAMETER,
                    base,
                    LocalDate.of(2022, 1, 1),
                    Optional.empty(),
                    CHOICE)));
  }

  @Test
  void theCofinancingEvidenceStatesItsBaseOfEveryDeclaredSource() {
    CriterionScore c =
        score(
            Plans.validPlan(),
            framework(
                "municipal-cofinancing",
                Optional.empty(),
                cofinancing(List.of(CofinancingBase.ALL_DECLARED))),
            "municipal-cofinancing");
    assertEquals(0, c.weight().compareTo(c.points()), c.evidence().toString());
    List<String> en = evidence(c, Language.EN);
    assertEquals(
        "The comuni's own funds: EUR 300,000.00 of a base of EUR 1,200,000.00 (every declared"
            + " source: fnps, comuni), that is 25.0%.",
        en.get(0));
    assertEquals("Who sets the base of the share: pianozona.", en.get(1));
    assertEquals("On the base of the share: Base chosen by pianozona.", en.get(2));
    assertEquals(
        "Risorse proprie dei comuni: € 300.000,00 su una base di € 1.200.000,00 (tutte le fonti"
            + " dichiarate: fnps, comuni), cioè 25,0%.",
        evidence(c, Language.IT).get(0));
  }

  @Test
  void aBaseOfListedSourcesLeavesTheOthersOutOfTheDenominator() {
    CriterionScore c =
        score(
            Plans.validPlan(),
            framework("municipal-cofinancing", Optional.empty(), cofinancing(List.of("fnps"))),
            "municipal-cofinancing");
    assertEquals(
        "The comuni's own funds: EUR 300,000.00 of a base of EUR 900,000.00 (the sources fnps),"
            + " that is 33.3%.",
        evidence(c, Language.EN).get(0));
  }

  @Test
  void aMinimumShareWithoutItsBaseIsNotApplicable() {
    CriterionScore c =
        score(
            Plans.validPlan(),
            framework("municipal-cofinancing", Optional.empty(), cofinancing(List.of())),
            "municipal-cofinancing");
    assertFalse(c.applicable());
    assertEquals(
        "Il quadro regionale non indica su quali fonti si calcola la quota (parametro"
            + " municipal-cofinancing-base) per il 2022: criterio non applicabile.",
        evidence(c, Language.IT).get(0));
  }

  @Test
  void theScoreSaysWhatItWasRescaledOverAndWhatWasLeftOut() {
    Message name =
        Message.of(it.pianozona.core.national.NationalRules.BUNDLE, "criterion.participation.name");
    Score score =
        Score.of(
            "f",
            List.of(
                new CriterionScore(
                    "a",
                    name,
                    new BigDecimal("40"),
                    new BigDecimal("30.50"),
                    true,
                    List.of(),
                    PRACTICE,
                    Optional.empty()),
                new CriterionScore(
                    "b",
                    name,
                    new BigDecimal("30"),
                    new BigDecimal("25.33"),
                    true,
                    List.of(),
                    PRACTICE,
                    Optional.empty()),
                new CriterionScore(
                    "c",
                    name,
                    new BigDecimal("30"),
                    BigDecimal.ZERO,
                    false,
                    List.of(),
                    PRACTICE,
                    Optional.empty())));
    assertEquals(new BigDecimal("55.83"), score.points());
    assertEquals(0, new BigDecimal("70").compareTo(score.applicableWeight()));
    assertEquals(0, new BigDecimal("100").compareTo(score.totalWeight()));
    assertEquals(List.of("c"), score.notApplicable().stream().map(CriterionScore::id).toList());
    assertEquals(new BigDecimal("79.8"), score.total());
    assertFalse(score.allApplicable());
  }
}
