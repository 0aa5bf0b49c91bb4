package it.pianozona.tck;

import it.pianozona.core.framework.Area;
import it.pianozona.core.framework.Catalogue;
import it.pianozona.core.framework.Framework;
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
import it.pianozona.core.model.IstatCode;
import it.pianozona.core.model.PartialDate;
import it.pianozona.core.model.ParticipationEvent;
import it.pianozona.core.model.Period;
import it.pianozona.core.model.Plan;
import it.pianozona.core.model.Region;
import it.pianozona.core.model.SourceRef;
import it.pianozona.core.model.Staffing;
import it.pianozona.core.model.Suppression;
import it.pianozona.core.national.NationalRules;
import it.pianozona.core.reference.ComuniRegistry;
import it.pianozona.core.reference.IstatComune;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
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
import net.jqwik.api.Tuple;

/**
 * jqwik generators of plans for a framework, for anyone writing a region:
 *
 * <ul>
 *   <li>{@link #plans()}: plans of every shape the document format allows, most of them breaking
 *       several rules, which validation must survive;
 *   <li>{@link #validPlans()}: plans that every national rule accepts;
 *   <li>{@link #brokenPlans(Breakage)}: valid plans broken in exactly one chosen way.
 * </ul>
 */
public final class PlanGenerators {

  private final Region region;
  private final Period validity;
  private final Catalogue catalogue;
  private final List<IstatComune> comuni;
  private final List<String> areas;
  private final List<String> leps;
  private final List<String> sources;

  private PlanGenerators(Region region, Period validity, Catalogue catalogue) {
    this.region = region;
    this.validity = validity;
    this.catalogue = catalogue;
    this.comuni =
        ComuniRegistry.bundled().all().stream().filter(c -> c.region() == region).toList();
    this.areas = catalogue.areas().stream().map(Area::code).toList();
    this.leps = NationalRules.reference().leps().stream().map(LepsInfo::id).toList();
    List<String> s = new ArrayList<>();
    NationalRules.reference().fundingSources().forEach(f -> s.add(f.id().id()));
    catalogue.fundingSources().forEach(f -> s.add(f.id().id()));
    this.sources = List.copyOf(s);
  }

  /** Generators for plans under the framework. */
  public static PlanGenerators of(Framework framework) {
    return new PlanGenerators(framework.region(), framework.validity(), framework.catalogue());
  }

  /** Generators for plans of the region, under a framework with these years and catalogue. */
  public static PlanGenerators of(Region region, Period validity, Catalogue catalogue) {
    return new PlanGenerators(region, validity, catalogue);
  }

  /** Non-blank text of any characters, including accents, quotes and YAML punctuation. */
  public static Arbitrary<String> text() {
    Arbitrary<String> plain =
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withChars("àèéìòùÀÈ€«»’'\"\\:#&*!|>%@`{}[],\t\n")
            .ofMinLength(1)
            .ofMaxLength(40);
    Arbitrary<String> tricky =
        Arbitraries.of(
            "yes",
            "no",
            "null",
            "~",
            "true",
            "0755",
            "1e3",
            "- item",
            "key: value",
            "#comment",
            "  padded  ",
            "075016",
            "---",
            "2022-07-13");
    return Arbitraries.oneOf(plain, tricky).filter(s -> !s.isBlank());
  }

  // ------------------------------------------------------------------ any plans

