package it.pianozona.core.io;

import com.google.common.collect.ImmutableList;
import it.pianozona.core.text.Language;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A document (a plan, a catalogue) that cannot be read: unreadable file, broken syntax, wrong
 * types, unknown or missing keys, impossible values. It carries every problem found, each with its
 * own location and code, so that one run tells the author everything to fix. The exception's own
 * message is the problems in Italian; {@link #message(Language)} gives them in either language.
 *
 * @since 0.1
 */
public class DocumentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<DocumentProblem> problems;

  public DocumentException(List<DocumentProblem> problems) {
    super(problems.stream().map(DocumentProblem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a document exception needs at least one problem");
    }
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem, in document order. */
  public List<DocumentProblem> problems() {
    return problems;
  }

  /** Every problem in a language, one line each. */
  public String message(Language language) {
    return problems.stream().map(p -> p.render(language)).collect(Collectors.joining("\n"));
  }
}
