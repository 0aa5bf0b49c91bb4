package it.pianozona.rules.lombardia;

import it.pianozona.core.framework.Criterion;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FrameworkDescriptor;
import it.pianozona.core.framework.FrameworkProvider;
import it.pianozona.core.framework.LazyFrameworks;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.io.DataReader;
import it.pianozona.core.model.Period;
import it.pianozona.core.model.Region;
import java.util.List;
import java.util.Map;

/**
 * Regione Lombardia's planning frameworks, one per triennium of regional guidelines (l.r. 3/2008
 * art. 18). Found through {@link java.util.ServiceLoader}.
 *
 * @since 0.1
 */
public final class LombardiaFrameworks implements FrameworkProvider {

  /** The 2018-2020 guidelines (DGR X/7631/2017). */
  public static final String Y2018_2020 = "lombardia-2018-2020";

  /** The 2021-2023 guidelines (DGR of 19 April 2021). */
  public static final String Y2021_2023 = "lombardia-2021-2023";

  /** Called by {@link java.util.ServiceLoader}; the frameworks are built on first use. */
  public LombardiaFrameworks() {}

  @Override
  public String name() {
    return NAME;
  }

  /**
   * Each triennium's id, region and years as its data file says them (the region contract holds the
   * two together), and how to read it, when first asked for.
   */
  private static final String NAME = "pianozona-rules-lombardia";

  private static final LazyFrameworks TRIENNIA =
      LazyFrameworks.builder(NAME)
          .add(
              FrameworkDescriptor.of(Y2018_2020, Region.LOMBARDIA, Period.of(2018, 2020)),
              () ->
                  load(
                      Y2018_2020,
                      rules("1820"),
                      LombardiaCriteria.forCycle(
                          LombardiaActs.CROSS_AMBITO_2018, LombardiaActs.UNIFORM_ACCESS_2018)))
          .add(
              FrameworkDescriptor.of(Y2021_2023, Region.LOMBARDIA, Period.of(2021, 2023)),
              () ->
                  load(
                      Y2021_2023,
                      rules("2123"),
                      LombardiaCriteria.forCycle(
                          LombardiaActs.CROSS_AMBITO_2021, LombardiaActs.UNIFORM_ACCESS_2021)))
          .build();

  @Override
  public List<Framework> frameworks() {
    return TRIENNIA.frameworks();
  }

  @Override
  public List<FrameworkDescriptor> descriptors() {
    return TRIENNIA.descriptors();
  }

  @Override
  public Framework framework(String id) {
    return TRIENNIA.framework(id);
  }

  /**
   * The rules of art. 18, under the triennium's codes. The article was not changed between the two
   * trienni in what these rules check, so both frameworks carry the same set.
   */
  static List<Rule> rules(String cycle) {
    return List.of(
        new GovernanceRules.AssemblyApproval(cycle),
        new GovernanceRules.AccordoRecorded(cycle),
        new GovernanceRules.AccordoHealthParties(cycle),
        new GovernanceRules.ThirdSectorTakesPart(cycle),
        ContentRules.access(cycle),
        ContentRules.secretariat(cycle),
        ContentRules.education(cycle),
        ContentRules.labour(cycle),
        ContentRules.housing(cycle),
        new ContentRules.Triennial(cycle));
  }

  private static Framework load(String id, List<Rule> rules, Map<String, Criterion> criteria) {
    return DataReader.readBundledFramework(
            id + ".yaml", LombardiaFrameworks.class::getResourceAsStream)
        .toFramework(rules, criteria);
  }
}
