package it.pianozona.core.framework;

import static java.util.Objects.requireNonNull;

import it.pianozona.core.model.Period;
import it.pianozona.core.model.Region;

/**
 * What the registry needs to choose a framework without building it: its id, region and years. A
 * provider lists one per framework in {@link FrameworkProvider#descriptors()}, so that checking a
 * plan builds only the framework it is checked under.
 *
 * @since 0.1
 */
public record FrameworkDescriptor(String id, Region region, Period validity) {

  public FrameworkDescriptor {
    requireNonNull(id, "id");
    requireNonNull(region, "region");
    requireNonNull(validity, "validity");
  }

  public static FrameworkDescriptor of(String id, Region region, Period validity) {
    return new FrameworkDescriptor(id, region, validity);
  }

  /** The descriptor of a built framework. */
  public static FrameworkDescriptor of(Framework framework) {
    return new FrameworkDescriptor(framework.id(), framework.region(), framework.validity());
  }

  @Override
  public String toString() {
    return id + " (" + region.id() + ", " + validity + ")";
  }
}
