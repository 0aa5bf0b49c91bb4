package it.pianozona.core.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import it.pianozona.core.model.FundingSource;
import it.pianozona.core.validation.LegalBasis;
import java.util.List;

/**
 * The areas a fund may finance, when an act restricts it (the FNA, for instance, finances
 * non-self-sufficiency).
 *
 * @param source the fund
 * @param areas the codes of the areas it may finance
 * @param basis the act that restricts it
 * @since 0.1
 */
public record FundArea(FundingSource source, List<String> areas, LegalBasis basis) {

  public FundArea {
    requireNonNull(source, "source");
    areas = ImmutableList.copyOf(areas);
    checkArgument(!areas.isEmpty(), "fund %s may finance at least one area", source);
    requireNonNull(basis, "basis");
  }
}
