package it.pianozona.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the plan document, shipped with the library so that editors
 * and other tools can check documents the way this library reads them.
 *
 * @since 0.1
 */
public final class PlanSchema {

  /** The schema's resource name, next to this class. */
  public static final String RESOURCE = "plan.schema.json";

  private PlanSchema() {}

  /** The schema's text. */
  public static String text() {
    try (InputStream in = PlanSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource missing: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