  Arbitrary<String> code(List<String> known) {
    Arbitrary<String> other = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(6);
    return known.isEmpty()
        ? other
        : Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.of(known)), Tuple.of(1, other));
  }

  Arbitrary<Integer> year() {
    return Arbitraries.frequencyOf(
        Tuple.of(9, Arbitraries.integers().between(validity.from(), validity.to())),
        Tuple.of(1, Arbitraries.integers().between(2015, 2030)));
  }

  static Arbitrary<Euro> euro() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Euro.ZERO)),
        Tuple.of(8, Arbitraries.longs().between(1, 50_000_000_00L).map(Euro::ofCents)),
        Tuple.of(1, Arbitraries.longs().between(0, 9_000_000_000_000_00L).map(Euro::ofCents)));
  }

  Arbitrary<FundingSource> source() {
    return Arbitraries.frequencyOf(
            Tuple.of(19, Arbitraries.of(sources)),
            Tuple.of(1, Arbitraries.just("fondo-sconosciuto")))
        .map(FundingSource::of);
  }

  Arbitrary<Allocation> allocation() {
    return Combinators.combine(source(), year(), euro()).as(Allocation::new);
  }

  Arbitrary<Funding> funding() {
    return Combinators.combine(source(), year(), euro(), Arbitraries.of(true, false))
        .as(Funding::new);
  }

  private record Extras(
      List<String> tags, Map<String, BigDecimal> indicators, Optional<String> description) {}

  static Arbitrary<Map<String, BigDecimal>> indicators() {
    return Arbitraries.maps(
            Arbitraries.of("posti-nido", "sportelli-pua", "utenti-sad"),
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(5000)).ofScale(2))
        .ofMaxSize(2);
  }

  Arbitrary<Intervention> intervention() {
    Arbitrary<String> id =
        Arbitraries.strings().withCharRange('A', 'F').numeric().ofMinLength(1).ofMaxLength(3);
    List<String> objectives = catalogue.objectives().stream().map(Objective::code).toList();
    return Combinators.combine(
            id,
            text(),
            code(areas),
            code(objectives).list().ofMaxSize(3),
            code(leps).list().ofMaxSize(2),
            allocation().list().ofMaxSize(5),
            Combinators.combine(text().list().ofMaxSize(2), indicators(), text().optional())
                .as(Extras::new))
        .as(
            (i, t, a, o, l, al, x) ->
                new Intervention(
                    i, t, a, o, l, al, x.tags(), x.indicators(), x.description(), false));
  }

  Arbitrary<Ambito> ambito() {
    Arbitrary<List<IstatComune>> members = Arbitraries.of(comuni).list().ofMinSize(1).ofMaxSize(6);
    Arbitrary<Boolean> foreign =
        Arbitraries.frequencyOf(
            Tuple.of(9, Arbitraries.just(false)), Tuple.of(1, Arbitraries.just(true)));
    return Combinators.combine(members, foreign, Arbitraries.integers().between(0, 200_000))
        .as(
            (list, addForeign, extra) -> {
              List<Comune> cs = new ArrayList<>();
              for (IstatComune c : list) {
                cs.add(
                    new Comune(
                        c.code(), c.name(), c.population2011() + (extra % 3 == 0 ? extra : 0)));
              }
              if (addForeign) {
                cs.add(foreignComune());
                cs.add(Comune.of("999999", "Inesistente", 10));
              }
              return new Ambito(
                  Optional.of("X"),
                  "Ambito generato",
                  region,
                  cs.get(extra % cs.size()).istat(),
                  cs);
            });
  }

  private Comune foreignComune() {
    IstatComune other =
        ComuniRegistry.bundled().all().stream()
            .filter(c -> c.region() != region)
            .findFirst()
            .orElseThrow();
    return new Comune(other.code(), other.name(), other.population2011());
  }

  static Arbitrary<PartialDate> date(int from, int to) {
    Arbitrary<PartialDate> full =
        Combinators.combine(
                Arbitraries.integers().between(from, to),
                Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 28))
            .as(PartialDate::of);
    return Arbitraries.oneOf(
        full,
        full.map(d -> new PartialDate(d.year(), d.month(), 0)),
        full.map(d -> new PartialDate(d.year(), 0, 0)),
        full.map(d -> new PartialDate(0, d.month(), d.day())));
  }

  Arbitrary<Governance> governance() {
    Arbitrary<PartialDate> date = date(2015, 2030);
    Arbitrary<String> kind =
        Arbitraries.of("public-notice", "thematic-table", "plenary", "union-meeting", "co-design");
    Arbitrary<ApprovalAct> act =
        Combinators.combine(
                Arbitraries.of(
                    "coordinamento-istituzionale",
                    "consiglio-comunale",
                    "conferenza-di-servizi",
                    "assemblea-dei-sindaci",
                    "conferenza-dei-sindaci"),
                date,
                text().optional(),
                text().optional(),
                text().optional())
            .as(ApprovalAct::new);
    Arbitrary<List<String>> actors =
        Arbitraries.of("terzo-settore", "sindacati", "cittadini", "asl").list().ofMaxSize(3);
    Arbitrary<ParticipationEvent> event =
        Combinators.combine(
                date.optional(),
                kind,
                text().optional(),
                actors,
                Arbitraries.integers().between(0, 500).optional(),
                text().optional(),
                date.optional(),
                text().optional())
            .as(
                (d, k, t, a, p, pl, dl, n) ->
                    new ParticipationEvent(
                        d, k, t, a, p.map(OptionalInt::of).orElse(OptionalInt.empty()), pl, dl, n));
    Arbitrary<Agreement> agreement =
        Combinators.combine(
                Arbitraries.of("accordo-di-programma", "convenzione", "partnership-istituzionale"),
                date.optional(),
                Arbitraries.of("comuni", "asl", "ats", "asst", "provincia").list().ofMaxSize(4),
                text().optional(),
                text().optional(),
                text().optional())
            .as(Agreement::new);
    Arbitrary<GovernanceBody> body =
        Combinators.combine(
                Arbitraries.of("ufficio-di-piano", "coordinamento-istituzionale"),
                date.optional(),
                Arbitraries.integers().between(0, 40).optional(),
                text().optional())
            .as(
                (k, e, st, n) ->
                    new GovernanceBody(
                        k, e, st.map(OptionalInt::of).orElse(OptionalInt.empty()), n));
    return Combinators.combine(
            act.list().ofMaxSize(3),
            event.list().ofMaxSize(5),
            agreement.list().ofMaxSize(2),
            body.list().ofMaxSize(2))
        .as(Governance::new);
  }

  Arbitrary<Map<String, String>> contents() {
    return Arbitraries.subsetOf(
            Stream.concat(
                    NationalRules.CONTENTS_KEYS.stream(),
                    Stream.of("territory", "demography", "needsAnalysis", "costSharing"))
                .toList())
        .flatMap(
            keys ->
                text()
                    .list()
                    .ofSize(keys.size())
                    .map(
                        texts -> {
                          Map<String, String> m = new LinkedHashMap<>();
                          int i = 0;
                          for (String k : keys) {
                            m.put(k, texts.get(i++));
                          }
                          return m;
                        }));
  }

  Arbitrary<Period> period() {
    return Arbitraries.integers()
        .between(validity.from(), validity.to())
        .flatMap(
            from ->
                Arbitraries.integers().between(from, validity.to()).map(to -> Period.of(from, to)));
  }

  Arbitrary<Optional<Staffing>> staffing() {
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, BigDecimal.valueOf(200))
        .ofScale(2)
        .map(d -> new Staffing(d, false))
        .optional();
  }

  /** Plans of every shape the document format allows; most break several rules. */
  public Arbitrary<Plan> plans() {
    Arbitrary<SourceRef> source =
        Combinators.combine(text(), text().optional(), date(2015, 2030).optional())
            .as(SourceRef::new);
    return Combinators.combine(
            Arbitraries.strings()
                .withCharRange('a', 'z')
                .numeric()
                .withChars('-', '.', '_')
                .ofMinLength(1)
                .ofMaxLength(20)
                .filter(Plan::isValidId),
            text(),
            ambito(),
            period(),
            contents(),
            funding().list().ofMaxSize(8),
            staffing(),
            intervention().list().ofMaxSize(15))
        .flatAs(
            (id, title, ambito, period, contents, funding, staffing, interventions) ->
                Combinators.combine(
                        governance(),
                        source.list().ofMaxSize(2),
                        text().optional(),
                        suppression()
                            .list()
                            .uniqueElements(s -> s.code() + " " + s.pointer())
                            .ofMaxSize(3))
                    .as(
                        (governance, sources, notes, suppressions) ->
                            new Plan(
                                Plan.CURRENT_SCHEMA_VERSION,
                                id,
                                title,
                                ambito,
                                period,
                                Optional.empty(),
                                contents,
                                funding,
                                staffing,
                                interventions,
                                governance,
                                sources,
                                notes,
                                suppressions)));
  }

  /** Suppressions of the document's every form: a code, a pointer, a reason, by and date or not. */
  Arbitrary<Suppression> suppression() {
    return Combinators.combine(
            Arbitraries.of("NAT-FUND-007", "NAT-CNT-011", "NAT-TER-001", "CORE-SUP-001"),
            Arbitraries.of(
                "", "/funding/0", "/contents/monitoring", "/interventions/2/area", "/a~1b~0c"),
            text(),
            text().optional(),
            Arbitraries.integers()
                .between(0, 3650)
                .map(d -> LocalDate.of(2020, 1, 1).plusDays(d))
                .optional())
        .as(Suppression::new);
  }

  // ------------------------------------------------------------------ valid plans

  /** A three-year period inside the framework's years (or all of them when shorter). */
  Arbitrary<Period> cycle() {
    int last = Math.max(validity.from(), validity.to() - 2);
    return Arbitraries.integers()
        .between(validity.from(), last)
        .map(from -> Period.of(from, Math.min(from + 2, validity.to())));
  }

  Arbitrary<Ambito> validAmbito() {
    return Arbitraries.of(comuni)
        .list()
        .uniqueElements(IstatComune::code)
        .ofMinSize(1)
        .ofMaxSize(8)
        .map(
            list ->
                new Ambito(
                    Optional.empty(),
                    "Ambito generato",
                    region,
                    list.get(0).code(),
                    list.stream()
                        .map(c -> new Comune(c.code(), c.name(), c.population2011()))
                        .toList()));
  }

  record Draft(String area, List<String> objectives, List<String> leps, int allocations) {}

  Arbitrary<Draft> draft() {
    Arbitrary<String> area = Arbitraries.of(areas);
    return area.flatMap(
        a -> {
          List<String> inArea =
              catalogue.objectives().stream()
                  .filter(o -> o.area().equals(a))
                  .map(Objective::code)
                  .toList();
          Arbitrary<List<String>> objectives =
              inArea.isEmpty()
                  ? Arbitraries.just(List.of())
                  : Arbitraries.of(inArea).list().uniqueElements().ofMaxSize(2);
          return Combinators.combine(
                  objectives,
                  Arbitraries.of(leps).list().uniqueElements().ofMaxSize(2),
                  Arbitraries.integers().between(0, 4))
              .as((o, l, n) -> new Draft(a, o, l, n));
        });
  }

  /**
   * Plans every national rule accepts: comuni of the region with their ISTAT names, every contents
   * section, interventions in the catalogue's areas and objectives, funding that covers every
   * allocation, and social workers at the service objective.
   */
  public Arbitrary<Plan> validPlans() {
    if (areas.isEmpty()) {
      throw new IllegalStateException("a catalogue without areas has no valid plans");
    }
    List<String> knownSources = sources;
    return Combinators.combine(
            validAmbito(),
            cycle(),
            draft().list().ofMinSize(1).ofMaxSize(20),
            Arbitraries.longs().between(1, 2_000_000_00L).list().ofSize(100),
            Arbitraries.integers().between(0, 10_000),
            governance(),
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.TEN).ofScale(1))
        .as(
            (ambito, period, drafts, amounts, seed, governance, extraStaff) -> {
              Plan.Builder b =
                  Plan.builder()
                      .id("generated-valid")
                      .title("Piano generato")
                      .ambito(ambito)
                      .period(period)
                      .governance(governance);
              NationalRules.CONTENTS_KEYS.forEach(k -> b.content(k, "Capitolo " + k));
              Map<String, Euro> declared = new LinkedHashMap<>();
              int n = 0;
              for (Draft d : drafts) {
                Intervention.Builder i =
                    Intervention.builder("I" + (++n), "Intervento " + n, d.area());
                d.objectives().forEach(i::objective);
                d.leps().forEach(i::leps);
                for (int k = 0; k < d.allocations(); k++) {
                  String source = knownSources.get((seed + n * 7 + k) % knownSources.size());
                  int year = period.from() + (seed + k) % period.lengthInYears();
                  Euro amount = Euro.ofCents(amounts.get((n * 5 + k) % amounts.size()));
                  i.allocation(source, year, amount);
                  declared.merge(source + "/" + year, amount, Euro::plus);
                }
                b.intervention(i.build());
              }
              // Every year of the period has money, and every euro declared is programmed
              // (NAT-FUND-007, -008 and -009 have nothing to say about a valid plan).
              Intervention.Builder base =
                  Intervention.builder("I0", "Segretariato sociale", areas.get(0));
              for (int year = period.from(); year <= period.to(); year++) {
                base.allocation("comuni", year, Euro.ofEuros(1000));
                declared.merge("comuni/" + year, Euro.ofEuros(1000), Euro::plus);
              }
              b.intervention(base.build());
              declared.forEach(
                  (key, amount) -> {
                    String[] parts = key.split("/");
                    b.funding(parts[0], Integer.parseInt(parts[1]), amount);
                  });
              BigDecimal target =
                  BigDecimal.valueOf(ambito.population())
                      .divide(BigDecimal.valueOf(4000), 2, RoundingMode.CEILING);
              b.staffing(new Staffing(target.add(extraStaff), false));
              return b.build();
            });
  }

  /** Valid plans broken in exactly the given way. */
  public Arbitrary<Plan> brokenPlans(Breakage breakage) {
    return validPlans().map(p -> break_(p, breakage));
  }

  private Plan break_(Plan p, Breakage breakage) {
    Ambito a = p.ambito();
    List<Comune> comuniList = new ArrayList<>(a.comuni());
    List<Intervention> interventions = new ArrayList<>(p.interventions());
    switch (breakage) {
      case UNKNOWN_COMUNE:
        comuniList.add(Comune.of("999999", "Inesistente", 100));
        return withAmbito(p, comuniList, a.lead());
      case FOREIGN_COMUNE:
        comuniList.add(foreignComune());
        return withAmbito(p, comuniList, a.lead());
      case WRONG_COMUNE_NAME:
        Comune first = comuniList.get(0);
        comuniList.set(
            0,
            new Comune(first.istat(), first.name() + " Vecchia Denominazione", first.population()));
        return withAmbito(p, comuniList, a.lead());
      case LEAD_OUTSIDE:
        IstatCode outside =
            comuni.stream()
                .map(IstatComune::code)
                .filter(c -> a.comune(c).isEmpty())
                .findFirst()
                .orElse(IstatCode.of("999999"));
        return withAmbito(p, comuniList, outside);
      case DUPLICATE_COMUNE:
        comuniList.add(comuniList.get(0));
        return withAmbito(p, comuniList, a.lead());
      case OVERSPENT:
        {
          Plan withMoney = p.toBuilder().funding("fnps", p.period().to() + 0, Euro.ZERO).build();
          // declared zero for a source-year, then allocate to it
          interventions.add(
              Intervention.builder("OVER", "Intervento sforato", areas.get(0))
                  .allocation("fnps", p.period().to(), Euro.ofEuros(1))
                  .build());
          return replace(dropFunding(withMoney, "fnps", p.period().to(), true), interventions);
        }
      case UNDECLARED_SOURCE:
        interventions.add(
            Intervention.builder("UNDECLARED", "Intervento non coperto", areas.get(0))
                .allocation("fondo-poverta", p.period().from(), Euro.ofEuros(1))
                .build());
        return replace(dropFunding(p, "fondo-poverta", p.period().from(), false), interventions);
      case ALLOCATION_OUTSIDE_PERIOD:
        interventions.add(
            Intervention.builder("OUTSIDE", "Intervento fuori periodo", areas.get(0))
                .allocation("fnps", p.period().to() + 1, Euro.ZERO)
                .build());
        return replace(p, interventions);
      case DUPLICATE_INTERVENTION_ID:
        Intervention i0 = interventions.get(0);
        interventions.add(Intervention.builder(i0.id(), "Doppione", i0.area()).build());
        return replace(p, interventions);
      case UNKNOWN_AREA:
        interventions.add(
            Intervention.builder("NOAREA", "Intervento fuori catalogo", "AREA-INESISTENTE")
                .build());
        return replace(p, interventions);
      case NO_STAFFING:
        return p.toBuilder().withoutStaffing().build();
      case NO_OBJECTIVES_SECTION:
        return withoutContent(p, "objectives");
      case NO_MONITORING_SECTION:
        return withoutContent(p, "monitoring");
      default:
        throw new IllegalArgumentException("unknown breakage " + breakage);
    }
  }

  private static Plan withAmbito(Plan p, List<Comune> comuni, IstatCode lead) {
    Ambito a = p.ambito();
    return p.toBuilder().ambito(new Ambito(a.id(), a.name(), a.region(), lead, comuni)).build();
  }

  private static Plan replace(Plan p, List<Intervention> interventions) {
    return p.toBuilder().withInterventions(interventions).build();
  }

  /** The plan without funding of the source and year; with {@code keepZero}, declared as 0. */
  private static Plan dropFunding(Plan p, String source, int year, boolean keepZero) {
    List<Funding> funding = new ArrayList<>();
    boolean kept = false;
    for (Funding f : p.funding()) {
      if (f.source().id().equals(source) && f.year() == year) {
        if (keepZero && !kept) {
          funding.add(new Funding(f.source(), year, Euro.ZERO, false));
          kept = true;
        }
      } else {
        funding.add(f);
      }
    }
    return p.toBuilder().withFunding(funding).build();
  }

  private static Plan withoutContent(Plan p, String key) {
    Map<String, String> contents = new LinkedHashMap<>(p.contents());
    contents.remove(key);
    return p.toBuilder().withContents(contents).build();
  }
}
