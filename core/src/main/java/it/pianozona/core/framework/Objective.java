package it.pianozona.core.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import it.pianozona.core.validation.LegalBasis;
import java.util.List;
import java.util.Optional;

/**
 * An objective of a regional framework, under one of its areas. Only objectives whose title can be
 * cited are ever encoded: a catalogue that knows fewer objectives than the act sets says so (see
 * {@link Catalogue#objectivesExpected()}).
 *
 * @param code the stable code plans use
 * @param title the title in Italian, as the act writes it
 * @param area the code of its area
 * @param leps identifiers of the national essential levels it implements, if any
 * @param intervention the intervention the act maps the objective to, if it names one
 * @param target the service objective, where the act sets one
 * @param source where the title comes from
 * @since 0.1
 */
public record Objective(
    String code,
    String title,
    String area,
    List<String> leps,
    Optional<String> intervention,
    Optional<Target> target,
    LegalBasis source) {

  public Objective {
    checkArgument(code != null && !code.isBlank(), "an objective needs a code");
    checkArgument(title != null && !title.isBlank(), "objective %s needs a title", code);
    checkArgument(area != null && !area.isBlank(), "objective %s needs an area", code);
    leps = ImmutableList.copyOf(leps);
    requireNonNull(intervention, "intervention");
    requireNonNull(target, "target");
    requireNonNull(source, "source of objective " + code);
  }

  /** An objective with no mapped intervention and no target. */
  public static Objective of(
      String code, String title, String area, List<String> leps, LegalBasis source) {
    return new Objective(code, title, area, leps, Optional.empty(), Optional.empty(), source);
  }
}
