package it.pianozona.core.national;

import it.pianozona.core.framework.NationalReference;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.io.DataReader;
import it.pianozona.core.text.MessageBundle;
import it.pianozona.core.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The rules national law sets for every Piano di Zona, whatever its region: the contents of L.
 * 328/2000 art. 19, the ambito's territory, the money, the interventions' place in the regional
 * catalogue, and the LEPS of professional social work. The engine runs them before every
 * framework's own rules.
 *
 * @since 0.1
 */
public final class NationalRules {

  /** Messages of the national rules and of the built-in scoring criteria. */
  public static final MessageBundle BUNDLE =
      MessageBundle.load("messages", NationalRules.class::getResourceAsStream);

  private static final List<Rule> ALL =
      List.of(
          new RequiredContentRule("NAT-CNT-001", Severity.ERROR, Acts.art19("a"), "objectives"),
          new ContentRules.Services(),
          new RequiredContentRule("NAT-CNT-003", Severity.ERROR, Acts.art19("b"), "organisation"),
          new ContentRules.FinancialResources(),
          new ContentRules.ProfessionalResources(),
          new RequiredContentRule("NAT-CNT-006", Severity.ERROR, Acts.art19("c"), "monitoring"),
          new RequiredContentRule("NAT-CNT-007", Severity.ERROR, Acts.art19("d"), "integration"),
          new RequiredContentRule(
              "NAT-CNT-008", Severity.ERROR, Acts.art19("e"), "stateCoordination"),
          new RequiredContentRule("NAT-CNT-009", Severity.ERROR, Acts.art19("f"), "thirdSector"),
          new RequiredContentRule(
              "NAT-CNT-010", Severity.ERROR, Acts.art19("g"), "healthIntegration"),
          new ContentRules.Substance(),
          new TerritoryRules.UnknownComune(),
          new TerritoryRules.ComuneOutsideRegion(),
          new TerritoryRules.ComuneName(),
          new TerritoryRules.LeadComune(),
          new TerritoryRules.DuplicateComune(),
          new TerritoryRules.NoComuni(),
          new TerritoryRules.NoResidents(),
          new FundingRules.Exceeded(),
          new FundingRules.Undeclared(),
          new FundingRules.AllocationYear(),
          new FundingRules.FundingYear(),
          new FundingRules.DuplicateFunding(),
          new FundingRules.UnknownSource(),
          new FundingRules.Unprogrammed(),
          new FundingRules.YearWithoutFunding(),
          new FundingRules.SmallRemainders(),
          new InterventionRules.DuplicateId(),
          InterventionRules.AreaNotInCatalogue.unknown(),
          new InterventionRules.UnknownObjective(),
          new InterventionRules.UncheckedObjective(),
          new InterventionRules.ObjectiveOutsideArea(),
          new InterventionRules.UnknownLeps(),
          InterventionRules.AreaNotInCatalogue.unchecked(),
          new SocialWorkRules.BelowLeps(),
          new SocialWorkRules.BelowTarget(),
          new PeriodRules.OutsideFramework(),
          new VocabularyRules.ParticipationKind(),
          new VocabularyRules.ApprovalBody(),
          new VocabularyRules.BodyKind(),
          new VocabularyRules.AgreementKind(),
          new VocabularyRules.ContentsKey());

  /** The contents keys of L. 328/2000 art. 19 c. 1 that a plan declares under contents. */
  public static final List<String> CONTENTS_KEYS =
      List.of(
          "objectives",
          "organisation",
          "monitoring",
          "integration",
          "stateCoordination",
          "thirdSector",
          "healthIntegration");

  private static final String REFERENCE = "national.yaml";

  private NationalRules() {}

  /** Every national rule, in the order reports list them when nothing else orders them. */
  public static List<Rule> all() {
    return ALL;
  }

  /** The national reference data shipped with the library, read once. */
  public static NationalReference reference() {
    return ReferenceHolder.REFERENCE_DATA;
  }

  private static final class ReferenceHolder {
    static final NationalReference REFERENCE_DATA = load();

    private static NationalReference load() {
      try (InputStream in = NationalRules.class.getResourceAsStream(REFERENCE)) {
        if (in == null) {
          throw new IllegalStateException("bundled resource missing: " + REFERENCE);
        }
        return DataReader.readNational(REFERENCE, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
