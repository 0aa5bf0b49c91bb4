package it.pianozona.cli;

import it.pianozona.core.io.DocumentException;
import it.pianozona.core.io.DocumentFormat;
import it.pianozona.core.io.PlanDocument;
import it.pianozona.core.io.PlanReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The real example plans of {@code examples/plans}, which the build copies into the jar, so that
 * {@code explain} shows a rule's finding as it reads on one of them, by checking them there and
 * then: the example follows the rules as they are, never a text written down once.
 */
final class ExamplePlans {

  /** Where the build puts the plans inside the jar (see this module's pom). */
  static final String FOLDER = "it/pianozona/cli/plans/";

  /** How reports name them: the path of the plan in the repository. */
  static final String SHOWN_AS = "examples/plans/";

  private ExamplePlans() {}

  /** The file names of the plans the jar carries, sorted; empty if it carries none. */
  static List<String> names() {
    CodeSource source = ExamplePlans.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    try {
      Path where = Path.of(source.getLocation().toURI());
      if (Files.isDirectory(where)) {
        Path folder = where.resolve(FOLDER);
        if (Files.isDirectory(folder)) {
          try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).forEach(names::add);
          }
        }
      } else {
        try (ZipFile jar = new ZipFile(where.toFile())) {
          Enumeration<? extends ZipEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.startsWith(FOLDER) && name.indexOf('/', FOLDER.length()) < 0) {
              names.add(name.substring(FOLDER.length()));
            }
          }
        }
      }
    } catch (IOException | URISyntaxException | IllegalArgumentException e) {
      return List.of(); // a class path this cannot list: explain without an example
    }
    return names.stream().filter(n -> DocumentFormat.fromFileName(n).isPresent()).sorted().toList();
  }

  /** The plans the jar carries, read with the reader's limits, in file-name order. */
  static List<PlanDocument> read(PlanReader reader) {
    List<PlanDocument> plans = new ArrayList<>();
    for (String name : names()) {
      URL url = ExamplePlans.class.getResource("/" + FOLDER + name);
      if (url == null) {
        continue;
      }
      try (InputStream in = url.openStream()) {
        plans.add(
            reader.read(
                SHOWN_AS + name,
                in.readAllBytes(),
                DocumentFormat.fromFileName(name).orElseThrow()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the example plan " + name, e);
      } catch (DocumentException e) {
        // A plan this reader refuses (say, under lower limits) is no example.
      }
    }
    return List.copyOf(plans);
  }
}
