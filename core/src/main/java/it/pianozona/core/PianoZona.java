package it.pianozona.core;

import static java.util.Objects.requireNonNull;

import it.pianozona.core.config.Configuration;
import it.pianozona.core.config.Tuning;
import it.pianozona.core.framework.Catalogue;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FrameworkRegistry;
import it.pianozona.core.framework.FrameworkSelectionException;
import it.pianozona.core.framework.Parameters;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.framework.WeightedCriterion;
import it.pianozona.core.internal.Engine;
import it.pianozona.core.io.ConfigurationReader;
import it.pianozona.core.io.DataReader;
import it.pianozona.core.io.DocumentException;
import it.pianozona.core.io.DocumentFormat;
import it.pianozona.core.io.DocumentProblem;
import it.pianozona.core.io.PlanDocument;
import it.pianozona.core.io.PlanReader;
import it.pianozona.core.io.ProblemCode;
import it.pianozona.core.io.ReadLimits;
import it.pianozona.core.model.Plan;
import it.pianozona.core.national.NationalRules;
import it.pianozona.core.reference.ComuniRegistry;
import it.pianozona.core.scoring.Score;
import it.pianozona.core.text.Suggestions;
import it.pianozona.core.validation.Pointer;
import it.pianozona.core.validation.RuleDescriptor;
import it.pianozona.core.validation.ValidationReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The library's entry point: reads plans, picks their framework, validates and scores them.
 *
 * <pre>{@code
 * PianoZona pz = PianoZona.create();
 * Evaluation e = pz.evaluate(pz.read(Path.of("plan.yaml")).plan());
 * e.report().findings().forEach(f -> System.out.println(f.message(Language.IT)));
 * }</pre>
 *
 * <p>Immutable and safe to share between threads; create it once.
 *
 * @since 0.1
 */
public final class PianoZona {

  private final FrameworkRegistry registry;
  private final PlanReader reader;
  private final Engine engine;

  private final Configuration configuration;
  private final Map<String, Path> catalogues;

  private PianoZona(
      FrameworkRegistry registry,
      PlanReader reader,
      ComuniRegistry comuni,
      Configuration configuration,
      Map<String, Path> catalogues) {
    this.registry = registry;
    this.reader = reader;
    this.engine = new Engine(NationalRules.reference(), comuni);
    this.configuration = configuration;
    this.catalogues = Map.copyOf(catalogues);
  }

  /**
   * The configuration this instance applies to every evaluation; {@link Configuration#NONE} if
   * none.
   */
  public Configuration configuration() {
    return configuration;
  }

  /** The library with every framework found through {@link java.util.ServiceLoader}. */
  public static PianoZona create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The frameworks this instance knows. */
  public FrameworkRegistry frameworks() {
    return registry;
  }

  /** The reader used by {@link #read(Path)}. */
  public PlanReader reader() {
    return reader;
  }

  /** Every rule a plan checked under the framework goes through: national ones first. */
  public List<Rule> rulesFor(Framework framework) {
    return rulesOf(framework);
  }

  /**
   * Every rule a plan checked under the framework goes through, national ones first, whatever
   * instance checks it: the rules depend on the framework alone.
   */
  public static List<Rule> rulesOf(Framework framework) {
    return Engine.rulesFor(requireNonNull(framework, "framework"));
  }

  /**
   * The findings the engine itself reports, under every framework and for no act: a rule that
   * failed ({@code CORE-ENG-001}) and a suppression that matches no finding ({@code CORE-SUP-001}),
   * so that {@code explain} and reports can describe them as they describe rules.
   */
  public static List<RuleDescriptor> engineRules() {
    return List.of(Engine.RULE_FAILED, Engine.STALE_SUPPRESSION);
  }

  /**
   * Reads a plan document.
   *
   * @throws it.pianozona.core.io.DocumentException if it cannot be read
   */
  public PlanDocument read(Path file) {
    return reader.read(file);
  }

  /**
   * The framework the plan is checked under.
   *
   * @throws FrameworkSelectionException if none or more than one fits
   */
  public Framework frameworkFor(Plan plan) {
    return registry.select(plan);
  }

  /**
   * Validates and scores a plan under the framework its region and period select (or that it
   * names).
   *
   * @throws FrameworkSelectionException if no single framework fits the plan
   */
  public Evaluation evaluate(Plan plan) {
    return evaluate(plan, registry.select(plan));
  }

