package it.pianozona.core.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import it.pianozona.core.model.Plan;
import it.pianozona.core.validation.Pointer;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads plan documents, in YAML or JSON by file extension, into plans.
 *
 * <p>A document that cannot be read raises one {@link DocumentException} listing every problem,
 * each with file, line, column, JSON Pointer and what was expected. Nothing else escapes: no parser
 * stack trace, no silent default. Instances are immutable and safe to share.
 *
 * @since 0.1
 */
public final class PlanReader {

  private final ReadLimits limits;
  private final Parsing parsing;

  private PlanReader(ReadLimits limits) {
    this.limits = limits;
    this.parsing = new Parsing(limits);
  }

  /** A reader with the default limits. */
  public static PlanReader create() {
    return new PlanReader(ReadLimits.DEFAULT);
  }

  /** A reader with the given limits. */
  public static PlanReader withLimits(ReadLimits limits) {
    return new PlanReader(requireNonNull(limits, "limits"));
  }

  public ReadLimits limits() {
    return limits;
  }

  /**
   * Reads a file; its extension decides the format.
   *
   * @throws DocumentException if the file is missing, too large, not YAML/JSON, or not a plan
   */
  public PlanDocument read(Path file) {
    String source = file.toString();
    DocumentFormat format =
        DocumentFormat.of(file)
            .orElseThrow(
                () ->
                    single(
                        source,
                        "unsupported file extension: expected a plan document ending in .yaml, .yml or .json"));
    byte[] content;
    try {
      if (Files.isDirectory(file)) {
        throw single(source, "expected a plan document file, found a directory");
      }
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        // A FIFO, a socket or a device would block the read, or never end.
        throw single(
            source,
            "expected a plan document file, found a special file (such as a pipe or a device)");
      }
      long size = Files.size(file);
      if (size > limits.maxDocumentBytes()) {
        throw single(
            source,
            "the document has "
                + size
                + " bytes, more than the limit of "
                + limits.maxDocumentBytes()
                + " bytes");
      }
      content = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw single(source, "file not found");
    } catch (IOException e) {
      throw single(source, "cannot read the file: " + e.getMessage());
    }
    return read(source, content, format);
  }

  /**
   * Reads a document from memory.
   *
   * @param source how to name the document in messages, such as its file name
   * @throws DocumentException if the content is not a readable plan
   */
  public PlanDocument read(String source, byte[] content, DocumentFormat format) {
    if (content.length > limits.maxDocumentBytes()) {
      throw single(
          source,
          "the document has "
              + content.length
              + " bytes, more than the limit of "
              + limits.maxDocumentBytes()
              + " bytes");
    }
    JsonNode tree = parse(source, content, format);
    Problems problems = new Problems();
    Plan plan = new PlanBinder(problems, limits).bind(tree);
    if (plan == null || !problems.isEmpty()) {
      throw problems.located(source, parsing, format, content, "the document is not a plan");
    }
    return new PlanDocument(source, format, content, plan, parsing);
  }

  /** Parses the text into a tree, turning every syntax or limit error into a located problem. */
  JsonNode parse(String source, byte[] content, DocumentFormat format) {
    Encoding.check(source, content);
    if (Encoding.blank(content)) {
      throw empty(source);
    }
    JsonNode tree;
    try {
      tree = parsing.readTree(format, content);
    } catch (StreamConstraintsException e) {
      DocumentException located =
          syntax(source, e, "the document exceeds a read limit: " + limitMessage(clean(e)));
      DocumentProblem p = located.problems().get(0);
      int[] deep = p.line() > 0 ? null : Limits.deepestOpening(content, limits.maxNestingDepth());
      throw deep == null
          ? located
          : new DocumentException(
              List.of(new DocumentProblem(source, deep[0], deep[1], p.pointer(), p.message())));
    } catch (JsonProcessingException e) {
      throw syntax(source, e, syntaxMessage(format, e));
    } catch (CharConversionException | CharacterCodingException e) {
      throw single(source, "the document is not valid UTF-8 text: " + e.getMessage());
    } catch (IOException e) {
      throw single(source, "cannot read the document: " + e.getMessage());
    } catch (RuntimeException e) {
      // SnakeYAML reports some limits and encoding errors as unchecked exceptions.
      throw single(source, "cannot parse the document as " + format + ": " + firstLine(e));
    }
    if (tree == null || tree.isMissingNode()) {
      throw empty(source);
    }
    return tree;
  }

  private static DocumentException empty(String source) {
    return single(
        source,
        "the document is empty: expected a plan with schemaVersion, id,"
            + " title, region, period, ambito and interventions");
  }

  private static String syntaxMessage(DocumentFormat format, JsonProcessingException e) {
    String message = clean(e);
    if (message.startsWith("Duplicate field")) {
      return "the same key appears twice in one object: " + message;
    }
    if (message.startsWith("Trailing token") && format == DocumentFormat.YAML) {
      return "the file holds more than one YAML document (a second '---'): a plan is one"
          + " document";
    }
    if (message.startsWith("Trailing token")) {
      return "there is more after the end of the document: a plan is one JSON object";
    }
    return "not valid " + format + ": " + message;
  }

  /**
   * Jackson's words for a limit ({@code Document nesting depth (65) exceeds the maximum allowed
   * (64, from `StreamReadConstraints.getMaxNestingDepth()`)}) in the reader's: what was found, the
   * limit, and the {@link ReadLimits} setting that raises it.
   */
  static String limitMessage(String jackson) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "(.*?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+), from"
                    + " `StreamReadConstraints\\.getMax(\\w+)\\(\\)`\\).*")
            .matcher(jackson);
    if (!m.matches()) {
      return jackson;
    }
    String setting =
        switch (m.group(4)) {
          case "NestingDepth" -> "ReadLimits.withMaxNestingDepth";
          case "StringLength" -> "ReadLimits.withMaxStringLength";
          case "DocumentLength" -> "ReadLimits.withMaxDocumentBytes";
          default -> "a fixed limit";
        };
    String what =
        switch (m.group(4)) {
          case "NestingDepth" -> "objects and lists nested " + m.group(2) + " deep";
          case "StringLength" -> "a text of " + m.group(2) + " characters";
          case "NumberLength" -> "a number of " + m.group(2) + " digits";
          case "DocumentLength" -> "a document of " + m.group(2) + " characters";
          default -> m.group(1).toLowerCase(java.util.Locale.ROOT) + " " + m.group(2);
        };
    return what + ", more than the limit of " + m.group(3) + " (" + setting + ")";
  }

  private static String clean(JsonProcessingException e) {
    return firstLine(e.getOriginalMessage());
  }

  private static String firstLine(Object text) {
    String s = String.valueOf(text instanceof Throwable t ? t.getMessage() : text);
    int newline = s.indexOf('\n');
    s = newline < 0 ? s : s.substring(0, newline);
    return NodeReader.printable(s, 300).replace("\\u0009", " ");
  }

  private DocumentException syntax(String source, JsonProcessingException e, String message) {
    JsonLocation location = e.getLocation();
    Pointer pointer = Pointer.ROOT;
    if (e.getProcessor() instanceof JsonParser parser) {
      try {
        pointer = Pointer.parse(parser.getParsingContext().pathAsPointer().toString());
      } catch (RuntimeException ignored) {
        // The context is past repair; the line and column still say where.
      }
    }
    int line = location == null ? 0 : Math.max(0, location.getLineNr());
    int column = location == null ? 0 : Math.max(0, location.getColumnNr());
    return new DocumentException(
        List.of(new DocumentProblem(source, line, column, pointer, message)));
  }

  private static DocumentException single(String source, String message) {
    return new DocumentException(List.of(new DocumentProblem(source, 0, 0, Pointer.ROOT, message)));
  }
}
