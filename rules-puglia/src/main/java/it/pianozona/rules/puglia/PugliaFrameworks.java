package it.pianozona.rules.puglia;

import it.pianozona.core.criteria.BuiltInCriteria;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FrameworkProvider;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.io.DataReader;
import java.util.List;

/**
 * Regione Puglia's planning frameworks, one per cycle of the Piano Regionale delle Politiche
 * Sociali. Found through {@link java.util.ServiceLoader}.
 *
 * @since 0.1
 */
public final class PugliaFrameworks implements FrameworkProvider {

  /** The V Piano Regionale delle Politiche Sociali 2022-2024 (DGR 353/2022). */
  public static final String V_2022_2024 = "puglia-v-2022-2024";

  /** Called by {@link java.util.ServiceLoader}; the frameworks are built on first use. */
  public PugliaFrameworks() {}

  @Override
  public String name() {
    return "pianozona-rules-puglia";
  }

  @Override
  public List<Framework> frameworks() {
    return Holder.FRAMEWORKS;
  }

  private static final class Holder {
    static final List<Framework> FRAMEWORKS = List.of(
        load(V_2022_2024, List.of(
            new AreasProgrammedRule("PUG-V-AREA-001", PugliaActs.V_PRPS_AREAS),
            new ParticipationRecordedRule("PUG-V-GOV-001"))));
  }

  private static Framework load(String id, List<Rule> rules) {
    return DataReader.readBundledFramework(id + ".yaml", PugliaFrameworks.class::getResourceAsStream)
        .toFramework(rules, BuiltInCriteria.all());
  }
}
