package it.pianozona.core.framework;

import java.util.List;

/**
 * What a region module provides: its frameworks, one per planning cycle. Registered as a {@link
 * java.util.ServiceLoader} service, both in {@code module-info.java} ({@code provides}) and in
 * {@code META-INF/services}, so it is found on the module path and on the class path.
 *
 * @since 0.1
 */
public interface FrameworkProvider {

  /** A name for diagnostics, such as {@code pianozona-rules-puglia}. */
  String name();

  /** The frameworks, built once; the list is shared and must be immutable. */
  List<Framework> frameworks();
}
