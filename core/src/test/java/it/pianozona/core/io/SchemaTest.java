package it.pianozona.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The published JSON Schema says exactly what the reader accepts, key by key. */
class SchemaTest {

  @Test
  void everySchemaDefinitionHasTheReadersKeysAndRequiredKeys() throws Exception {
    JsonNode defs = new ObjectMapper().readTree(PlanSchema.text()).get("$defs");
    for (Map.Entry<String, Shape> e : PlanShapes.BY_SCHEMA_DEFINITION.entrySet()) {
      JsonNode def = defs.get(e.getKey());
      List<String> properties = new ArrayList<>();
      def.get("properties").fieldNames().forEachRemaining(properties::add);
      List<String> required = new ArrayList<>();
      if (def.has("required")) {
        def.get("required").forEach(n -> required.add(n.asText()));
      }
      Shape shape = e.getValue();
      assertEquals(
          new TreeSet<>(shape.keys().stream().map(Shape.Key::name).toList()),
          new TreeSet<>(properties),
          "keys of " + e.getKey());
      assertEquals(
          new TreeSet<>(
              shape.keys().stream().filter(Shape.Key::required).map(Shape.Key::name).toList()),
          new TreeSet<>(required),
          "required of " + e.getKey());
      assertEquals(
          false,
          def.get("additionalProperties").asBoolean(true),
          e.getKey() + " must refuse unknown keys, as the reader does");
    }
  }
}
