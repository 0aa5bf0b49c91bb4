package it.pianozona.core.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JSON Schema (draft 2020-12) of the plan document, shipped with the library so that editors
 * and other tools can check documents the way this library reads them.
 *
 * @since 0.1
 */
public final class PlanSchema {

  private static final ObjectMapper JSON = new ObjectMapper();

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

  /**
   * The schema with the lists a framework closes: its funding sources (national and its
   * catalogue's) and its contents sections (art. 19 and those its rules ask for) become {@code
   * enum}s, so that an editor flags {@code fnsp} or {@code monitorng} as it is typed. The other
   * closed lists (participation kinds, bodies, agreements, LEPS) are national and already in {@link
   * #text()}. {@code Vocabulary.codes(kind, framework)} gives both lists; {@code
   * Reports.planSchema} joins them.
   *
   * @param frameworkId the framework's id, named in the schema's title
   */
  public static String closedTo(
      String frameworkId, List<String> fundingSources, List<String> contentsSections) {
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(text());
      root.put("title", root.path("title").asText() + ", framework " + frameworkId);
      ObjectNode defs = (ObjectNode) root.get("$defs");
      ObjectNode source = JSON.createObjectNode();
      source.set("enum", array(fundingSources));
      source.put("description", "The funding sources of framework " + frameworkId + ".");
      defs.set("fundingSource", source);
      for (String def : List.of("funding", "allocation")) {
        ObjectNode field = (ObjectNode) defs.get(def).get("properties").get("source");
        field.put("$ref", "#/$defs/fundingSource");
      }
      ObjectNode contents = (ObjectNode) defs.get("plan").get("properties").get("contents");
      ObjectNode names = JSON.createObjectNode();
      names.set("enum", array(contentsSections));
      contents.set("propertyNames", names);
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ArrayNode array(List<String> values) {
    ArrayNode a = JSON.createArrayNode();
    values.forEach(a::add);
    return a;
  }
}