  /**
   * Validates and scores a plan under the given framework, whatever the plan names. Never throws
   * for any plan.
   */
  public Evaluation evaluate(Plan plan, Framework framework) {
    Engine.Tuned tuned = engine.validate(plan, framework, configuration);
    Score score = engine.score(plan, framework, tuned.report(), configuration);
    Tuning tuning = tuned.tuning();
    Path catalogue = catalogues.get(framework.id());
    if (catalogue != null) {
      tuning =
          new Tuning(tuning.file(), tuning.rules(), tuning.parameters(), Optional.of(catalogue));
    }
    return new Evaluation(plan, framework, tuned.report(), score, tuning);
  }

  /**
   * Reads, validates and scores one file under the framework its region and period select (or that
   * it names): what the command line does for each file. Never throws for any file: a document that
   * cannot be read, or that no framework fits, gives its located problems.
   */
  public Check check(Path file) {
    return check(file, Optional.empty());
  }

  /**
   * Like {@link #check(Path)}, under the framework with this id whatever the plan's period or the
   * framework it names.
   *
   * @param framework the id of an installed framework; an id that is not installed, or one of
   *     another region, is a problem of the file, like a plan that names an unknown framework
   */
  public Check check(Path file, String framework) {
    return check(file, Optional.of(requireNonNull(framework, "framework")));
  }

  /**
   * Like {@link #check(Path)}, for a document held in memory, such as one a web service received:
   * nothing is read from or written to disk.
   *
   * @param name how reports and problems name the document, such as its file name; it becomes the
   *     check's {@link Check#file()}
   * @param framework the id of an installed framework to check it under, or empty for the one its
   *     region and period select
   */
  public Check check(
      String name, byte[] content, DocumentFormat format, Optional<String> framework) {
    requireNonNull(name, "name");
    requireNonNull(content, "content");
    requireNonNull(format, "format");
    requireNonNull(framework, "framework");
    return check(Path.of(name), () -> reader.read(name, content, format), framework);
  }

  private Check check(Path file, Optional<String> framework) {
    requireNonNull(file, "file");
    return check(file, () -> reader.read(file), framework);
  }

  private Check check(Path file, Supplier<PlanDocument> read, Optional<String> framework) {
    try {
      PlanDocument document = read.get();
      Framework chosen = registry.select(document.plan(), framework);
      return Check.of(file, new CheckedPlan(document, evaluate(document.plan(), chosen)));
    } catch (DocumentException e) {
      return Check.unusable(file, e.problems());
    } catch (FrameworkSelectionException e) {
      DocumentProblem problem =
          ProblemCode.of(e.code())
              .map(c -> DocumentProblem.of(file.toString(), c, e.arguments().toArray()))
              .orElseGet(
                  () ->
                      DocumentProblem.of(
                          file.toString(), ProblemCode.INTERNAL_ERROR, e.getMessage()));
      return Check.unusable(file, List.of(problem));
    }
  }

  /**
   * Validates a plan under its framework.
   *
   * @throws FrameworkSelectionException if no single framework fits the plan
   */
  public ValidationReport validate(Plan plan) {
    return engine.validate(plan, registry.select(plan), configuration).report();
  }

