package it.pianozona.core.templates;

import static java.util.Objects.requireNonNull;

import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FundingSourceInfo;
import it.pianozona.core.framework.LepsInfo;
import it.pianozona.core.framework.NationalReference;
import it.pianozona.core.framework.Objective;
import it.pianozona.core.framework.ParticipationModel;
import it.pianozona.core.io.WorkbookWriter;
import it.pianozona.core.model.Comune;
import it.pianozona.core.model.IstatCode;
import it.pianozona.core.national.NationalRules;
import it.pianozona.core.reference.ComuniRegistry;
import it.pianozona.core.reference.IstatComune;
import it.pianozona.core.reference.KnownAmbito;
import it.pianozona.core.templates.TemplateException.Reason;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the template of a workbook for a framework and an ambito: its comuni from the bundled
 * ISTAT list (name and 2011 population), the period and region from the framework, and the
 * drop-down lists from the framework's catalogue and the national references.
 *
 * <p>An ambito is known by one of its comuni only for the ambiti of the bundled plans ({@link
 * KnownAmbito}); any other ambito is given by its comuni, the lead comune first.
 *
 * @since 0.1
 */
public final class WorkbookTemplates {

  private WorkbookTemplates() {}

  /**
   * The template for the known ambito that has the comune {@code memberIstat}, its lead comune
   * first.
   *
   * @throws TemplateException if the code is malformed, no bundled ambito has the comune or one of
   *     its comuni is not in the framework's region
   */
  public static WorkbookWriter.Template forAmbito(Framework framework, String memberIstat) {
    requireNonNull(framework, "framework");
    IstatCode member = code(memberIstat);
    KnownAmbito ambito =
        KnownAmbito.ofMember(member)
            .orElseThrow(() -> new TemplateException(Reason.NO_AMBITO, member.value()));
    List<String> codes = new ArrayList<>();
    codes.add(ambito.lead().value());
    ambito.members().stream()
        .map(IstatCode::value)
        .filter(c -> !codes.contains(c))
        .forEach(codes::add);
    return build(framework, Optional.of(ambito), codes);
  }

  /**
   * The template for an ambito given by its comuni, the first being the lead comune.
   *
   * @throws TemplateException if there are none, a code is malformed, repeated, not in the bundled
   *     ISTAT list or of another region than the framework's
   */
  public static WorkbookWriter.Template forComuni(Framework framework, List<String> istatCodes) {
    requireNonNull(framework, "framework");
    List<String> codes = new ArrayList<>();
    for (String text : istatCodes) {
      String c = code(text).value();
      if (codes.contains(c)) {
        throw new TemplateException(Reason.DUPLICATE_COMUNE, c);
      }
      codes.add(c);
    }
    if (codes.isEmpty()) {
      throw new TemplateException(Reason.NO_COMUNI);
    }
    return build(framework, Optional.empty(), codes);
  }

  /** The drop-down lists of a workbook for plans of the framework. */
  public static WorkbookWriter.Lists lists(Framework framework) {
    NationalReference national = NationalRules.reference();
    Set<String> sources = new LinkedHashSet<>();
    national.fundingSources().stream().map(FundingSourceInfo::id).forEach(s -> sources.add(s.id()));
    framework.catalogue().fundingSources().stream()
        .map(FundingSourceInfo::id)
        .forEach(s -> sources.add(s.id()));
    Set<String> kinds = new LinkedHashSet<>();
    Set<String> bodies = new LinkedHashSet<>();
    for (ParticipationModel.Stage stage :
        framework.participation().map(ParticipationModel::stages).orElse(List.of())) {
      kinds.addAll(stage.kinds());
      bodies.addAll(stage.bodies());
    }
    return new WorkbookWriter.Lists(
        framework.catalogue().areaCodes(),
        framework.catalogue().objectives().stream().map(Objective::code).toList(),
        new ArrayList<>(sources),
        national.leps().stream().map(LepsInfo::id).toList(),
        new ArrayList<>(kinds),
        new ArrayList<>(bodies));
  }

  private static WorkbookWriter.Template build(
      Framework framework, Optional<KnownAmbito> known, List<String> codes) {
    ComuniRegistry registry = ComuniRegistry.bundled();
    List<Comune> members = new ArrayList<>();
    for (String c : codes) {
      IstatComune comune =
          registry
              .find(IstatCode.of(c))
              .orElseThrow(
                  () -> new TemplateException(Reason.UNKNOWN_COMUNE, c, ComuniRegistry.AS_OF));
      if (comune.region() != framework.region()) {
        throw new TemplateException(
            Reason.OTHER_REGION,
            c,
            comune.name(),
            comune.region().id(),
            framework.region().id(),
            framework.id());
      }
      members.add(Comune.of(c, comune.name(), comune.population2011()));
    }
    return new WorkbookWriter.Template(
        framework.region().id(),
        framework.validity().from(),
        framework.validity().to(),
        framework.id(),
        known.map(KnownAmbito::name),
        known.flatMap(KnownAmbito::id),
        codes.get(0),
        members);
  }

  private static IstatCode code(String text) {
    String stripped = requireNonNull(text, "istat code").strip();
    if (!IstatCode.isWellFormed(stripped)) {
      throw new TemplateException(Reason.BAD_ISTAT, text);
    }
    return IstatCode.of(stripped);
  }
}
