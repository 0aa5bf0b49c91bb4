package it.pianozona.core.io;

import static java.util.Objects.requireNonNull;

import it.pianozona.core.text.Language;
import it.pianozona.core.text.Message;
import it.pianozona.core.validation.Pointer;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One reason a document cannot be read, located as exactly as the document allows: the file, the
 * line and column (1-based; 0 when unknown), the JSON Pointer, and what was expected, as a message
 * with a stable code ({@code PZ-DOC-030}) rendered in the reader's language.
 *
 * @param source the file name or other description of where the document came from
 * @param line the line, from 1, or 0 if unknown
 * @param column the column, from 1, or 0 if unknown
 * @param pointer where in the document tree
 * @param message what was expected and what was found; its key is the problem's code
 * @param cell the workbook cell, for a plan read from a workbook; then line and column are its row
 *     and column
 * @since 0.1
 */
public record DocumentProblem(
    String source, int line, int column, Pointer pointer, Message message, Optional<CellRef> cell) {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-[0-9]{3,}");

  /**
   * Checks the problem is complete and coded.
   *
   * @throws IllegalArgumentException if the message's key is not a code such as {@code PZ-DOC-030}
   */
  public DocumentProblem {
    requireNonNull(source, "source");
    requireNonNull(pointer, "pointer");
    requireNonNull(message, "message");
    requireNonNull(cell, "cell");
    if (!CODE.matcher(message.key()).matches()) {
      throw new IllegalArgumentException(
          "a document problem's message is keyed by its code, such as PZ-DOC-030, not '"
              + message.key()
              + "'");
    }
  }

  /** A problem in a text document, which has no cells. */
  public DocumentProblem(String source, int line, int column, Pointer pointer, Message message) {
    this(source, line, column, pointer, message, Optional.empty());
  }

  /** A problem at a position, which for a workbook names the cell. */
  public static DocumentProblem at(
      String source, TextPosition position, Pointer pointer, Message message) {
    return position == null
        ? new DocumentProblem(source, 0, 0, pointer, message)
        : new DocumentProblem(
            source, position.line(), position.column(), pointer, message, position.cell());
  }

  /** A problem of a known kind at a place in the document. */
  public static DocumentProblem of(
      String source, int line, int column, Pointer pointer, ProblemCode code, Object... args) {
    return new DocumentProblem(source, line, column, pointer, code.message(args));
  }

  /** A problem of the whole document, with no line or column. */
  public static DocumentProblem of(String source, ProblemCode code, Object... args) {
    return of(source, 0, 0, Pointer.ROOT, code, args);
  }

  /** The stable code of the kind of problem, such as {@code PZ-DOC-030}. */
  public String code() {
    return message.key();
  }

  /** What was expected and what was found, in a language, without location or code. */
  public String message(Language language) {
    return message.render(language);
  }

  /**
   * One line in a language: {@code piano.yaml:12:7: /interventions/3/amount: PZ-DOC-045 ...} (for a
   * workbook {@code piano.xlsx:Interventi!C12: ...}), the root of the document shown as {@code
   * (documento)} or {@code (document)}.
   */
  public String render(Language language) {
    StringBuilder s = new StringBuilder(source);
    if (cell.isPresent()) {
      s.append(':').append(cell.get());
    } else if (line > 0) {
      s.append(':').append(line);
      if (column > 0) {
        s.append(':').append(column);
      }
    }
    s.append(": ");
    s.append(pointer.isRoot() ? Wording.PHRASES.template("root", language) : pointer.toString());
    s.append(": ").append(code()).append(' ');
    return s.append(message(language)).toString();
  }

  /** The line in Italian, for logs. */
  @Override
  public String toString() {
    return render(Language.IT);
  }

  /**
   * Why a file or folder could not be read, in words a problem's message can carry in either
   * language: "permesso negato" / "permission denied", or the system's own words when nothing more
   * precise is known.
   */
  public static Message reason(Exception e) {
    if (e instanceof NoSuchFileException) {
      return Wording.phrase("reason.not-found");
    }
    if (e instanceof AccessDeniedException) {
      return Wording.phrase("reason.denied");
    }
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      return Wording.phrase("reason.in-the-way");
    }
    return Wording.phrase(
        "reason.other", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }
}
