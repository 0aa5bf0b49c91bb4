package it.pianozona.core.testing;

import it.pianozona.core.framework.Area;
import it.pianozona.core.framework.Catalogue;
import it.pianozona.core.framework.LepsInfo;
import it.pianozona.core.framework.Objective;
import it.pianozona.core.model.Agreement;
import it.pianozona.core.model.Allocation;
import it.pianozona.core.model.Ambito;
import it.pianozona.core.model.ApprovalAct;
import it.pianozona.core.model.Comune;
import it.pianozona.core.model.Euro;
import it.pianozona.core.model.Funding;
import it.pianozona.core.model.FundingSource;
import it.pianozona.core.model.Governance;
import it.pianozona.core.model.GovernanceBody;
import it.pianozona.core.model.Intervention;
import it.pianozona.core.model.ParticipationEvent;
import it.pianozona.core.model.PartialDate;
import it.pianozona.core.model.Period;
import it.pianozona.core.model.Plan;
import it.pianozona.core.model.Region;
import it.pianozona.core.model.SourceRef;
import it.pianozona.core.model.Staffing;
import it.pianozona.core.national.NationalRules;
import it.pianozona.core.reference.ComuniRegistry;
import it.pianozona.core.reference.IstatComune;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of plans for a region and catalogue: well-formed plans of every shape, most
 * of them breaking some rule (unknown comuni, overspending, duplicate ids, missing sections),
 * which is what validation must survive.
 */
public final class PlanGenerators {

  private final Region region;
  private final Period validity;
  private final List<IstatComune> comuni;
  private final List<String> areas;
  private final List<String> objectives;
  private final List<String> leps;
  private final List<String> sources;

  private PlanGenerators(Region region, Period validity, Catalogue catalogue) {
    this.region = region;
    this.validity = validity;
    this.comuni = ComuniRegistry.bundled().all().stream().filter(c -> c.region() == region)
        .toList();
    this.areas = catalogue.areas().stream().map(Area::code).toList();
    this.objectives = catalogue.objectives().stream().map(Objective::code).toList();
    this.leps = NationalRules.reference().leps().stream().map(LepsInfo::id).toList();
    List<String> s = new ArrayList<>();
    NationalRules.reference().fundingSources().forEach(f -> s.add(f.id().id()));
    catalogue.fundingSources().forEach(f -> s.add(f.id().id()));
    s.add("fondo-sconosciuto");
    this.sources = List.copyOf(s);
  }

  /** Generators for plans of the region, under a framework with the given years and catalogue. */
  public static PlanGenerators of(Region region, Period validity, Catalogue catalogue) {
    return new PlanGenerators(region, validity, catalogue);
  }

  /** Generators for the test framework of core. */
  public static PlanGenerators molise() {
    return of(Region.MOLISE, Period.of(2022, 2024), TestFrameworks.catalogue());
  }

  /** Non-blank text of any characters, including accents, quotes and YAML punctuation. */
  public static Arbitrary<String> text() {
    Arbitrary<String> plain = Arbitraries.strings().withCharRange(' ', '~')
        .withChars("àèéìòùÀÈ€«»’'\"\\:#&*!|>%@`{}[],\t\n")
        .ofMinLength(1).ofMaxLength(40);
    Arbitrary<String> tricky = Arbitraries.of("yes", "no", "null", "~", "true", "0755", "1e3",
        "- item", "key: value", "#comment", "  padded  ", "075016", "---", "2022-07-13");
    return Arbitraries.oneOf(plain, tricky).filter(s -> !s.isBlank());
  }

