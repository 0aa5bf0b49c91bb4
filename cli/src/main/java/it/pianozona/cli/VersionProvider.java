package it.pianozona.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}, from the jar's manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = PianoZonaCli.class.getPackage().getImplementationVersion();
    return new String[] {"pianozona " + (version == null ? "(development build)" : version)};
  }
}
