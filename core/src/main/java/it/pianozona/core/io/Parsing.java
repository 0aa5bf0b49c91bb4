package it.pianozona.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import it.pianozona.core.text.Language;
import it.pianozona.core.text.Message;
import java.io.IOException;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;

/** Jackson set up once per limits: exact decimals, strict duplicates, bounded input. */
final class Parsing {

  private final ObjectMapper json;
  private final ObjectMapper yaml;
  private final ObjectReader jsonPart;
  private final ObjectReader yamlPart;
  private final int maxStringLength;

  Parsing(ReadLimits limits) {
    this.maxStringLength = limits.maxStringLength();
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(100)
            .maxNameLength(1_000)
            .build();
    JsonFactory jsonFactory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(limits.maxDocumentBytes());
    loader.setNestingDepthLimit(limits.maxNestingDepth());
    loader.setMaxAliasesForCollections(10);
    loader.setAllowDuplicateKeys(false);
    YAMLFactory yamlFactory =
        YAMLFactory.builder()
            .loaderOptions(loader)
            .streamReadConstraints(constraints)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();
    this.json =
        JsonMapper.builder(jsonFactory)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    this.yaml =
        YAMLMapper.builder(yamlFactory)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    this.jsonPart =
        json.reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    this.yamlPart =
        yaml.reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
  }

  ObjectMapper mapper(DocumentFormat format) {
    return format == DocumentFormat.YAML ? yaml : json;
  }

  JsonParser parser(DocumentFormat format, byte[] content) throws IOException {
    JsonParser parser = mapper(format).createParser(content);
    return format == DocumentFormat.YAML ? new StrictYaml(parser, maxStringLength) : parser;
  }

  /**
   * Reads the value at the parser's current token into a tree, as {@link #readTree} reads it within
   * a whole document, leaving the parser at the value's last token: for the parts of a document
   * read as trees while the rest is bound from the tokens. A key written twice in one object fails
   * the read even when the parser's own check is off.
   */
  JsonNode readPart(DocumentFormat format, JsonParser parser) throws IOException {
    return (format == DocumentFormat.YAML ? yamlPart : jsonPart).readTree(parser);
  }

  /** Parses a whole document into a tree, refusing ambiguous YAML and trailing content. */
  JsonNode readTree(DocumentFormat format, byte[] content) throws IOException {
    try (JsonParser parser = parser(format, content)) {
      return mapper(format).readTree(parser);
    }
  }

  /**
   * YAML as plain data. Jackson follows YAML 1.1, which silently reads {@code 0100} as the octal
   * number 64, {@code yes} as true and an alias ({@code *name}) as the text of its name; and it
   * keeps tags such as {@code !!python/object}. A plan is data typed by people: each of these is
   * refused with its position instead of being guessed.
   */
  private static final class StrictYaml extends JsonParserDelegate {
    private final int maxStringLength;

    StrictYaml(JsonParser delegate, int maxStringLength) {
      super(delegate);
      this.maxStringLength = maxStringLength;
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken token = super.nextToken();
      YAMLParser yaml = (YAMLParser) delegate;
      if (yaml.isCurrentAlias()) {
        throw new Refused(this, ProblemCode.YAML_ALIAS.message(yaml.getText()));
      }
      if (token != null
          && token != JsonToken.FIELD_NAME
          && token != JsonToken.END_OBJECT
          && token != JsonToken.END_ARRAY
          && yaml.getTypeId() != null) {
        throw new Refused(this, ProblemCode.YAML_TAG.message(yaml.getTypeId()));
      }
      if (token == JsonToken.VALUE_STRING && yaml.getTextLength() > maxStringLength) {
        // Jackson's YAML parser does not apply the string-length constraint itself; the words are
        // Jackson's own, so that the limit is reported as for JSON.
        throw new StreamConstraintsException(
            String.format(
                Locale.ROOT,
                "String value length (%d) exceeds the maximum allowed (%d, from"
                    + " `StreamReadConstraints.getMaxStringLength()`)",
                yaml.getTextLength(),
                maxStringLength),
            yaml.currentTokenLocation());
      }
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        String text = yaml.getText();
        if (!plainNumber(text)) {
          throw new Refused(this, ProblemCode.AMBIGUOUS_NUMBER.message(text));
        }
      }
      if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
        String text = yaml.getText();
        // severity: off is the project configuration's word for a rule turned off (no plan key is
        // named severity); the configuration reader reads the false YAML makes of it as off.
        boolean severityKey = "severity".equals(yaml.currentName());
        boolean severityOff = text.equalsIgnoreCase("off") && severityKey;
        if (severityKey && !severityOff) {
          // true, false, yes, no, on are no severity; hinting "true or false" would turn the
          // rule off when the reader follows it.
          throw new Refused(this, ProblemCode.BAD_SETTING_SEVERITY.message(text, ""));
        }
        if (!text.equals("true") && !text.equals("false") && !severityOff) {
          throw new Refused(this, ProblemCode.YAML_YES_NO.message(text));
        }
      }
      return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
      JsonToken token = nextToken();
      return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }
  }

  /**
   * Whether a YAML number is written as JSON writes one, {@code
   * -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?}: not octal, hexadecimal, with underscores or a
   * leading plus. Checked by hand rather than by the regular expression because it runs for every
   * number of every YAML plan read; a property test holds the two together.
   */
  static boolean plainNumber(String text) {
    int n = text.length();
    int i = 0;
    if (i < n && text.charAt(i) == '-') {
      i++;
    }
    if (i >= n || !digit(text.charAt(i))) {
      return false;
    }
    if (text.charAt(i) == '0') {
      i++;
    } else {
      while (i < n && digit(text.charAt(i))) {
        i++;
      }
    }
    if (i < n && text.charAt(i) == '.') {
      int fraction = ++i;
      while (i < n && digit(text.charAt(i))) {
        i++;
      }
      if (i == fraction) {
        return false;
      }
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
        i++;
      }
      int exponent = i;
      while (i < n && digit(text.charAt(i))) {
        i++;
      }
      if (i == exponent) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * YAML that {@link StrictYaml} refuses, with the coded problem the reader reports; a parse
   * exception so that Jackson gives it its location on the way out.
   */
  static final class Refused extends JsonParseException {
    private static final long serialVersionUID = 1L;

    private final transient Message problem;

    Refused(JsonParser parser, Message problem) {
      super(parser, problem.render(Language.EN));
      this.problem = problem;
    }

    Message problem() {
      return problem;
    }
  }
}
