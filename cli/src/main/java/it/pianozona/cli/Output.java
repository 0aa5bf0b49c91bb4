package it.pianozona.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where a command writes its result: standard output, or the file given with --output. */
final class Output {

  private Output() {}

  /**
   * Writes the text to the file (creating its folder) or, without one, to standard output.
   * Returns false after printing one line on why the file cannot be written.
   */
  static boolean write(Optional<Path> file, String text, PrintWriter out, PrintWriter err) {
    if (file.isEmpty()) {
      out.print(text.endsWith("\n") ? text : text + "\n");
      out.flush();
      return true;
    }
    return writeFile(file.get(), text, err);
  }

  /** Writes the text to a file, creating its folder; false after printing why it cannot. */
  static boolean writeFile(Path file, String text, PrintWriter err) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text.endsWith("\n") ? text : text + "\n", StandardCharsets.UTF_8);
      return true;
    } catch (IOException | RuntimeException e) {
      err.println("pianozona: cannot write " + file + ": " + reason(e));
      err.flush();
      return false;
    }
  }

  /** A short reason for an I/O failure, without a stack trace. */
  static String reason(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException
        || e instanceof java.nio.file.NotDirectoryException) {
      return "a file is in the way of a folder";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
