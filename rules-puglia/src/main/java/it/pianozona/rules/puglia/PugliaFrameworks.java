package it.pianozona.rules.puglia;

import it.pianozona.core.criteria.BuiltInCriteria;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FrameworkDescriptor;
import it.pianozona.core.framework.FrameworkProvider;
import it.pianozona.core.framework.LazyFrameworks;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.io.DataReader;
import it.pianozona.core.model.Period;
import it.pianozona.core.model.Region;
import it.pianozona.core.validation.LegalBasis;
import it.pianozona.core.validation.Severity;
import java.util.List;

/**
 * Regione Puglia's planning frameworks, one per cycle of the Piano Regionale delle Politiche
 * Sociali: the IV (2017-2020) and the V (2022-2024). Both apply the same regional law (L.R. 19/2006
 * and R.R. 4/2007) under their own codes, catalogue and parameters. Found through {@link
 * java.util.ServiceLoader}.
 *
 * @since 0.1
 */
public final class PugliaFrameworks implements FrameworkProvider {

  /** The IV Piano Regionale delle Politiche Sociali 2017-2020 (DGR 2324/2017). */
  public static final String IV_2017_2020 = "puglia-iv-2017-2020";

  /** The V Piano Regionale delle Politiche Sociali 2022-2024 (DGR 353/2022). */
  public static final String V_2022_2024 = "puglia-v-2022-2024";

  /** The regional plan splits the national and regional funds among the areas. */
  private static final LegalBasis FUND_SPLIT =
      LegalBasis.of(
          PugliaActs.LR19, "art. 9 (il Piano regionale ripartisce FNPS, FNA e FGSA)", null);

  /** Called by {@link java.util.ServiceLoader}; the frameworks are built on first use. */
  public PugliaFrameworks() {}

  @Override
  public String name() {
    return NAME;
  }

  /**
   * Each cycle's id, region and years as its data file says them (the region contract holds the two
   * together), and how to read it, when first asked for.
   */
  private static final String NAME = "pianozona-rules-puglia";

  private static final LazyFrameworks CYCLES =
      LazyFrameworks.builder(NAME)
          .add(
              FrameworkDescriptor.of(IV_2017_2020, Region.PUGLIA, Period.of(2017, 2020)),
              () -> load(IV_2017_2020, rules("PUG-IV", Severity.WARNING, PugliaActs.IV_PRPS_AREAS)))
          .add(
              FrameworkDescriptor.of(V_2022_2024, Region.PUGLIA, Period.of(2022, 2024)),
              () -> load(V_2022_2024, rules("PUG-V", Severity.ERROR, PugliaActs.V_PRPS_AREAS)))
          .build();

  @Override
  public List<Framework> frameworks() {
    return CYCLES.frameworks();
  }

  @Override
  public List<FrameworkDescriptor> descriptors() {
    return CYCLES.descriptors();
  }

  @Override
  public Framework framework(String id) {
    return CYCLES.framework(id);
  }

  /**
   * The rules of one cycle. Every area must be programmed in both. In the IV cycle that is a
   * warning, not an error as in the V: the IV catalogue now lists the act's five priorities whole,
   * but no text read ties each priority to an intervention of every plan, whereas the V plan's
   * stated structure (34 objectives, one intervention each, in seven areas) does.
   */
  static List<Rule> rules(String prefix, Severity areaSeverity, LegalBasis areas) {
    return List.of(
        new AreasProgrammedRule(prefix + "-AREA-001", areaSeverity, areas),
        new PlanRules.ThreeYears(prefix + "-PER-001"),
        new PlanRules.Section(prefix + "-CNT-001", "PUG-CNT-001", "needsAnalysis"),
        new PlanRules.Section(prefix + "-CNT-002", "PUG-CNT-002", "costSharing"),
        new PlanRules.Pua(prefix + "-ACC-001"),
        new GovernanceRules.ParticipationRecorded(prefix + "-GOV-001"),
        new GovernanceRules.CoordinamentoApproval(prefix + "-GOV-002"),
        new GovernanceRules.AdoptionAgreement(prefix + "-GOV-003"),
        new GovernanceRules.ActorTookPart(
            prefix + "-GOV-004", "PUG-GOV-004", "terzo-settore", null),
        new GovernanceRules.ActorTookPart(
            prefix + "-GOV-005", "PUG-GOV-005", "sindacati", "union-meeting"),
        new GovernanceRules.ConcertationBeforeApproval(prefix + "-GOV-006"),
        new GovernanceRules.UfficioDiPiano(prefix + "-GOV-007"),
        new ResourceRules.MunicipalCofinancing(prefix + "-FUND-001"),
        new ResourceRules.FundOutsideItsAreas(prefix + "-FUND-002", FUND_SPLIT));
  }

  private static Framework load(String id, List<Rule> rules) {
    return DataReader.readBundledFramework(
            id + ".yaml", PugliaFrameworks.class::getResourceAsStream)
        .toFramework(rules, BuiltInCriteria.all());
  }
}
