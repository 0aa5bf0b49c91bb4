package it.pianozona.rules.basilicata;

import it.pianozona.core.criteria.BuiltInCriteria;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FrameworkDescriptor;
import it.pianozona.core.framework.FrameworkProvider;
import it.pianozona.core.framework.LazyFrameworks;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.io.DataReader;
import it.pianozona.core.model.Period;
import it.pianozona.core.model.Region;
import java.util.ArrayList;
import java.util.List;

/**
 * Regione Basilicata's planning frameworks for the Piani intercomunali dei servizi sociali e
 * sociosanitari (L.R. 4/2007). Found through {@link java.util.ServiceLoader}.
 *
 * @since 0.1
 */
public final class BasilicataFrameworks implements FrameworkProvider {

  /** The intercommunal plans under the 2015 regional guidelines. */
  public static final String PLANS_2016 = "basilicata-2016";

  /** Called by {@link java.util.ServiceLoader}; the frameworks are built on first use. */
  public BasilicataFrameworks() {}

  @Override
  public String name() {
    return NAME;
  }

  private static final String NAME = "pianozona-rules-basilicata";

  /**
   * The framework's id, region and years as its data file says them (the end year stands for "until
   * new guidelines", see the file; the region contract holds the two together), and how to read it,
   * when first asked for.
   */
  private static final LazyFrameworks GUIDELINES =
      LazyFrameworks.builder(NAME)
          .add(
              FrameworkDescriptor.of(PLANS_2016, Region.BASILICATA, Period.of(2016, 2026)),
              () ->
                  DataReader.readBundledFramework(
                          PLANS_2016 + ".yaml", BasilicataFrameworks.class::getResourceAsStream)
                      .toFramework(
                          rules(BasilicataActs.Y2016, AmbitiReference.bundled()),
                          BuiltInCriteria.all()))
          .build();

  @Override
  public List<Framework> frameworks() {
    return GUIDELINES.frameworks();
  }

  @Override
  public List<FrameworkDescriptor> descriptors() {
    return GUIDELINES.descriptors();
  }

  @Override
  public Framework framework(String id) {
    return GUIDELINES.framework(id);
  }

  /** Governance, contents and territory, under the framework's codes. */
  static List<Rule> rules(String cycle, AmbitiReference ambiti) {
    List<Rule> rules = new ArrayList<>();
    rules.add(new GovernanceRules.ConferenceApproval(cycle));
    rules.add(GovernanceRules.convention(cycle));
    rules.add(GovernanceRules.partnership(cycle));
    rules.add(new GovernanceRules.PlanningOffice(cycle));
    rules.addAll(ContentRules.all(cycle));
    rules.addAll(TerritoryRules.all(cycle, ambiti));
    return List.copyOf(rules);
  }
}
