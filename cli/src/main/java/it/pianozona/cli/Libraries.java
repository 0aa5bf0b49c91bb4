package it.pianozona.cli;

import it.pianozona.core.PianoZona;
import it.pianozona.core.config.Configuration;
import it.pianozona.core.io.ConfigurationReader;
import it.pianozona.core.io.DocumentException;
import it.pianozona.core.text.Language;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The library each input of a command is checked with: one {@link PianoZona} per configuration file
 * the inputs use (found for each, or named with {@code --config}), built once, and the language the
 * command speaks. Every configuration is read and checked before any plan is, so that a file that
 * cannot be used stops the command (exit 2) with its located problems.
 */
final class Libraries {

  private final Map<Optional<Path>, PianoZona> byFile;
  private final Map<Path, Optional<Path>> fileOf;
  private final Language language;

  private Libraries(
      Map<Optional<Path>, PianoZona> byFile, Map<Path, Optional<Path>> fileOf, Language language) {
    this.byFile = byFile;
    this.fileOf = fileOf;
    this.language = language;
  }

  /**
   * The libraries for the inputs, or empty after printing why a configuration or a catalogue cannot
   * be used.
   *
   * @param inputs the plans (or the folder) the command reads, in order
   */
  static Optional<Libraries> create(
      List<Path> inputs,
      ConfigOptions config,
      LibraryOptions library,
      LanguageOption lang,
      PrintWriter err) {
    Language before = lang.language();
    if (config.none && config.file.isPresent()) {
      err.println("pianozona: --no-config: " + Texts.get(before, "config.both"));
      err.flush();
      return Optional.empty();
    }
    Map<Path, Optional<Path>> fileOf = new LinkedHashMap<>();
    Map<Optional<Path>, Configuration> configurations = new LinkedHashMap<>();
    boolean readable = true;
    for (Path input : inputs) {
      Optional<Path> file = config.fileFor(input);
      fileOf.put(input, file);
      if (configurations.containsKey(file)) {
        continue;
      }
      try {
        configurations.put(file, file.map(ConfigurationReader::read).orElse(Configuration.NONE));
      } catch (DocumentException e) {
        e.problems().forEach(p -> err.println(p.render(before)));
        configurations.put(file, Configuration.NONE);
        readable = false;
      }
    }
    if (!readable) {
      err.flush();
      return Optional.empty();
    }
    // --lang, then PIANOZONA_LANG, then the language of the first input's configuration.
    Optional<Language> configured =
        configurations.values().stream().findFirst().flatMap(Configuration::language);
    Language language = lang.language(configured);
    Map<Optional<Path>, PianoZona> byFile = new LinkedHashMap<>();
    boolean first = true;
    for (Map.Entry<Optional<Path>, Configuration> c : configurations.entrySet()) {
      Optional<PianoZona> pz = library.create(err, language, c.getValue(), first);
      if (pz.isEmpty()) {
        return Optional.empty();
      }
      byFile.put(c.getKey(), pz.get());
      first = false;
    }
    if (byFile.isEmpty()) {
      Optional<PianoZona> pz = library.create(err, language, Configuration.NONE, true);
      if (pz.isEmpty()) {
        return Optional.empty();
      }
      byFile.put(Optional.empty(), pz.get());
    }
    return Optional.of(new Libraries(byFile, fileOf, language));
  }

  /** The language of the command's messages and reports. */
  Language language() {
    return language;
  }

  /** The library an input is checked with; the first one for an input not named at creation. */
  PianoZona forInput(Path input) {
    Optional<Path> file = fileOf.get(input);
    return file == null ? byFile.values().iterator().next() : byFile.get(file);
  }

  /** The configuration files the command reads, which its output must never replace. */
  List<Path> files() {
    List<Path> files = new ArrayList<>();
    byFile.keySet().forEach(f -> f.ifPresent(files::add));
    return files;
  }

  /** The files a command reads: the given ones and the configuration files. */
  List<Path> reads(List<Path> others) {
    List<Path> all = new ArrayList<>(others);
    all.addAll(files());
    return all;
  }
}
