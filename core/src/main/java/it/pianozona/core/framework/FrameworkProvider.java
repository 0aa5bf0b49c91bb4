package it.pianozona.core.framework;

import java.util.List;

/**
 * What a region module provides: its frameworks, one per planning cycle. Registered as a {@link
 * java.util.ServiceLoader} service, both in {@code module-info.java} ({@code provides}) and in
 * {@code META-INF/services}, so it is found on the module path and on the class path.
 *
 * <p>A provider only has to implement {@link #frameworks()}. One whose frameworks cost time to
 * build (a data file to read, a catalogue to check) also lists them in {@link #descriptors()} and
 * builds each on its own in {@link #framework(String)}: the registry then chooses a plan's
 * framework from the descriptors and builds that one only, which a short command notices.
 *
 * @since 0.1
 */
public interface FrameworkProvider {

  /** A name for diagnostics, such as {@code pianozona-rules-puglia}. */
  String name();

  /** The frameworks, built once; the list is shared and must be immutable. */
  List<Framework> frameworks();

  /**
   * The id, region and years of each framework of {@link #frameworks()}, in any order, without
   * building them. The default builds them to find out; a provider that overrides it must list
   * exactly what its frameworks say, which the region contract (the TCK) checks.
   */
  default List<FrameworkDescriptor> descriptors() {
    return frameworks().stream().map(FrameworkDescriptor::of).toList();
  }

  /**
   * The framework with this id, one of {@link #descriptors()}, built once. The default picks it
   * from {@link #frameworks()}.
   *
   * @throws IllegalArgumentException if the provider has no framework with the id
   */
  default Framework framework(String id) {
    return frameworks().stream()
        .filter(f -> f.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(name() + " has no framework " + id));
  }
}
