package it.pianozona.cli;

import picocli.CommandLine;

/**
 * A wrong argument that a command itself finds (rather than picocli), with its message already in
 * the reader's language; printed like picocli's own, with exit code 2.
 */
final class UsageError extends CommandLine.ParameterException {
  private static final long serialVersionUID = 1L;

  UsageError(CommandLine commandLine, String message) {
    super(commandLine, message);
  }
}
