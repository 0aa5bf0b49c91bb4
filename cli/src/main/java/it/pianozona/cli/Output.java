package it.pianozona.cli;

import it.pianozona.core.text.Language;
import it.pianozona.report.Outputs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where a command writes its result: standard output, or the file given with --output. */
final class Output {

  private Output() {}

  /**
   * Writes the text to the file (creating its folder) or, without one, to standard output. Returns
   * false after printing one line on why the file cannot be written, or why writing it would
   * replace one of the files the command reads.
   *
   * @param reads the files the command reads, which the output must never replace
   * @param language the language of that line
   */
  static boolean write(
      Optional<Path> file,
      String text,
      PrintWriter out,
      PrintWriter err,
      List<Path> reads,
      Language language) {
    if (file.isEmpty()) {
      out.print(text.endsWith("\n") ? text : text + "\n");
      out.flush();
      return true;
    }
    return safe(file, reads, err, language) && writeFile(file.get(), text, err, language);
  }

  /**
   * Refuses, with one line, an output that would replace a file the command reads; true when the
   * output is safe. Called before any file is read, so nothing is written on refusal.
   */
  static boolean safe(Optional<Path> file, List<Path> reads, PrintWriter err, Language language) {
    Optional<String> clash = file.flatMap(f -> clash(f, reads, language));
    clash.ifPresent(
        c -> {
          err.println("pianozona: --output: " + c);
          err.flush();
        });
    return clash.isEmpty();
  }

  /** Why writing to the target would replace one of the files read, in the language. */
  static Optional<String> clash(Path target, List<Path> reads, Language language) {
    return Outputs.clash(target, reads).map(m -> m.render(language));
  }

  /** Writes the text to a file, creating its folder; false after printing why it cannot. */
  static boolean writeFile(Path file, String text, PrintWriter err, Language language) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text.endsWith("\n") ? text : text + "\n", StandardCharsets.UTF_8);
      return true;
    } catch (IOException | RuntimeException e) {
      err.println(
          "pianozona: " + Texts.get(language, "output.cannotWrite", file, reason(e, language)));
      err.flush();
      return false;
    }
  }

  /** A short reason for an I/O failure, in the language, without a stack trace. */
  static String reason(Exception e, Language language) {
    if (e instanceof NoSuchFileException) {
      return Texts.get(language, "io.noSuchFile");
    }
    if (e instanceof AccessDeniedException) {
      return Texts.get(language, "io.accessDenied");
    }
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      return Texts.get(language, "io.fileInTheWay");
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
