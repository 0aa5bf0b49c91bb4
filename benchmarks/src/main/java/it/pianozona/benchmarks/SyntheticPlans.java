package it.pianozona.benchmarks;

import it.pianozona.core.io.DocumentFormat;
import it.pianozona.core.io.PlanWriter;
import it.pianozona.core.model.Allocation;
import it.pianozona.core.model.Ambito;
import it.pianozona.core.model.ApprovalAct;
import it.pianozona.core.model.Comune;
import it.pianozona.core.model.Euro;
import it.pianozona.core.model.Funding;
import it.pianozona.core.model.FundingSource;
import it.pianozona.core.model.Governance;
import it.pianozona.core.model.Intervention;
import it.pianozona.core.model.IstatCode;
import it.pianozona.core.model.PartialDate;
import it.pianozona.core.model.ParticipationEvent;
import it.pianozona.core.model.Period;
import it.pianozona.core.model.Plan;
import it.pianozona.core.model.Region;
import it.pianozona.core.model.SourceRef;
import it.pianozona.core.model.Staffing;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * Deterministic plans for the benchmarks: the same seed and size give the same bytes on every
 * machine, so every figure in BENCHMARKS.md can be reproduced.
 *
 * <p>Each plan is a realistic, valid Puglia plan for 2022-2024 under the V Piano Regionale: the
 * seven comuni of the Ambito di Casarano (as in the bundled example plan), every area A1..A7
 * programmed, four to six allocations per intervention (five on average), funding declared for
 * every source and year and never exceeded, enough social workers, every art. 19 section, a
 * participatory process. Validation therefore runs every rule to the end and reports no error,
 * which is the common case the benchmarks must be fast at.
 */
public final class SyntheticPlans {

  /** The seed of every benchmark input; change it and every checksum in BENCHMARKS.md changes. */
  public static final long SEED = 20_221_024L;

  static final Period PERIOD = Period.of(2022, 2024);
  static final List<String> AREAS = List.of("A1", "A2", "A3", "A4", "A5", "A6", "A7");

  /** National sources (national.yaml) and the Puglia framework's own. */
  static final List<String> SOURCES =
      List.of(
          "fnps",
          "fna",
          "fondo-poverta",
          "pnrr",
          "dopo-di-noi",
          "fse",
          "comuni",
          "asl",
          "fgsa",
          "buoni-servizio");

  /** LEPS ids of the national reference, some of which interventions guarantee. */
  static final List<String> LEPS =
      List.of(
          "servizio-sociale-professionale",
          "pronto-intervento-sociale",
          "residenza-anagrafica",
          "supervisione",
          "dimissioni-protette",
          "pippi",
          "percorso-assistenziale-integrato",
          "assistenza-domiciliare-sociale",
          "sollievo-anziani",
          "supporto-anziani");

  private static final List<String> SERVICES =
      List.of(
          "Servizio di assistenza domiciliare", "Centro diurno socio-educativo",
          "Sportello di segretariato sociale", "Educativa domiciliare per minori",
          "Pronto intervento sociale", "Tirocini di inclusione sociale",
          "Centro antiviolenza e sportelli territoriali", "Buoni servizio per la prima infanzia",
          "Affido familiare e accoglienza", "Trasporto sociale per persone con disabilità",
          "Integrazione scolastica degli alunni con disabilità", "Centro per le famiglie");

  private static final List<String> PLACES =
      List.of("Casarano", "Collepasso", "Matino", "Parabita", "Ruffano", "Supersano", "Taurisano");

  private SyntheticPlans() {}

  /** The comuni of the Ambito di Casarano, as in examples/plans/puglia-casarano-2022-2024.yaml. */
  static List<Comune> casaranoComuni() {
    return List.of(
        Comune.of("075016", "Casarano", 20630),
        Comune.of("075021", "Collepasso", 6396),
        Comune.of("075042", "Matino", 11570),
        Comune.of("075059", "Parabita", 9371),
        Comune.of("075064", "Ruffano", 9724),
        Comune.of("075081", "Supersano", 4388),
        Comune.of("075084", "Taurisano", 12674));
  }

  /** The benchmark plan with the given number of interventions, from {@link #SEED}. */
  public static Plan plan(int interventions) {
    return plan("bench-" + interventions, interventions, SEED + interventions);
  }

