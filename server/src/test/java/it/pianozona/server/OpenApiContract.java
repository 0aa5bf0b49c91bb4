package it.pianozona.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service's OpenAPI document held against its real answers: every answer to a documented path
 * must be documented (its status and media type), and a JSON answer must match the schema the
 * document gives it. It also counts which operations the tests reached.
 */
final class OpenApiContract {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode document;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
  private final Set<String> reached = ConcurrentHashMap.newKeySet();

  OpenApiContract(byte[] document) {
    try {
      this.document = JSON.readTree(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode document() {
    return document;
  }

  /** Every operation of the document, as {@code GET /v1/health}. */
  Set<String> operations() {
    Set<String> all = new TreeSet<>();
    document
        .get("paths")
        .fields()
        .forEachRemaining(
            p ->
                p.getValue()
                    .fieldNames()
                    .forEachRemaining(m -> all.add(m.toUpperCase() + " " + p.getKey())));
    return all;
  }

  /**
   * The operations some answer was checked against, with the statuses seen: {@code GET /v1/health
   * 200}.
   */
  Set<String> reached() {
    return new TreeSet<>(reached);
  }

  void check(String method, String path, Http.Answer answer) {
    String template = template(path);
    if (template == null) {
      // Not an API path (the page, its assets, a path that does not exist): nothing to match.
      return;
    }
    JsonNode operation = document.get("paths").get(template).get(method.toLowerCase());
    if (operation == null) {
      assertEquals(405, answer.status(), method + " " + path + " is not documented");
      return;
    }
    String status = Integer.toString(answer.status());
    JsonNode response = operation.get("responses").get(status);
    if (response == null) {
      fail(
          method
              + " "
              + template
              + " answered "
              + status
              + ", which the document does not list: "
              + answer.text());
    }
    String type = answer.type().split(";")[0].strip();
    JsonNode media = response.path("content").get(type);
    if (media == null) {
      fail(method + " " + template + " " + status + " answered " + type + ", not documented");
    }
    reached.add(method + " " + template + " " + status);
    if (type.endsWith("json")) {
      List<String> errors = violations(media.get("schema"), answer.body());
      assertTrue(
          errors.isEmpty(),
          method + " " + path + " " + status + " does not match its schema: " + errors);
    }
  }

  private List<String> violations(JsonNode schemaNode, byte[] body) {
    Schema schema =
        schemas.computeIfAbsent(
            schemaNode.toString(),
            s -> {
              ObjectNode root = JSON.createObjectNode();
              root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
              root.set("components", document.get("components"));
              root.putArray("allOf").add(schemaNode);
              return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                  .getSchema(root.toString());
            });
    try {
      return schema.validate(JSON.readTree(body)).stream().map(Error::toString).toList();
    } catch (IOException e) {
      return List.of("not JSON: " + e.getMessage());
    }
  }

  /** The document's path template a concrete path falls under, or null. */
  private String template(String path) {
    Iterator<String> names = document.get("paths").fieldNames();
    while (names.hasNext()) {
      String t = names.next();
      if (path.matches(t.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\."))) {
        return t;
      }
    }
    return null;
  }
}