  Arbitrary<String> code(List<String> known) {
    Arbitrary<String> other = Arbitraries.strings().alpha().numeric().ofMinLength(1)
        .ofMaxLength(6);
    return known.isEmpty() ? other : Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(9, Arbitraries.of(known)), net.jqwik.api.Tuple.of(1, other));
  }

  Arbitrary<Integer> year() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(9, Arbitraries.integers().between(validity.from(), validity.to())),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(2015, 2030)));
  }

  Arbitrary<Euro> euro() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Euro.ZERO)),
        net.jqwik.api.Tuple.of(8, Arbitraries.longs().between(1, 50_000_000_00L).map(Euro::ofCents)),
        net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, 9_000_000_000_000_00L)
            .map(Euro::ofCents)));
  }

  Arbitrary<FundingSource> source() {
    return Arbitraries.of(sources).map(FundingSource::of);
  }

  Arbitrary<Allocation> allocation() {
    return Combinators.combine(source(), year(), euro()).as(Allocation::new);
  }

  Arbitrary<Funding> funding() {
    return Combinators.combine(source(), year(), euro(), Arbitraries.of(true, false))
        .as(Funding::new);
  }

  Arbitrary<Intervention> intervention() {
    Arbitrary<String> id = Arbitraries.strings().withCharRange('A', 'F').numeric()
        .ofMinLength(1).ofMaxLength(3);
    return Combinators.combine(id, text(), code(areas),
            code(objectives).list().ofMaxSize(3),
            code(leps).list().ofMaxSize(2),
            allocation().list().ofMaxSize(5),
            Combinators.combine(text().list().ofMaxSize(2), indicators(), text().optional())
                .as(Extras::new))
        .as((i, t, a, o, l, al, x) ->
            new Intervention(i, t, a, o, l, al, x.tags(), x.indicators(), x.description(),
                false));
  }

  private record Extras(
      List<String> tags, Map<String, BigDecimal> indicators, Optional<String> description) {}

  Arbitrary<Map<String, BigDecimal>> indicators() {
    return Arbitraries.maps(Arbitraries.of("posti-nido", "sportelli-pua", "utenti-sad"),
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(5000))
                .ofScale(2))
        .ofMaxSize(2);
  }

  Arbitrary<Ambito> ambito() {
    Arbitrary<List<IstatComune>> members = Arbitraries.of(comuni).list().ofMinSize(1)
        .ofMaxSize(6);
    Arbitrary<Boolean> foreign = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(9, Arbitraries.just(false)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(true)));
    return Combinators.combine(members, foreign, Arbitraries.integers().between(0, 200_000))
        .as((list, addForeign, extra) -> {
          List<Comune> cs = new ArrayList<>();
          for (IstatComune c : list) {
            cs.add(new Comune(c.code(), c.name(), c.population2011() + (extra % 3 == 0 ? extra
                : 0)));
          }
          if (addForeign) {
            cs.add(Comune.of("075016", "Casarano", 20630));
            cs.add(Comune.of("999999", "Inesistente", 10));
          }
          return new Ambito(Optional.of("X"), "Ambito generato", region,
              cs.get(extra % cs.size()).istat(), cs);
        });
  }

  Arbitrary<PartialDate> date() {
    Arbitrary<PartialDate> full = Combinators.combine(Arbitraries.integers().between(2015, 2030),
        Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28))
        .as(PartialDate::of);
    return Arbitraries.oneOf(full,
        full.map(d -> new PartialDate(d.year(), d.month(), 0)),
        full.map(d -> new PartialDate(d.year(), 0, 0)),
        full.map(d -> new PartialDate(0, d.month(), d.day())));
  }

  Arbitrary<Governance> governance() {
    Arbitrary<String> kind = Arbitraries.of("public-notice", "thematic-table", "plenary",
        "union-meeting", "co-design");
    Arbitrary<ApprovalAct> act = Combinators.combine(
            Arbitraries.of("coordinamento-istituzionale", "consiglio-comunale",
                "conferenza-di-servizi"), date(), text().optional(), text().optional(),
            text().optional())
        .as(ApprovalAct::new);
    Arbitrary<List<String>> actors = Arbitraries.of("terzo-settore", "sindacati", "cittadini",
        "asl").list().ofMaxSize(3);
    Arbitrary<ParticipationEvent> event = Combinators.combine(date().optional(), kind,
            text().optional(), actors, Arbitraries.integers().between(0, 500).optional(),
            text().optional(), date().optional(), text().optional())
        .as((d, k, t, a, p, pl, dl, n) -> new ParticipationEvent(d, k, t, a,
            p.map(OptionalInt::of).orElse(OptionalInt.empty()), pl, dl, n));
    Arbitrary<Agreement> agreement = Combinators.combine(
            Arbitraries.of("accordo-di-programma", "convenzione", "partnership-istituzionale"),
            date().optional(), Arbitraries.of("comuni", "asl", "ats", "asst", "provincia")
                .list().ofMaxSize(4), text().optional(), text().optional(), text().optional())
        .as(Agreement::new);
    Arbitrary<GovernanceBody> body = Combinators.combine(
            Arbitraries.of("ufficio-di-piano", "coordinamento-istituzionale"),
            date().optional(), Arbitraries.integers().between(0, 40).optional(),
            text().optional())
        .as((k, e, st, n) -> new GovernanceBody(k, e,
            st.map(OptionalInt::of).orElse(OptionalInt.empty()), n));
    return Combinators.combine(act.list().ofMaxSize(3), event.list().ofMaxSize(5),
            agreement.list().ofMaxSize(2), body.list().ofMaxSize(2))
        .as(Governance::new);
  }

  Arbitrary<Map<String, String>> contents() {
    return Arbitraries.subsetOf(Stream.concat(NationalRules.CONTENTS_KEYS.stream(),
            Stream.of("territory", "demography")).toList())
        .flatMap(keys -> text().list().ofSize(keys.size()).map(texts -> {
          Map<String, String> m = new LinkedHashMap<>();
          int i = 0;
          for (String k : keys) {
            m.put(k, texts.get(i++));
          }
          return m;
        }));
  }

  Arbitrary<Period> period() {
    return Arbitraries.integers().between(validity.from(), validity.to())
        .flatMap(from -> Arbitraries.integers().between(from, validity.to())
            .map(to -> Period.of(from, to)));
  }

  Arbitrary<Optional<Staffing>> staffing() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(200))
        .ofScale(2).map(d -> new Staffing(d, false)).optional();
  }

  /** Plans of every shape the document format allows. */
  public Arbitrary<Plan> plans() {
    Arbitrary<SourceRef> source = Combinators.combine(text(), text().optional(),
        date().optional()).as(SourceRef::new);
    return Combinators.combine(
            Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-', '.', '_')
                .ofMinLength(1).ofMaxLength(20).filter(Plan::isValidId),
            text(), ambito(), period(), contents(), funding().list().ofMaxSize(8), staffing(),
            intervention().list().ofMaxSize(15))
        .flatAs((id, title, ambito, period, contents, funding, staffing, interventions) ->
            Combinators.combine(governance(), source.list().ofMaxSize(2), text().optional())
                .as((governance, sources, notes) -> new Plan(Plan.CURRENT_SCHEMA_VERSION, id,
                    title, ambito, period, Optional.empty(), contents, funding, staffing,
                    interventions, governance, sources, notes)));
  }
}