  /** A plan of the given id and size; the same arguments always give an equal plan. */
  public static Plan plan(String id, int interventions, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Comune> comuni = casaranoComuni();
    Ambito ambito =
        new Ambito(
            Optional.empty(),
            "Ambito Territoriale Sociale di Casarano",
            Region.PUGLIA,
            IstatCode.of("075016"),
            comuni);
    Plan.Builder plan =
        Plan.builder()
            .id(id)
            .title(
                "Piano Sociale di Zona 2022-2024 ("
                    + id
                    + ", "
                    + interventions
                    + " interventi, generato)")
            .ambito(ambito)
            .period(PERIOD);
    plan.content(
        "objectives",
        "Azioni di dettaglio per ciascuna delle sette aree strategiche"
            + " del V Piano Regionale, garantendo i livelli essenziali delle prestazioni sociali.");
    plan.content(
        "organisation",
        "Gestione associata dei sette comuni dell'Ambito con un Ufficio"
            + " di Piano e una coordinatrice.");
    plan.content(
        "monitoring",
        "Rilevazione trimestrale dei dati di servizio e relazione annuale"
            + " al Coordinamento istituzionale.");
    plan.content("integration", "Operatori dei Comuni e dell'ASL in équipe integrate.");
    plan.content(
        "stateCoordination",
        "Protocolli con l'Ufficio di esecuzione penale esterna e"
            + " il Tribunale per i minorenni.");
    plan.content("thirdSector", "Tavoli di co-progettazione con il terzo settore.");
    plan.content("healthIntegration", "PUA distrettuale, ADI e dimissioni protette con l'ASL.");

    Map<String, long[]> allocatedCents = new LinkedHashMap<>();
    List<Intervention> list = new ArrayList<>(interventions);
    for (int i = 0; i < interventions; i++) {
      list.add(intervention(random, i, allocatedCents));
    }
    // Every source and year declared, each a little above what the interventions allocate.
    for (String source : SOURCES) {
      long[] cents = allocatedCents.getOrDefault(source, new long[PERIOD.lengthInYears()]);
      for (int y = 0; y < cents.length; y++) {
        long declared = ((cents[y] * 105 / 100) / 100_000 + 1) * 100_000;
        plan.funding(
            new Funding(
                FundingSource.of(source), PERIOD.from() + y, Euro.ofCents(declared), false));
      }
    }
    long population = comuni.stream().mapToLong(Comune::population).sum();
    plan.staffing(new Staffing(BigDecimal.valueOf(population / 4000 + 2), false));
    list.forEach(plan::intervention);
    plan.governance(
        new Governance(
            List.of(
                new ApprovalAct(
                    "consiglio-comunale",
                    PartialDate.parse("2023-04-28"),
                    Optional.of("12"),
                    Optional.of("Approvazione del Piano sociale di zona"),
                    Optional.empty())),
            List.of(
                event(
                    "2022-09-15",
                    "public-notice",
                    "Avviso pubblico di avvio della concertazione",
                    0),
                event("2022-10-06", "thematic-table", "Tavolo tematico sulle aree A1-A7", 48),
                event("2022-11-10", "plenary", "Plenaria di chiusura della concertazione", 95))));
    plan.source(
        new SourceRef(
            "Documento generato per i benchmark di pianozona (seme " + seed + ")",
            Optional.empty(),
            Optional.empty()));
    plan.notes("Piano sintetico: importi e interventi generati, nessun dato reale.");
    return plan.build();
  }

  private static ParticipationEvent event(String date, String kind, String topic, int people) {
    return new ParticipationEvent(
        Optional.of(PartialDate.parse(date)),
        kind,
        Optional.of(topic),
        List.of("terzo-settore", "sindacati"),
        people == 0 ? OptionalInt.empty() : OptionalInt.of(people),
        Optional.of("Casarano"),
        Optional.empty(),
        Optional.empty());
  }

  private static Intervention intervention(
      SplittableRandom random, int index, Map<String, long[]> allocatedCents) {
    String area = AREAS.get(index % AREAS.size());
    String id = area + "-" + String.format("%05d", index + 1);
    String title =
        SERVICES.get(random.nextInt(SERVICES.size()))
            + " - "
            + PLACES.get(random.nextInt(PLACES.size()))
            + " ("
            + id
            + ")";
    List<String> leps =
        random.nextInt(3) == 0 ? List.of(LEPS.get(random.nextInt(LEPS.size()))) : List.of();
    int count = 4 + random.nextInt(3);
    List<Allocation> allocations = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      String source = SOURCES.get(random.nextInt(SOURCES.size()));
      int year = PERIOD.from() + random.nextInt(PERIOD.lengthInYears());
      long cents = 100_000L + random.nextLong(20_000_000L);
      allocatedCents
              .computeIfAbsent(source, s -> new long[PERIOD.lengthInYears()])[
              year - PERIOD.from()] +=
          cents;
      allocations.add(new Allocation(FundingSource.of(source), year, Euro.ofCents(cents)));
    }
    List<String> tags = random.nextInt(4) == 0 ? List.of("prevenzione") : List.of();
    Optional<String> description =
        random.nextInt(2) == 0
            ? Optional.of("Servizio erogato in forma associata nei sette comuni dell'Ambito.")
            : Optional.empty();
    return new Intervention(
        id, title, area, List.of(), leps, allocations, tags, Map.of(), description, false);
  }

  /** The plan as a document in the format, as UTF-8 bytes. */
  public static byte[] document(Plan plan, DocumentFormat format) {
    if (format == DocumentFormat.XLSX) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      it.pianozona.core.io.WorkbookWriter.write(plan, out);
      return out.toByteArray();
    }
    return PlanWriter.write(plan, format).getBytes(StandardCharsets.UTF_8);
  }
}
