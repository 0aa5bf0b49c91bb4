package it.pianozona.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.criteria.CofinancingBase;
import it.pianozona.core.framework.Area;
import it.pianozona.core.framework.Catalogue;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FrameworkDescriptor;
import it.pianozona.core.framework.FrameworkProvider;
import it.pianozona.core.framework.Objective;
import it.pianozona.core.framework.ParticipationModel;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.framework.WeightBasis;
import it.pianozona.core.framework.WeightedCriterion;
import it.pianozona.core.model.Plan;
import it.pianozona.core.model.Region;
import it.pianozona.core.national.Vocabulary;
import it.pianozona.core.scenario.Scenarios;
import it.pianozona.core.text.Language;
import it.pianozona.core.text.MessageBundle;
import it.pianozona.core.text.Slots;
import it.pianozona.core.text.Text;
import it.pianozona.core.validation.RuleDescriptor;
import it.pianozona.core.validation.Severity;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract every region module passes. A region adopts it with one subclass in its tests:
 *
 * <pre>{@code
 * class PugliaContractTest extends RegionContract {
 *   protected Region region() { return Region.PUGLIA; }
 *   protected String regionPackage() { return "it.pianozona.rules.puglia"; }
 * }
 * }</pre>
 *
 * and golden scenarios in {@code src/test/resources/scenarios} (at least five). The suite checks
 * that the region's frameworks are found, that rule codes are unique across every framework
 * installed, that every rule has a severity, a legal basis and messages in both languages, that
 * every template names its arguments ({@link Slots}), that every caveat, rationale and note of the
 * data is in Italian and English, that every legal basis links only to the act on an official site
 * ({@link FrameworkSources#OFFICIAL_HOSTS}), that every weight says whether an act or pianozona set
 * it, that a framework weighing participation states its own model, that a minimum co-financing
 * share comes with its base, that catalogues are well formed and declare whether a source confirms
 * them (an unverified one says what to verify, and its lists send no plan back: their rules report
 * at most INFO, their criteria are not applicable), that validation never throws and is
 * deterministic on generated plans (valid, broken in one chosen way, or of any shape), that scores
 * stay in range, that the scenarios give exactly their expected reports, and that the module uses
 * only core's public API.
 */
public abstract class RegionContract {

  /** The least number of golden scenarios a region ships. */
  public static final int MIN_SCENARIOS = 5;

  private static final PianoZona PIANO_ZONA = PianoZona.create();

  /** The region the module implements. */
  protected abstract Region region();

  /** The root package of the module's classes, such as {@code it.pianozona.rules.puglia}. */
  protected abstract String regionPackage();

  /** Where the golden scenarios are; by default {@code src/test/resources/scenarios}. */
  protected Path scenarios() {
    return Path.of("src/test/resources/scenarios");
  }

  /** The library with every framework on the test class path. */
  protected PianoZona pianoZona() {
    return PIANO_ZONA;
  }

  protected List<Framework> frameworks() {
    return pianoZona().frameworks().frameworks(region());
  }

  @Test
  void theRegionsFrameworksAreDiscoveredWithoutLoadProblems() {
    assertEquals(List.of(), pianoZona().frameworks().problems());
    assertFalse(frameworks().isEmpty(), "no framework of " + region().id() + " was found");
  }

  /**
   * The registry chooses a plan's framework from the providers' descriptors and builds only that
   * one, so a descriptor that says other years than the data file would choose wrongly.
   */
  @Test
  void everyProviderDeclaresExactlyTheFrameworksItBuilds() {
    List<FrameworkProvider> providers =
        ServiceLoader.load(FrameworkProvider.class).stream()
            .filter(p -> p.type().getPackageName().startsWith(regionPackage()))
            .map(ServiceLoader.Provider::get)
            .toList();
    assertFalse(providers.isEmpty(), "no framework provider in " + regionPackage());
    for (FrameworkProvider provider : providers) {
      List<FrameworkDescriptor> declared = provider.descriptors();
      assertEquals(
          declared.size(), Set.copyOf(declared).size(), provider.name() + " declares one twice");
      assertEquals(
          Set.copyOf(provider.frameworks().stream().map(FrameworkDescriptor::of).toList()),
          Set.copyOf(declared),
          provider.name() + ": descriptors() must list what frameworks() builds");
      for (FrameworkDescriptor d : declared) {
        assertEquals(d, FrameworkDescriptor.of(provider.framework(d.id())), provider.name());
      }
      assertThrows(
          IllegalArgumentException.class,
          () -> provider.framework("no-such-framework"),
          provider.name() + ": an unknown id");
    }
  }

  @Test
  void ruleCodesAreUniqueAcrossEveryInstalledFramework() {
    Map<String, String> owner = new HashMap<>();
    for (Framework f : pianoZona().frameworks().frameworks()) {
      for (Rule rule : pianoZona().rulesFor(f)) {
        String code = rule.descriptor().code();
        if (code.startsWith("NAT-")) {
          continue; // national rules run under every framework by design
        }
        String previous = owner.putIfAbsent(code, f.id());
        assertTrue(previous == null, () -> code + " is used by " + previous + " and " + f.id());
      }
    }
  }

  @Test
  void everyRuleHasASeverityALegalBasisAndMessagesInBothLanguages() {
    for (Framework f : frameworks()) {
      checkRules(f.rules());
    }
  }

  /**
   * Asserts what the contract asks of every rule, a region's or an application's local one: a
   * severity, a legal basis that cites an act, a title, message and fix in Italian and in English
   * (a title that renders), and a message that renders in both languages with an argument in each
   * of its slots.
   */
  public static void checkRules(Collection<? extends Rule> rules) {
    for (Rule rule : rules) {
      RuleDescriptor d = rule.descriptor();
      assertTrue(d.severity() != null, d.code() + " has no severity");
      assertTrue(!d.legalBasis().act().isBlank(), d.code() + " cites no act");
      for (String key : d.requiredKeys()) {
        assertTrue(d.bundle().has(key), d.code() + " has no message " + key);
        for (Language l : Language.values()) {
          String template = d.bundle().template(key, l);
          assertTrue(!template.isBlank(), d.code() + " has an empty " + key + " in " + l);
        }
      }
      for (Language l : Language.values()) {
        assertFalse(d.title(l).startsWith(d.keyBase()), d.code() + " title not rendered");
        String template = d.bundle().template(d.messageKey(), l);
        SortedSet<Integer> slots = Slots.placeholders(template);
        int count = slots.isEmpty() ? 0 : slots.last() + 1;
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          args.add(2);
        }
        String rendered = d.bundle().render(d.messageKey(), args, l);
        assertFalse(
            rendered.contains("{") || rendered.startsWith(d.keyBase()),
            d.code() + " message does not render in " + l + ": " + rendered);
      }
    }
  }

  /**
   * Asserts that every template with placeholders in these bundles names each of them, in both
   * languages ({@link Slots#problems}).
   */
  public static void checkSlots(Collection<MessageBundle> bundles) {
    List<String> problems = new ArrayList<>();
    new LinkedHashSet<>(bundles).forEach(b -> problems.addAll(Slots.problems(b)));
    assertEquals(List.of(), problems, "add <key>.slots=name, name, ... beside each template");
  }

  @Test
  void everyTemplateWithPlaceholdersNamesEachOfThemInBothLanguages() {
    Set<MessageBundle> bundles = new LinkedHashSet<>();
    for (Framework f : frameworks()) {
      f.rules().forEach(r -> bundles.add(r.descriptor().bundle()));
      f.scoring().criteria().forEach(c -> bundles.add(c.criterion().name().bundle()));
    }
    checkSlots(bundles);
  }

  @Test
  void everyPassageOfTheFrameworksDataIsInItalianAndEnglish() {
    List<String> italianOnly = new ArrayList<>();
    for (Framework f : frameworks()) {
      FrameworkSources.texts(f)
          .forEach(
              (where, text) -> {
                if (!text.has(Language.EN)) {
                  italianOnly.add(f.id() + " " + where + ": " + text.it());
                }
              });
    }
    assertEquals(
        List.of(),
        italianOnly,
        "a bundled framework gives every caveat, rationale and note in both languages");
  }

  @Test
  void everyLegalBasisLinksToTheActOnAnOfficialSiteOrNowhere() {
    List<String> unofficial = new ArrayList<>();
    for (Framework f : frameworks()) {
      FrameworkSources.legalBases(f)
          .forEach(
              (where, basis) ->
                  basis
                      .url()
                      .filter(u -> !FrameworkSources.isOfficial(u))
                      .ifPresent(u -> unofficial.add(f.id() + " " + where + ": " + u)));
    }
    assertEquals(
        List.of(),
        unofficial,
        "a legal basis links to the act on "
            + FrameworkSources.OFFICIAL_HOSTS
            + ", or has no link");
  }

  @Test
  void everyWeightSaysWhetherAnActOrPianozonaSetItAndAnActIsNamedWithItsArticle() {
    for (Framework f : frameworks()) {
      checkWeights(f.id(), f.scoring().criteria());
    }
  }

  /**
   * Asserts what the contract asks of every weight, a region's or a local one: a rationale that
   * says why, and, for a weight an act fixes, the act's article.
   */
  public static void checkWeights(String frameworkId, Collection<WeightedCriterion> criteria) {
    List<String> wrong = new ArrayList<>();
    for (WeightedCriterion w : criteria) {
      WeightBasis basis = w.weightBasis();
      if (basis.fromAct() && basis.act().get().article().isBlank()) {
        wrong.add(frameworkId + " " + w.criterion().id() + ": an act's weight names its article");
      }
      if (w.rationale().isEmpty()) {
        wrong.add(frameworkId + " " + w.criterion().id() + ": a weight says why in its rationale");
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void aFrameworkThatWeighsParticipationStatesItsOwnModelInTheVocabulary() {
    List<String> wrong = new ArrayList<>();
    for (Framework f : frameworks()) {
      boolean weighed =
          f.scoring().criteria().stream().anyMatch(w -> w.criterion().id().equals("participation"));
      if (weighed && f.participation().isEmpty()) {
        wrong.add(f.id() + " weighs participation without a participation model");
      }
      f.participation()
          .ifPresent(
              m -> {
                for (ParticipationModel.Stage st : m.stages()) {
                  st.kinds().stream()
                      .filter(k -> !named(Vocabulary.Kind.PARTICIPATION, k))
                      .forEach(k -> wrong.add(f.id() + " participation kind not named: " + k));
                  st.bodies().stream()
                      .filter(b -> !named(Vocabulary.Kind.BODY, b))
                      .forEach(b -> wrong.add(f.id() + " body not named: " + b));
                }
              });
    }
    assertEquals(List.of(), wrong, "stages are named in both languages by the vocabulary");
  }

  private static boolean named(Vocabulary.Kind kind, String code) {
    return Vocabulary.name(kind, code, Language.IT).isPresent()
        && Vocabulary.name(kind, code, Language.EN).isPresent();
  }

  @Test
  void aMinimumCofinancingShareAlwaysComesWithTheBaseItIsComputedOn() {
    List<String> wrong = new ArrayList<>();
    for (Framework f : frameworks()) {
      for (int year = f.validity().from(); year <= f.validity().to(); year++) {
        boolean minimum =
            f.parameters().inYear("municipal-cofinancing-min-share", year).isPresent();
        boolean base = f.parameters().codesInYear(CofinancingBase.PARAMETER, year).isPresent();
        if (minimum && !base) {
          wrong.add(f.id() + " " + year);
        }
      }
    }
    assertEquals(
        List.of(), wrong, "years with a minimum share but no " + CofinancingBase.PARAMETER);
  }

  @Test
  void cataloguesAreWellFormedAndFrameworksDoNotOverlap() {
    List<Framework> list = frameworks();
    for (Framework f : list) {
      assertTrue(f.validity().from() <= f.validity().to());
      assertFalse(f.catalogue().areas().isEmpty(), f.id() + " has no areas");
      for (Area a : f.catalogue().areas()) {
        assertTrue(!a.title().isBlank() && !a.source().act().isBlank(), a.code());
      }
      for (Objective o : f.catalogue().objectives()) {
        assertTrue(f.catalogue().area(o.area()).isPresent(), o.code());
        assertTrue(!o.source().act().isBlank(), o.code());
      }
    }
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        assertFalse(
            list.get(i).validity().overlaps(list.get(j).validity()),
            list.get(i) + " overlaps " + list.get(j));
      }
    }
  }

  @Test
  void everyCatalogueDeclaresItsStatusAndAnUnverifiedOneSaysWhatToVerify() {
    for (Framework f : frameworks()) {
      Catalogue c = f.catalogue();
      // The status itself cannot be missing: Catalogue refuses null and the data format requires
      // it (PZ-DOC-094). What the contract checks is what an unverified status obliges.
      if (c.isVerified()) {
        continue;
      }
      Text caveat =
          c.reference()
              .caveat()
              .orElseThrow(() -> new AssertionError(f.id() + ": unverified, with no caveat"));
      assertTrue(caveat.has(Language.EN), f.id() + ": the caveat says what to verify in English");
      assertTrue(
          caveat.render(Language.IT).contains("da verificare"),
          f.id() + ": the caveat says what is to be verified: " + caveat.render(Language.IT));
      assertTrue(
          caveat.render(Language.EN).contains("to be verified"),
          f.id() + ": the caveat says what is to be verified: " + caveat.render(Language.EN));
      for (Rule r : PianoZona.rulesOf(f)) {
        RuleDescriptor d = r.descriptor();
        if (d.checksCatalogue()) {
          assertEquals(
              Severity.INFO, c.severityOf(d), d.code() + " under the unverified " + f.id());
        }
      }
    }
  }

  @Property(tries = 50)
  void underAnUnverifiedCatalogueNoFindingOfItsListsIsMoreThanInfo(
      @ForAll("anyPlans") Map.Entry<Framework, Plan> input) {
    Framework f = input.getKey();
    if (f.catalogue().isVerified()) {
      return;
    }
    Set<String> catalogueRules = new HashSet<>();
    PianoZona.rulesOf(f).stream()
        .map(Rule::descriptor)
        .filter(RuleDescriptor::checksCatalogue)
        .forEach(d -> catalogueRules.add(d.code()));
    Evaluation e = pianoZona().evaluate(input.getValue(), f);
    e.report().findings().stream()
        .filter(x -> catalogueRules.contains(x.code()))
        .forEach(x -> assertEquals(Severity.INFO, x.severity(), x::toString));
    e.score().criteria().stream()
        .filter(c -> CATALOGUE_CRITERIA.contains(c.id()))
        .forEach(c -> assertFalse(c.applicable(), c.id() + " under the unverified " + f.id()));
  }

  /** The built-in criteria that measure a plan against its catalogue's lists. */
  static final Set<String> CATALOGUE_CRITERIA =
      Set.of("area-coverage", "objective-coverage", "area-balance", "service-objectives");

  @Provide
  Arbitrary<Map.Entry<Framework, Plan>> anyPlans() {
    return Arbitraries.of(frameworks())
        .flatMap(f -> PlanGenerators.of(f).plans().map(p -> Map.entry(f, p)));
  }

  @Provide
  Arbitrary<Map.Entry<Framework, Plan>> validPlans() {
    return Arbitraries.of(frameworks())
        .flatMap(f -> PlanGenerators.of(f).validPlans().map(p -> Map.entry(f, p)));
  }

  @Provide
  Arbitrary<Map.Entry<Framework, Map.Entry<Breakage, Plan>>> brokenPlans() {
    return Combinators.combine(Arbitraries.of(frameworks()), Arbitraries.of(Breakage.class))
        .flatAs(
            (f, b) -> PlanGenerators.of(f).brokenPlans(b).map(p -> Map.entry(f, Map.entry(b, p))));
  }

  @Property(tries = 200)
  void validationNeverThrowsIsDeterministicAndScoresInRange(
      @ForAll("anyPlans") Map.Entry<Framework, Plan> input) {
    Evaluation first = pianoZona().evaluate(input.getValue(), input.getKey());
    Evaluation second = pianoZona().evaluate(input.getValue(), input.getKey());
    assertEquals(first.report(), second.report());
    assertEquals(first.score(), second.score());
    assertTrue(
        first.report().withCode("CORE-ENG-001").isEmpty(),
        () -> "a rule threw: " + first.report().withCode("CORE-ENG-001"));
    assertTrue(
        first.score().total().signum() >= 0
            && first.score().total().compareTo(BigDecimal.valueOf(100)) <= 0);
  }

  @Property(tries = 100)
  void validPlansPassEveryNationalRule(@ForAll("validPlans") Map.Entry<Framework, Plan> input) {
    Evaluation e = pianoZona().evaluate(input.getValue(), input.getKey());
    List<String> national =
        e.report().findings().stream()
            .map(f -> f.code())
            .filter(c -> c.startsWith("NAT-") || c.startsWith("CORE-"))
            .toList();
    assertEquals(List.of(), national);
  }

  @Property(tries = 200)
  void aPlanBrokenInOneWayGetsTheNationalFindingForIt(
      @ForAll("brokenPlans") Map.Entry<Framework, Map.Entry<Breakage, Plan>> input) {
    Framework f = input.getKey();
    Breakage breakage = input.getValue().getKey();
    Evaluation e = pianoZona().evaluate(input.getValue().getValue(), f);
    String expected = breakage.expectedCode(f.catalogue().areasComplete());
    ReportAssert.assertThat(e.report()).hasFinding(expected);
  }

  @TestFactory
  Stream<DynamicTest> goldenScenariosGiveExactlyTheirReports() throws Exception {
    List<Path> files = Scenarios.files(scenarios());
    assertTrue(
        files.size() >= MIN_SCENARIOS,
        "a region ships at least "
            + MIN_SCENARIOS
            + " golden scenarios in "
            + scenarios()
            + "; found "
            + files.size());
    return GoldenScenarios.in(scenarios(), pianoZona());
  }

  @Test
  void theModuleUsesOnlyCorePublicApi() {
    RegionArchitecture.check(regionPackage());
  }
}
