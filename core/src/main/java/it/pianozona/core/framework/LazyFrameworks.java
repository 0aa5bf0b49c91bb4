package it.pianozona.core.framework;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A provider's frameworks, each declared beside the code that builds it and built once, when first
 * asked for: what a {@link FrameworkProvider} needs to answer {@link
 * FrameworkProvider#descriptors()} without reading any data file. A provider keeps one and hands
 * its three methods to it.
 *
 * @since 0.1
 */
public final class LazyFrameworks {

  private final String provider;
  private final ImmutableList<FrameworkDescriptor> descriptors;
  private final Map<String, Supplier<Framework>> builds;

  private LazyFrameworks(String provider, Map<FrameworkDescriptor, Supplier<Framework>> cycles) {
    this.provider = provider;
    this.descriptors = ImmutableList.copyOf(cycles.keySet());
    Map<String, Supplier<Framework>> byId = new LinkedHashMap<>();
    cycles.forEach((d, build) -> byId.put(d.id(), Suppliers.memoize(build::get)));
    this.builds = Map.copyOf(byId);
  }

  /**
   * Starts the list of a provider's frameworks.
   *
   * @param provider the provider's {@link FrameworkProvider#name()}, for the message of an id it
   *     does not have
   */
  public static Builder builder(String provider) {
    return new Builder(requireNonNull(provider, "provider"));
  }

  /** What {@link FrameworkProvider#descriptors()} answers: no framework is built. */
  public List<FrameworkDescriptor> descriptors() {
    return descriptors;
  }

  /**
   * What {@link FrameworkProvider#framework(String)} answers: built on the first call, kept after.
   *
   * @throws IllegalArgumentException if no framework has the id
   */
  public Framework framework(String id) {
    Supplier<Framework> build = builds.get(id);
    if (build == null) {
      throw new IllegalArgumentException(provider + " has no framework " + id);
    }
    return build.get();
  }

  /** What {@link FrameworkProvider#frameworks()} answers: every one, built. */
  public List<Framework> frameworks() {
    return descriptors.stream().map(d -> framework(d.id())).toList();
  }

  /** Declares the frameworks one by one, each with how to build it. */
  public static final class Builder {
    private final String provider;
    private final Map<FrameworkDescriptor, Supplier<Framework>> cycles = new LinkedHashMap<>();

    private Builder(String provider) {
      this.provider = provider;
    }

    /**
     * Adds a framework; {@code build} runs once, when the framework is first asked for.
     *
     * @throws IllegalArgumentException if another framework already has the id
     */
    public Builder add(FrameworkDescriptor descriptor, Supplier<Framework> build) {
      requireNonNull(descriptor, "descriptor");
      requireNonNull(build, "build");
      if (cycles.keySet().stream().anyMatch(d -> d.id().equals(descriptor.id()))) {
        throw new IllegalArgumentException(provider + " declares " + descriptor.id() + " twice");
      }
      cycles.put(descriptor, build);
      return this;
    }

    public LazyFrameworks build() {
      return new LazyFrameworks(provider, cycles);
    }
  }
}
