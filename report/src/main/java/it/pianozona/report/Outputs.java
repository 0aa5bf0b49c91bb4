package it.pianozona.report;

import it.pianozona.core.text.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Guards what a run writes against what it reads: a report must never replace a plan, a catalogue
 * or any other input, however the two paths are spelled (a symbolic link, {@code ..}, a bind of the
 * same folder, a hard link). Paths are compared by their real location and, where both exist, by
 * file identity.
 *
 * @since 0.1
 */
public final class Outputs {

  private Outputs() {}

  /**
   * Why writing to the target would replace one of the inputs, or empty when it would not.
   *
   * @param target the file about to be written
   * @param inputs the files the run reads
   */
  public static Optional<Message> clash(Path target, Collection<Path> inputs) {
    return guard(inputs).clash(target);
  }

  /**
   * A guard over these inputs, for checking many targets: each input's real path and file identity
   * are found once, so a batch of thousands of plans checks in linear time.
   */
  public static Guard guard(Collection<Path> inputs) {
    return new Guard(inputs);
  }

  /** The inputs of a run, by real path and file identity. */
  public static final class Guard {
    private final Map<Path, Path> byRealPath = new HashMap<>();
    private final Map<Object, Path> byFileKey = new HashMap<>();

    private Guard(Collection<Path> inputs) {
      for (Path input : inputs) {
        byRealPath.putIfAbsent(real(input), input);
        fileKey(input).ifPresent(k -> byFileKey.putIfAbsent(k, input));
      }
    }

    /** Why writing to the target would replace one of the inputs, or empty when it would not. */
    public Optional<Message> clash(Path target) {
      Path input = byRealPath.get(real(target));
      if (input == null) {
        input = fileKey(target).map(byFileKey::get).orElse(null);
      }
      return input == null
          ? Optional.empty()
          : Optional.of(Message.of(TextReport.LABELS, "output.clash", target, input));
    }
  }

  /** The file's identity (device and inode where the platform has them), if it exists. */
  private static Optional<Object> fileKey(Path path) {
    try {
      return Optional.ofNullable(Files.readAttributes(path, BasicFileAttributes.class).fileKey());
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** Whether a folder is, or lies inside, another, however either is spelled. */
  static boolean within(Path folder, Path other) {
    return real(folder).startsWith(real(other));
  }

  /**
   * The real location of a path that may not exist yet: the real path of its nearest existing
   * ancestor, with the rest of the path resolved against it.
   */
  static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    Path rest = absolute.getFileSystem().getPath("");
    while (existing != null) {
      try {
        if (Files.exists(existing, LinkOption.NOFOLLOW_LINKS) || Files.exists(existing)) {
          return existing.toRealPath().resolve(rest).normalize();
        }
      } catch (IOException | SecurityException e) {
        // A dangling link or an unreadable folder: compare what is left as spelled.
        return absolute;
      }
      Path name = existing.getFileName();
      rest = name == null ? rest : name.resolve(rest);
      existing = existing.getParent();
    }
    return absolute;
  }
}