  /** Configures a {@link PianoZona}: which frameworks, which limits, which comuni list. */
  public static final class Builder {
    private FrameworkRegistry registry;
    private ReadLimits limits = ReadLimits.DEFAULT;
    private ComuniRegistry comuni;
    private final List<Path> catalogueFiles = new ArrayList<>();
    private Configuration configuration = Configuration.NONE;
    private final Map<String, List<Rule>> localRules = new LinkedHashMap<>();
    private final Map<String, List<WeightedCriterion>> localCriteria = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a rule of the application's own to an installed framework, as an office adds a check of
     * its own without writing a region module. The rule runs after the framework's, and reports,
     * explanations and the framework list show it like the framework's own, marked as local. Give
     * it a code of its own family, such as {@code LOC-CASARANO-INT-001} (tag {@code local}), and a
     * legal basis that names the office's own decision.
     *
     * @param frameworkId the id of an installed framework, such as {@code puglia-v-2022-2024}
     * @throws IllegalArgumentException at {@link #build()} if no framework has the id, or if the
     *     rule's code is already a national rule's, the engine's or the framework's
     */
    public Builder rule(String frameworkId, Rule rule) {
      requireNonNull(frameworkId, "frameworkId");
      requireNonNull(rule, "rule");
      localRules.computeIfAbsent(frameworkId, k -> new ArrayList<>()).add(rule);
      return this;
    }

    /**
     * Adds a scoring criterion of the application's own to an installed framework's model, after
     * the region's criteria. Its weight adds to the model's: the total is still the points earned
     * over the applicable weight, scaled to 100, so a local criterion of weight 10 beside a model
     * of 100 makes the region's criteria count for 100 of 110. Its weight basis says who set it:
     * {@link it.pianozona.core.framework.WeightBasis#PIANOZONA} (not an act), or {@code
     * WeightBasis.act(...)} naming the office's own decision.
     *
     * @throws IllegalArgumentException at {@link #build()} if no framework has the id, or if the
     *     criterion's id is already one of the framework's model
     */
    public Builder criterion(String frameworkId, WeightedCriterion criterion) {
      requireNonNull(frameworkId, "frameworkId");
      requireNonNull(criterion, "criterion");
      localCriteria.computeIfAbsent(frameworkId, k -> new ArrayList<>()).add(criterion);
      return this;
    }

    /** Uses exactly these frameworks instead of discovering them. */
    public Builder frameworks(List<Framework> frameworks) {
      this.registry = FrameworkRegistry.of(frameworks);
      return this;
    }

    public Builder registry(FrameworkRegistry value) {
      this.registry = requireNonNull(value, "registry");
      return this;
    }

    public Builder readLimits(ReadLimits value) {
      this.limits = requireNonNull(value, "limits");
      return this;
    }

    /**
     * Replaces a framework's catalogue with one read from a catalogue file, such as one completed
     * from the act's annex. The file names the framework it is for.
     *
     * @throws it.pianozona.core.io.DocumentException at {@link #build()} if the file cannot be read
     *     or names a framework that is not installed
     */
    public Builder catalogue(Path file) {
      catalogueFiles.add(requireNonNull(file, "file"));
      return this;
    }

    /**
     * Tunes every evaluation: rules turned off or re-graded, parameters overridden, suppressions,
     * and the configuration's catalogues used like {@link #catalogue(Path)}'s.
     *
     * @throws it.pianozona.core.io.DocumentException at {@link #build()} if the configuration names
     *     a rule code, a tag, a parameter or a framework that is not installed, or overrides a
     *     number with a list (or the other way round)
     */
    public Builder configuration(Configuration value) {
      this.configuration = requireNonNull(value, "configuration");
      return this;
    }

    /**
     * Tunes every evaluation with a project configuration file ({@code pianozona.yaml}), read now.
     *
     * @throws it.pianozona.core.io.DocumentException if the file cannot be read or is not a valid
     *     configuration, with every problem located
     */
    public Builder configuration(Path file) {
      return configuration(ConfigurationReader.read(requireNonNull(file, "file")));
    }

    /** Uses another list of comuni, such as a newer ISTAT list. */
    public Builder comuni(ComuniRegistry value) {
      this.comuni = requireNonNull(value, "comuni");
      return this;
    }

    public PianoZona build() {
      FrameworkRegistry frameworks =
          Optional.ofNullable(registry).orElseGet(FrameworkRegistry::discover);
      Map<String, Path> replacedBy = new java.util.HashMap<>();
      List<Path> files = new ArrayList<>(catalogueFiles);
      files.addAll(configuration.catalogues());
      for (Path file : files) {
        frameworks = withCatalogue(frameworks, file, replacedBy);
      }
      frameworks = withLocal(frameworks);
      // After the local rules are in: a configuration may tune them too.
      checkConfiguration(configuration, frameworks);
      // Only the configuration's catalogues are tuning: one given to catalogue(Path) (the
      // command line's --catalogue) is the framework's catalogue, which reports already name.
      Map<String, Path> tuned = new java.util.HashMap<>(replacedBy);
      tuned.values().retainAll(configuration.catalogues());
      return new PianoZona(
          frameworks,
          PlanReader.withLimits(limits),
          Optional.ofNullable(comuni).orElseGet(ComuniRegistry::bundled),
          configuration,
          tuned);
    }

    /**
     * Refuses a configuration that names rules, tags, parameters or frameworks none of the
     * installed frameworks has, so that a typo never silently tunes nothing.
     */
    private static void checkConfiguration(
        Configuration configuration, FrameworkRegistry registry) {
      if (configuration.rules().isEmpty()
          && configuration.parameters().isEmpty()
          && configuration.suppressions().isEmpty()) {
        return;
      }
      Map<String, RuleDescriptor> rules = new java.util.LinkedHashMap<>();
      Map<String, Parameters> parameters = new java.util.TreeMap<>();
      Parameters national = NationalRules.reference().parameters();
      NationalRules.all().forEach(r -> rules.putIfAbsent(r.descriptor().code(), r.descriptor()));
      for (Framework f : registry.frameworks()) {
        f.rules().forEach(r -> rules.putIfAbsent(r.descriptor().code(), r.descriptor()));
        parameters.put(f.id(), national.with(f.parameters()));
      }
      rules.put(Engine.RULE_FAILED.code(), Engine.RULE_FAILED);
      rules.put(Engine.STALE_SUPPRESSION.code(), Engine.STALE_SUPPRESSION);
      List<DocumentProblem> problems =
          ConfigurationReader.check(configuration, rules.values(), parameters);
      if (!problems.isEmpty()) {
        throw new DocumentException(problems);
      }
    }

    /** The registry with the local rules and criteria added to their frameworks. */
    private FrameworkRegistry withLocal(FrameworkRegistry registry) {
      if (localRules.isEmpty() && localCriteria.isEmpty()) {
        return registry;
      }
      Set<String> ids = new LinkedHashSet<>(localRules.keySet());
      ids.addAll(localCriteria.keySet());
      List<String> installed = registry.frameworks().stream().map(Framework::id).toList();
      for (String id : ids) {
        if (registry.byId(id).isEmpty()) {
          throw new IllegalArgumentException(
              "a local rule or criterion is for framework '"
                  + id
                  + "', which is not installed"
                  + Suggestions.closest(id, installed)
                      .map(c -> "; did you mean " + c + "?")
                      .orElse("")
                  + " (installed: "
                  + String.join(", ", installed)
                  + ")");
        }
      }
      List<Framework> extended = new ArrayList<>();
      for (Framework f : registry.frameworks()) {
        List<Rule> rules = localRules.getOrDefault(f.id(), List.of());
        List<WeightedCriterion> criteria = localCriteria.getOrDefault(f.id(), List.of());
        if (rules.isEmpty() && criteria.isEmpty()) {
          extended.add(f);
          continue;
        }
        Map<String, String> taken = new HashMap<>();
        Engine.rulesFor(f).forEach(r -> taken.put(r.descriptor().code(), owner(r, f)));
        taken.put(Engine.RULE_FAILED.code(), "the engine");
        taken.put(Engine.STALE_SUPPRESSION.code(), "the engine");
        for (Rule r : rules) {
          String code = r.descriptor().code();
          String earlier = taken.putIfAbsent(code, "another local rule");
          if (earlier != null) {
            throw new IllegalArgumentException(
                "the local rule "
                    + code
                    + " for "
                    + f.id()
                    + " has the code of "
                    + earlier
                    + ": give it a code of its own, such as LOC-...");
          }
        }
        Set<String> criterionIds = new LinkedHashSet<>();
        f.scoring().criteria().forEach(c -> criterionIds.add(c.criterion().id()));
        for (WeightedCriterion c : criteria) {
          if (!criterionIds.add(c.criterion().id())) {
            throw new IllegalArgumentException(
                "the local criterion '"
                    + c.criterion().id()
                    + "' for "
                    + f.id()
                    + " has the id of a criterion its scoring model already weighs: give it an id"
                    + " of its own");
          }
        }
        extended.add(f.withLocal(rules, criteria));
      }
      return FrameworkRegistry.of(extended, registry.problems());
    }

    private static String owner(Rule r, Framework f) {
      String code = r.descriptor().code();
      if (f.isLocal(code)) {
        return "a local rule";
      }
      return f.rules().contains(r) ? "a rule of " + f.id() : "a national rule";
    }

    private static FrameworkRegistry withCatalogue(
        FrameworkRegistry registry, Path file, Map<String, Path> replacedBy) {
      Map.Entry<String, Catalogue> entry = DataReader.readCatalogueFile(file);
      String id = entry.getKey();
      Path earlier = replacedBy.putIfAbsent(id, file);
      if (earlier != null) {
        // Keeping only the last would silently drop what the first one says.
        throw new DocumentException(
            List.of(
                DataReader.problemAt(
                    file, Pointer.of("framework"), ProblemCode.SECOND_CATALOGUE, id, earlier)));
      }
      if (registry.byId(id).isEmpty()) {
        throw new DocumentException(
            List.of(
                DataReader.problemAt(
                    file,
                    Pointer.of("framework"),
                    ProblemCode.CATALOGUE_FRAMEWORK_NOT_INSTALLED,
                    id,
                    registry.frameworks().stream()
                        .map(Framework::id)
                        .collect(Collectors.joining(", ")))));
      }
      List<Framework> replaced =
          registry.frameworks().stream()
              .map(f -> f.id().equals(id) ? f.withCatalogue(entry.getValue()) : f)
              .toList();
      return FrameworkRegistry.of(replaced, registry.problems());
    }
  }
}
