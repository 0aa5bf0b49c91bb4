package it.pianozona.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.io.DocumentFormat;
import it.pianozona.core.io.PlanSchema;
import it.pianozona.core.model.Plan;
import it.pianozona.core.validation.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The same document bytes, three ways, in one run: Jackson's tree parse alone (the practical
 * limit: nothing can read the document faster than reading it), pianozona's read + validate +
 * score (what a user calls), and the networknt JSON Schema validator checking the document
 * against the library's own published schema (what a team might use instead: structure only).
 * {@link #pianozonaRead} splits pianozona's cost into reading and judging.
 *
 * <p>Forks, warm-up and measurement are set by benchmarks/run.sh so that the whole report fits
 * its time budget; the defaults here are for a quick manual run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadValidateScoreBenchmark {

  /** Interventions of a generated plan, or the path of a real plan (relative to the repo). */
  @Param({"10", "100", "1000", "10000"})
  public String input;

  @Param({"json", "yaml"})
  public String format;

  private byte[] bytes;
  private DocumentFormat documentFormat;
  private ObjectMapper jackson;
  private PianoZona pianozona;
  private Schema schema;
  private InputFormat schemaInput;

  @Setup
  public void setUp() {
    documentFormat = Inputs.format(format);
    bytes = Inputs.bytes(input, documentFormat);
    // Plain mappers with Jackson's defaults: the fastest tree parse Jackson offers.
    jackson = documentFormat == DocumentFormat.YAML ? new YAMLMapper() : new JsonMapper();
    pianozona = PianoZona.create();
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(PlanSchema.text(), InputFormat.JSON);
    schemaInput = documentFormat == DocumentFormat.YAML ? InputFormat.YAML : InputFormat.JSON;
    check();
  }

  /** Refuses to measure inputs that the three do not all accept: the race must be fair. */
  private void check() {
    Evaluation e = pianozona();
    if (e.report().findings().stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
      throw new IllegalStateException(input + " has ERROR findings: " + e.report().findings());
    }
    List<Error> errors = schemaValidator();
    if (!errors.isEmpty()) {
      throw new IllegalStateException(input + " fails the JSON Schema: " + errors);
    }
    if (jacksonTree().isMissingNode()) {
      throw new IllegalStateException(input + " is empty");
    }
  }

  /** (1) The limit: Jackson reads the bytes into a tree, and nothing else. */
  @Benchmark
  public JsonNode jacksonTree() {
    try {
      return jackson.readTree(bytes);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** (2) pianozona: read the document, validate the plan under its framework and score it. */
  @Benchmark
  public Evaluation pianozona() {
    Plan plan = pianozona.reader().read(input, bytes, documentFormat).plan();
    return pianozona.evaluate(plan);
  }

  /** pianozona's reading alone (parse, bind, check shapes), to split the cost of (2). */
  @Benchmark
  public Plan pianozonaRead() {
    return pianozona.reader().read(input, bytes, documentFormat).plan();
  }

  /** (3) The peer: networknt's validator parses the same document and checks the schema. */
  @Benchmark
  public List<Error> schemaValidator() {
    return schema.validate(new String(bytes, StandardCharsets.UTF_8), schemaInput);
  }
}
