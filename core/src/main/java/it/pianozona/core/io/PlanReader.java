package it.pianozona.core.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import it.pianozona.core.model.Plan;
import it.pianozona.core.text.Message;
import it.pianozona.core.validation.Pointer;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    DocumentFormat format = formatOf(file, "document.plan", true);
    return read(file.toString(), bytes(file, "file.plan"), format);
  }

  /**
   * The format of a file by its extension; a problem naming what the file should have been ({@code
   * what}, a phrase key such as {@code document.plan}) if it has none.
   */
  static DocumentFormat formatOf(Path file, String what, boolean workbook) {
    return (workbook ? DocumentFormat.of(file) : DocumentFormat.textOf(file))
        .orElseThrow(
            () ->
                single(
                    file.toString(),
                    ProblemCode.UNSUPPORTED_EXTENSION,
                    Wording.phrase(what),
                    Wording.phrase(workbook ? "extensions.plan" : "extensions.text")));
  }

  /**
   * The bytes of a regular file within the size limit; a located problem for a missing file, a
   * folder, a pipe or device, or a file too large ({@code what}, a phrase key such as {@code
   * file.plan}, says what it should have been).
   */
  byte[] bytes(Path file, String what) {
    String source = file.toString();
    try {
      if (Files.isDirectory(file)) {
        throw single(source, ProblemCode.DIRECTORY, Wording.phrase(what));
      }
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        // A FIFO, a socket or a device would block the read, or never end.
        throw single(source, ProblemCode.SPECIAL_FILE, Wording.phrase(what));
      }
      long size = Files.size(file);
      if (size > limits.maxDocumentBytes()) {
        throw single(source, ProblemCode.DOCUMENT_TOO_LARGE, size, limits.maxDocumentBytes());
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw single(source, ProblemCode.FILE_NOT_FOUND);
    } catch (IOException e) {
      throw single(source, ProblemCode.CANNOT_READ_FILE, DocumentProblem.reason(e));
    }
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
          source, ProblemCode.DOCUMENT_TOO_LARGE, content.length, limits.maxDocumentBytes());
    }
    if (format == DocumentFormat.XLSX) {
      return readWorkbook(source, content);
    }
    Encoding.check(source, content);
    if (!Encoding.blank(content)) {
      // The common case, a plan as written, bound from the parser's tokens with no tree; anything
      // else is read again through the tree, whose binder says what is wrong and where.
      Plan plan = StreamBinder.bind(parsing, format, content, limits);
      if (plan != null) {
        return new PlanDocument(source, format, content, plan, parsing);
      }
    }
    return readTree(source, content, format);
  }

  /** As {@link #read(String, byte[], DocumentFormat)} for YAML or JSON, through the tree alone. */
  PlanDocument readTree(String source, byte[] content, DocumentFormat format) {
    JsonNode tree = parse(source, content, format, Wording.phrase("empty.plan"));
    Problems problems = new Problems();
    Plan plan = new PlanBinder(problems, limits).bind(tree);
    if (plan == null || !problems.isEmpty()) {
      throw problems.located(source, parsing, format, content, Wording.shape(PlanShapes.PLAN));
    }
    return new PlanDocument(source, format, content, plan, parsing);
  }

  /**
   * Reads a workbook: the guard first (a zip of XML can be hostile), then its sheets into the same
   * tree a YAML document gives, bound by the same binder; every problem is placed at its cell.
   */
  private PlanDocument readWorkbook(String source, byte[] content) {
    if (content.length == 0) {
      throw single(source, ProblemCode.EMPTY_DOCUMENT, Wording.phrase("empty.plan"));
    }
    WorkbookGuard.Inspection inspection = WorkbookGuard.inspect(source, content, limits);
    WorkbookReader.Result read =
        WorkbookReader.read(source, content, limits, inspection.mergedRanges());
    Problems problems = new Problems();
    Plan plan = new PlanBinder(problems, limits).bind(read.tree());
    if (plan == null || !problems.isEmpty()) {
      throw problems.located(
          source,
          pointers -> PlanDocument.cellPositions(read.cells(), pointers),
          Wording.shape(PlanShapes.PLAN));
    }
    return new PlanDocument(source, content, plan, parsing, read.cells());
  }

  Parsing parsing() {
    return parsing;
  }

  /** Parses the text into a tree, turning every syntax or limit error into a located problem. */
  JsonNode parse(String source, byte[] content, DocumentFormat format) {
    return parse(source, content, format, Wording.phrase("empty.plan"));
  }

  /**
   * As {@link #parse(String, byte[], DocumentFormat)}, for a document that, when empty, should have
   * held {@code whatItHolds}.
   */
  JsonNode parse(String source, byte[] content, DocumentFormat format, Message whatItHolds) {
    Encoding.check(source, content);
    if (Encoding.blank(content)) {
      throw single(source, ProblemCode.EMPTY_DOCUMENT, whatItHolds);
    }
    JsonNode tree;
    try {
      tree = parsing.readTree(format, content);
    } catch (StreamConstraintsException e) {
      DocumentException located = syntax(source, e, limitMessage(clean(e)));
      DocumentProblem p = located.problems().get(0);
      int[] deep = p.line() > 0 ? null : Limits.deepestOpening(content, limits.maxNestingDepth());
      throw deep == null
          ? located
          : new DocumentException(
              List.of(new DocumentProblem(source, deep[0], deep[1], p.pointer(), p.message())));
    } catch (JsonProcessingException e) {
      throw syntax(source, e, syntaxMessage(format, e));
    } catch (CharConversionException | CharacterCodingException e) {
      throw single(source, ProblemCode.NOT_UTF8_TEXT, firstLine(e));
    } catch (IOException e) {
      throw single(source, ProblemCode.CANNOT_READ_DOCUMENT, DocumentProblem.reason(e));
    } catch (RuntimeException e) {
      // SnakeYAML reports some limits and encoding errors as unchecked exceptions.
      throw single(source, ProblemCode.CANNOT_PARSE, format, firstLine(e));
    }
    if (tree == null || tree.isMissingNode()) {
      throw single(source, ProblemCode.EMPTY_DOCUMENT, whatItHolds);
    }
    return tree;
  }

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'.*");

  private static final Pattern LIMIT =
      Pattern.compile(
          "(.*?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+), from"
              + " `StreamReadConstraints\\.getMax(\\w+)\\(\\)`\\).*");

  private static Message syntaxMessage(DocumentFormat format, JsonProcessingException e) {
    if (e instanceof Parsing.Refused refused) {
      return refused.problem();
    }
    String message = clean(e);
    Matcher duplicate = DUPLICATE.matcher(message);
    if (duplicate.matches()) {
      return ProblemCode.DUPLICATE_KEY.message(duplicate.group(1));
    }
    if (message.startsWith("Trailing token") && format == DocumentFormat.YAML) {
      return ProblemCode.SEVERAL_YAML_DOCUMENTS.message();
    }
    if (message.startsWith("Trailing token")) {
      return ProblemCode.CONTENT_AFTER_JSON.message();
    }
    return ProblemCode.NOT_VALID_SYNTAX.message(format, message);
  }

  /**
   * Jackson's words for a limit ({@code Document nesting depth (65) exceeds the maximum allowed
   * (64, from `StreamReadConstraints.getMaxNestingDepth()`)}) in the reader's: what was found, the
   * limit, and the {@link ReadLimits} setting that raises it, each limit its own problem.
   */
  static Message limitMessage(String jackson) {
    Matcher m = LIMIT.matcher(jackson);
    if (!m.matches()) {
      return ProblemCode.OTHER_LIMIT.message(jackson);
    }
    long found = Long.parseLong(m.group(2));
    long limit = Long.parseLong(m.group(3));
    return switch (m.group(4)) {
      case "NestingDepth" -> ProblemCode.NESTING_LIMIT.message(found, limit);
      case "StringLength" -> ProblemCode.TEXT_LIMIT.message(found, limit);
      case "NumberLength" -> ProblemCode.NUMBER_LIMIT.message(found, limit);
      case "DocumentLength" -> ProblemCode.DOCUMENT_LENGTH_LIMIT.message(found, limit);
      case "NameLength" -> ProblemCode.KEY_LIMIT.message(found, limit);
      default -> ProblemCode.OTHER_LIMIT.message(jackson);
    };
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

  private DocumentException syntax(String source, JsonProcessingException e, Message message) {
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

  private static DocumentException single(String source, ProblemCode code, Object... args) {
    return new DocumentException(List.of(DocumentProblem.of(source, code, args)));
  }
}
