package it.pianozona.cli;

import it.pianozona.report.Batch;
import it.pianozona.report.Outputs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
   */
  static boolean write(
      Optional<Path> file, String text, PrintWriter out, PrintWriter err, List<Path> reads) {
    if (file.isEmpty()) {
      out.print(text.endsWith("\n") ? text : text + "\n");
      out.flush();
      return true;
    }
    return safe(file, reads, err) && writeFile(file.get(), text, err);
  }

  /**
   * Refuses, with one line, an output that would replace a file the command reads; true when the
   * output is safe. Called before any file is read, so nothing is written on refusal.
   */
  static boolean safe(Optional<Path> file, List<Path> reads, PrintWriter err) {
    Optional<String> clash = file.flatMap(f -> Outputs.clash(f, reads));
    clash.ifPresent(
        c -> {
          err.println("pianozona: --output: " + c);
          err.flush();
        });
    return clash.isEmpty();
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
      err.println("pianozona: cannot write " + file + ": " + Batch.reason(e));
      err.flush();
      return false;
    }
  }
}
