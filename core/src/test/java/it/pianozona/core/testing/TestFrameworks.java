package it.pianozona.core.testing;

import it.pianozona.core.criteria.BuiltInCriteria;
import it.pianozona.core.framework.Area;
import it.pianozona.core.framework.Catalogue;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FundingSourceInfo;
import it.pianozona.core.framework.Objective;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.framework.ScoringModel;
import it.pianozona.core.framework.WeightedCriterion;
import it.pianozona.core.model.FundingSource;
import it.pianozona.core.model.Period;
import it.pianozona.core.model.Region;
import it.pianozona.core.validation.LegalBasis;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A fictional framework for Molise, so that core's tests exercise the whole engine without any
 * region module. Its catalogue is complete: three areas, two objectives.
 */
public final class TestFrameworks {

  public static final String MOLISE_ID = "molise-test-2022-2024";
  public static final LegalBasis TEST_ACT = LegalBasis.of("Atto di prova", "art. 1", null);

  private TestFrameworks() {}

  public static Catalogue catalogue() {
    return Catalogue.builder("test catalogue", TEST_ACT)
        .area(area("T1", "Accesso"))
        .area(area("T2", "Famiglie e minori"))
        .area(area("T3", "Anziani"))
        .objective(
            Objective.of(
                "T1-OB1",
                "Potenziare il segretariato sociale",
                "T1",
                List.of("servizio-sociale-professionale"),
                TEST_ACT))
        .objective(
            Objective.of(
                "T2-OB1",
                "Prevenire l'allontanamento dalla famiglia",
                "T2",
                List.of("pippi"),
                TEST_ACT))
        .objectivesExpected(2)
        .fundingSource(
            new FundingSourceInfo(
                FundingSource.of("fondo-regionale-test"), "Fondo regionale di prova", TEST_ACT))
        .build();
  }

  /** The Molise framework with the given rules and every built-in criterion. */
  public static Framework molise(List<? extends Rule> rules) {
    return of(MOLISE_ID, Region.MOLISE, "Quadro di prova del Molise", rules);
  }

  /** A 2022-2024 test framework of any region, with this catalogue and every built-in criterion. */
  public static Framework of(String id, Region region, String title, List<? extends Rule> rules) {
    return Framework.builder(id)
        .region(region)
        .validity(Period.of(2022, 2024))
        .title(title)
        .adoptedBy(TEST_ACT)
        .catalogue(catalogue())
        .rules(rules)
        .scoring(
            new ScoringModel(
                BuiltInCriteria.all().values().stream()
                    .map(c -> new WeightedCriterion(c, BigDecimal.TEN))
                    .toList()))
        .build();
  }

  public static Framework molise() {
    return molise(List.of());
  }

  private static Area area(String code, String title) {
    return new Area(code, title, Optional.empty(), TEST_ACT);
  }
}
