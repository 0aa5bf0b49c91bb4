package it.pianozona.rules.lombardia;

import it.pianozona.core.framework.Criterion;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FrameworkDescriptor;
import it.pianozona.core.framework.FrameworkProvider;
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
    return "pianozona-rules-lombardia";
  }

  @Override
  public List<Framework> frameworks() {
    return List.of(First.FRAMEWORK, Second.FRAMEWORK);
  }

  /** As the frameworks' data files say; the region contract holds the two together. */
  @Override
  public List<FrameworkDescriptor> descriptors() {
    return List.of(
        FrameworkDescriptor.of(Y2018_2020, Region.LOMBARDIA, Period.of(2018, 2020)),
        FrameworkDescriptor.of(Y2021_2023, Region.LOMBARDIA, Period.of(2021, 2023)));
  }

  @Override
  public Framework framework(String id) {
    return switch (id) {
      case Y2018_2020 -> First.FRAMEWORK;
      case Y2021_2023 -> Second.FRAMEWORK;
      default -> throw new IllegalArgumentException(name() + " has no framework " + id);
    };
  }

  /** Each triennium's framework is read from its data file when first asked for. */
  private static final class First {
    static final Framework FRAMEWORK =
        load(
            Y2018_2020,
            rules("1820"),
            LombardiaCriteria.forCycle(
                LombardiaActs.CROSS_AMBITO_2018, LombardiaActs.UNIFORM_ACCESS_2018));
  }

  private static final class Second {
    static final Framework FRAMEWORK =
        load(
            Y2021_2023,
            rules("2123"),
            LombardiaCriteria.forCycle(
                LombardiaActs.CROSS_AMBITO_2021, LombardiaActs.UNIFORM_ACCESS_2021));
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
