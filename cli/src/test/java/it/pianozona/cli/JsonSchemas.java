package it.pianozona.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** Checks JSON against a JSON Schema (draft 2020-12 unless the schema says otherwise). */
final class JsonSchemas {

  private JsonSchemas() {}

  /** The violations of the schema, one line each; empty when the document conforms. */
  static List<String> violations(String schemaText, JsonNode document) {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaText);
    return schema.validate(document).stream().map(Error::toString).toList();
  }
}
