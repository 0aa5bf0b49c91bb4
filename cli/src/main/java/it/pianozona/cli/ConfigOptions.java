package it.pianozona.cli;

import it.pianozona.core.config.Configuration;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --config FILE} and {@code --no-config}: which project configuration ({@value
 * Configuration#FILE_NAME}) the plans of a command are checked with. Without either, each plan uses
 * the one {@link Configuration#find} finds for it.
 */
final class ConfigOptions {

  @Option(names = "--config", paramLabel = "${bundle:label.file}", descriptionKey = "config")
  Optional<Path> file = Optional.empty();

  @Option(names = "--no-config", descriptionKey = "no-config")
  boolean none;

  /** The configuration file an input (a plan, or a folder of plans) is checked with, if any. */
  Optional<Path> fileFor(Path input) {
    if (none) {
      return Optional.empty();
    }
    return file.isPresent() ? file : Configuration.find(input);
  }
}
