package it.pianozona.core.framework;

import com.google.common.collect.ImmutableList;
import it.pianozona.core.model.FundingSource;
import java.util.List;
import java.util.Optional;

/**
 * Reference data set by national law for every region: the LEPS a plan may declare, the national
 * funding sources, and the national parameters such as the social-worker ratio.
 *
 * @param leps the essential levels, as the national plans name them
 * @param fundingSources the national funds and the generic sources (comuni, users)
 * @param parameters the national dated parameters
 * @since 0.1
 */
public record NationalReference(
    List<LepsInfo> leps, List<FundingSourceInfo> fundingSources, Parameters parameters) {

  public NationalReference {
    leps = ImmutableList.copyOf(leps);
    fundingSources = ImmutableList.copyOf(fundingSources);
  }

  /** The LEPS of the id. A plain loop: rules ask once for every LEPS an intervention names. */
  public Optional<LepsInfo> leps(String id) {
    for (LepsInfo l : leps) {
      if (l.id().equals(id)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  public Optional<FundingSourceInfo> fundingSource(FundingSource id) {
    return fundingSources.stream().filter(f -> f.id().equals(id)).findFirst();
  }
}
