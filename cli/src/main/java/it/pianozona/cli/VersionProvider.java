package it.pianozona.cli;

import it.pianozona.core.text.Language;
import picocli.CommandLine;

/** The version printed by {@code --version}, from the jar's manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {

  private final Language language;

  /** In Italian, for a command line built without {@link PianoZonaCli#commandLine}. */
  VersionProvider() {
    this(Language.IT);
  }

  VersionProvider(Language language) {
    this.language = language;
  }

  @Override
  public String[] getVersion() {
    String version = PianoZonaCli.class.getPackage().getImplementationVersion();
    return new String[] {
      "pianozona " + (version == null ? Texts.get(language, "version.development") : version)
    };
  }
}
