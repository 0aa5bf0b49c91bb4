package it.pianozona.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.pianozona.core.national.Vocabulary;
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

  @Test
  void theSchemasClosedListsAreTheVocabularysOwn() throws Exception {
    JsonNode defs = new ObjectMapper().readTree(PlanSchema.text()).get("$defs");
    assertEquals(
        Vocabulary.codes(Vocabulary.Kind.PARTICIPATION),
        strings(defs.at("/participation/properties/kind/enum")));
    assertEquals(
        Vocabulary.codes(Vocabulary.Kind.AGREEMENT),
        strings(defs.at("/agreement/properties/kind/enum")));
    assertEquals(Vocabulary.codes(Vocabulary.Kind.BODY), strings(defs.at("/governanceBody/enum")));
    assertEquals(Vocabulary.codes(Vocabulary.Kind.LEPS), strings(defs.at("/leps/enum")));
  }

  @Test
  void aFrameworksSchemaClosesSourcesAndSectionsToItsLists() throws Exception {
    String text =
        PlanSchema.closedTo("x-2022-2024", List.of("fnps", "fsr"), List.of("monitoring", "extra"));
    JsonNode root = new ObjectMapper().readTree(text);
    assertEquals(List.of("fnps", "fsr"), strings(root.at("/$defs/fundingSource/enum")));
    assertEquals(
        "#/$defs/fundingSource", root.at("/$defs/allocation/properties/source/$ref").asText());
    assertEquals(
        List.of("monitoring", "extra"),
        strings(root.at("/$defs/plan/properties/contents/propertyNames/enum")));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
