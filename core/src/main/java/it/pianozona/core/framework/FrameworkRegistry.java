package it.pianozona.core.framework;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import it.pianozona.core.model.Plan;
import it.pianozona.core.model.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The frameworks known to this process, and the one place where a plan's framework is chosen.
 *
 * <p>Like SLF4J's provider lookup, discovery reports by name a provider that fails to load instead
 * of failing the whole process, and refuses two frameworks that claim the same region for
 * overlapping years (or the same id). Tests and embedding code can pass an explicit list.
 *
 * <p>A framework is built when first asked for: choosing a plan's framework reads the providers'
 * {@linkplain FrameworkProvider#descriptors() descriptors} and builds the chosen one only, so a
 * command that checks one plan does not read every region's data; {@link #frameworks()} builds them
 * all.
 *
 * @since 0.1
 */
public final class FrameworkRegistry {

  private static final Logger LOG = LoggerFactory.getLogger(FrameworkRegistry.class);

  /** By region and then by period. */
  private final ImmutableList<Entry> entries;

  private final ImmutableList<String> problems;
  private final Supplier<ImmutableList<Framework>> all;

  private FrameworkRegistry(List<Entry> entries, List<String> problems) {
    this.entries =
        ImmutableList.sortedCopyOf(
            Comparator.comparing((Entry e) -> e.descriptor.region().id())
                .thenComparing(e -> e.descriptor.validity().from()),
            entries);
    this.problems = ImmutableList.copyOf(problems);
    checkConflicts(this.entries.stream().map(e -> e.descriptor).toList());
    this.all = Suppliers.memoize(() -> ImmutableList.copyOf(build(this.entries)));
  }

  /** A framework known by its descriptor, built on first use and then kept. */
  private static final class Entry {
    final FrameworkDescriptor descriptor;
    final Supplier<Framework> framework;

    private Entry(FrameworkDescriptor descriptor, Supplier<Framework> framework) {
      this.descriptor = descriptor;
      this.framework = framework;
    }

    static Entry built(Framework framework) {
      return new Entry(FrameworkDescriptor.of(framework), () -> framework);
    }

    /**
     * Built by the provider when first asked for, and held to its descriptor: a provider whose data
     * says another id, region or period than it declared is refused by name.
     */
    static Entry lazy(String provider, FrameworkProvider source, FrameworkDescriptor descriptor) {
      return new Entry(
          descriptor,
          Suppliers.memoize(
              () -> {
                Framework f;
                try {
                  f = source.framework(descriptor.id());
                } catch (RuntimeException | LinkageError e) {
                  // LinkageError: a provider that builds in a static initialiser fails with
                  // ExceptionInInitializerError, then NoClassDefFoundError on every later call.
                  throw new IllegalStateException(
                      "framework provider "
                          + provider
                          + " failed to build "
                          + descriptor.id()
                          + ": "
                          + describe(e),
                      e);
                }
                if (!FrameworkDescriptor.of(f).equals(descriptor)) {
                  throw new IllegalStateException(
                      "framework provider "
                          + provider
                          + " declared "
                          + descriptor
                          + " but built "
                          + FrameworkDescriptor.of(f));
                }
                return f;
              }));
    }

    Framework get() {
      return framework.get();
    }
  }

  private static List<Framework> build(List<Entry> entries) {
    return entries.stream().map(Entry::get).toList();
  }

  /** Discovers every provider on the class path or module path of this library. */
  public static FrameworkRegistry discover() {
    return discover(ServiceLoader.load(FrameworkProvider.class));
  }

  /** Discovers the providers visible to a class loader. */
  public static FrameworkRegistry discover(ClassLoader loader) {
    return discover(ServiceLoader.load(FrameworkProvider.class, loader));
  }

  private static FrameworkRegistry discover(ServiceLoader<FrameworkProvider> loader) {
    List<Entry> found = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Iterator<ServiceLoader.Provider<FrameworkProvider>> candidates = loader.stream().iterator();
    // The loader's iterator makes a best effort to go on after a broken entry; the bound only
    // guards against a loader that keeps failing on the same one.
    for (int attempts = 0; attempts < 1_000; attempts++) {
      ServiceLoader.Provider<FrameworkProvider> candidate;
      try {
        if (!candidates.hasNext()) {
          break;
        }
        candidate = candidates.next();
      } catch (ServiceConfigurationError e) {
        problems.add(problem("(unknown)", e));
        continue;
      }
      String name = candidate.type().getName();
      try {
        FrameworkProvider provider = candidate.get();
        name = provider.name() + " (" + name + ")";
        String source = name;
        List<Entry> declared = new ArrayList<>();
        for (FrameworkDescriptor d : provider.descriptors()) {
          declared.add(Entry.lazy(source, provider, d));
        }
        found.addAll(declared);
      } catch (ServiceConfigurationError | RuntimeException e) {
        problems.add(problem(name, e));
      }
    }
    return new FrameworkRegistry(found, problems);
  }

  private static String problem(String provider, Throwable e) {
    String problem = "framework provider " + provider + " failed to load: " + describe(e);
    LOG.warn(problem, e);
    return problem;
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e
        ? String.valueOf(e.getMessage())
        : e.getMessage() + " (caused by " + root + ")";
  }

  /**
   * A registry of exactly these frameworks.
   *
   * @throws IllegalStateException if two share an id, or a region and overlapping years
   */
  public static FrameworkRegistry of(List<Framework> frameworks) {
    return of(frameworks, List.of());
  }

  /** A registry of these frameworks that keeps the load problems of an earlier discovery. */
  public static FrameworkRegistry of(List<Framework> frameworks, List<String> problems) {
    return new FrameworkRegistry(frameworks.stream().map(Entry::built).toList(), problems);
  }

  private static void checkConflicts(List<FrameworkDescriptor> frameworks) {
    Map<String, FrameworkDescriptor> byId = new HashMap<>();
    for (FrameworkDescriptor f : frameworks) {
      FrameworkDescriptor other = byId.put(f.id(), f);
      if (other != null) {
        throw new IllegalStateException("two frameworks claim the id " + f.id());
      }
    }
    for (int i = 0; i < frameworks.size(); i++) {
      for (int j = i + 1; j < frameworks.size(); j++) {
        FrameworkDescriptor a = frameworks.get(i);
        FrameworkDescriptor b = frameworks.get(j);
        if (a.region() == b.region() && a.validity().overlaps(b.validity())) {
          throw new IllegalStateException(
              "frameworks "
                  + a
                  + " and "
                  + b
                  + " claim the same region for overlapping years; remove one of them");
        }
      }
    }
  }

  /**
   * Every framework, by region and then by period; builds those not built yet.
   *
   * @throws IllegalStateException if a provider fails to build one of its frameworks, or builds
   *     another than it declared
   */
  public List<Framework> frameworks() {
    return all.get();
  }

  /** The id, region and years of every framework, in the order of {@link #frameworks()}. */
  public List<FrameworkDescriptor> descriptors() {
    return entries.stream().map(e -> e.descriptor).toList();
  }

  /** The frameworks of one region, oldest first. */
  public List<Framework> frameworks(Region region) {
    return build(entries.stream().filter(e -> e.descriptor.region() == region).toList());
  }

  /** Providers that failed to load, one sentence each; empty when all loaded. */
  public List<String> problems() {
    return problems;
  }

  public Optional<Framework> byId(String id) {
    return entry(id).map(Entry::get);
  }

  /**
   * The framework a plan is checked under: the one it names, or else the one of its region whose
   * years cover the plan's period.
   *
   * @throws FrameworkSelectionException if the named one is unknown or of another region, no
   *     framework of the region covers the period, or its provider fails to build it (PZ-DOC-091)
   */
  public Framework select(Plan plan) {
    return select(plan, plan.framework());
  }

  /**
   * As {@link #select(Plan)}, but a forced id, when given, wins over the one the plan names;
   * without one, the plan's own choice applies.
   *
   * @throws FrameworkSelectionException as for {@link #select(Plan)}
   */
  public Framework select(Plan plan, Optional<String> forced) {
    Optional<String> named = forced.or(plan::framework);
    if (named.isPresent()) {
      String id = named.get();
      Entry f =
          entry(id)
              .orElseThrow(
                  () ->
                      new FrameworkSelectionException(
                          "PZ-DOC-079",
                          List.of(id, ids(descriptors())),
                          "no framework with id '" + id + "'; known: " + ids(descriptors())));
      if (f.descriptor.region() != plan.region()) {
        throw new FrameworkSelectionException(
            "PZ-DOC-080",
            List.of(id, f.descriptor.region().id(), plan.region().id()),
            "framework "
                + id
                + " is for "
                + f.descriptor.region().id()
                + ", but the plan is in "
                + plan.region().id());
      }
      return built(f);
    }
    List<Entry> ofRegion =
        entries.stream().filter(e -> e.descriptor.region() == plan.region()).toList();
    List<FrameworkDescriptor> covering =
        ofRegion.stream()
            .filter(e -> e.descriptor.validity().contains(plan.period()))
            .map(e -> e.descriptor)
            .toList();
    if (covering.size() == 1) {
      return built(entry(covering.get(0).id()).orElseThrow());
    }
    if (covering.isEmpty()) {
      String region = plan.region().id();
      String period = plan.period().toString();
      if (ofRegion.isEmpty()) {
        throw new FrameworkSelectionException(
            "PZ-DOC-082",
            List.of(region, period),
            "no framework of region "
                + region
                + " covers the period "
                + period
                + " (none is installed); name one with 'framework' in the plan");
      }
      String known =
          ofRegion.stream()
              .map(e -> e.descriptor.id() + " (" + e.descriptor.validity() + ")")
              .collect(Collectors.joining(", "));
      throw new FrameworkSelectionException(
          "PZ-DOC-081",
          List.of(region, period, known),
          "no framework of region "
              + region
              + " covers the period "
              + period
              + " (known: "
              + known
              + "); name one with 'framework' in the plan");
    }
    throw new FrameworkSelectionException(
        "PZ-DOC-083",
        List.of(plan.region().id(), plan.period().toString(), ids(covering)),
        "more than one framework of "
            + plan.region().id()
            + " covers "
            + plan.period()
            + ": "
            + ids(covering)
            + "; name one with 'framework'");
  }

  /** The ids, or a dash (a sign both languages read) when there are none. */
  private static String ids(List<FrameworkDescriptor> list) {
    return list.isEmpty()
        ? "\u2014"
        : list.stream().map(FrameworkDescriptor::id).collect(Collectors.joining(", "));
  }

  /**
   * The chosen framework, built: a provider that fails to build it makes the plan unusable with an
   * internal-error problem that names the provider, as {@link #select(Plan)} promises, instead of
   * an exception its callers do not expect.
   */
  private static Framework built(Entry chosen) {
    try {
      return chosen.get();
    } catch (IllegalStateException e) {
      throw new FrameworkSelectionException("PZ-DOC-091", List.of(e.getMessage()), e.getMessage());
    }
  }

  private Optional<Entry> entry(String id) {
    return entries.stream().filter(e -> e.descriptor.id().equals(id)).findFirst();
  }
}
