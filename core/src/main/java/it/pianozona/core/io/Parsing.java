package it.pianozona.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import org.yaml.snakeyaml.LoaderOptions;

/** Jackson set up once per limits: exact decimals, strict duplicates, bounded input. */
final class Parsing {

  private final ObjectMapper json;
  private final ObjectMapper yaml;

  Parsing(ReadLimits limits) {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxDocumentLength(limits.maxDocumentBytes())
        .maxStringLength(limits.maxStringLength())
        .maxNumberLength(100)
        .maxNameLength(1_000)
        .build();
    JsonFactory jsonFactory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(limits.maxDocumentBytes());
    loader.setNestingDepthLimit(limits.maxNestingDepth());
    loader.setMaxAliasesForCollections(10);
    loader.setAllowDuplicateKeys(false);
    YAMLFactory yamlFactory = YAMLFactory.builder()
        .loaderOptions(loader)
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .build();
    this.json = JsonMapper.builder(jsonFactory)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
    this.yaml = YAMLMapper.builder(yamlFactory)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  ObjectMapper mapper(DocumentFormat format) {
    return format == DocumentFormat.YAML ? yaml : json;
  }

  JsonParser parser(DocumentFormat format, byte[] content) throws IOException {
    JsonParser parser = mapper(format).createParser(content);
    return format == DocumentFormat.YAML ? new NoAliases(parser) : parser;
  }

  /** Parses a whole document into a tree, refusing YAML aliases and trailing content. */
  JsonNode readTree(DocumentFormat format, byte[] content) throws IOException {
    try (JsonParser parser = parser(format, content)) {
      return mapper(format).readTree(parser);
    }
  }

  /**
   * Jackson reads a YAML alias ({@code *name}) as the text of its name, which would silently
   * turn a reused block into a string. Documents are data, not templates: aliases are refused,
   * with their position.
   */
  private static final class NoAliases extends JsonParserDelegate {
    NoAliases(JsonParser delegate) {
      super(delegate);
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken token = super.nextToken();
      if (delegate instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
        throw new JsonParseException(this, "YAML aliases such as *" + yaml.getText()
            + " are not supported: write the value out in full");
      }
      return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
      JsonToken token = nextToken();
      return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }
  }
}
