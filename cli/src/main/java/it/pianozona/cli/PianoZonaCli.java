package it.pianozona.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code pianozona} command line: validate and score plans, explain rules, list the frameworks,
 * check a folder of plans, compare two plans, print the plan document's schema.
 *
 * <p>Exit codes: 0 when no plan has an ERROR finding, 1 when one has, 2 when a document cannot be
 * read or the arguments are wrong.
 */
@Command(
    name = "pianozona",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Validates and scores Italian Piani di Zona against national law and the"
            + " regional framework of their planning cycle.",
    subcommands = {
      ValidateCommand.class,
      ScoreCommand.class,
      ExplainCommand.class,
      FrameworksCommand.class,
      BatchCommand.class,
      DiffCommand.class,
      SchemaCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 fine, 1 a plan has a finding at or above --fail-on (ERROR by"
          + " default), 2 a document cannot be read or the arguments are wrong.",
      "",
      "Run 'pianozona COMMAND --help' for each command's options and an example.",
      "",
      "Examples:",
      "  pianozona validate examples/plans/puglia-casarano-2022-2024.yaml",
      "  pianozona validate --format html --output casarano.html"
          + " examples/plans/puglia-casarano-2022-2024.yaml",
      "  pianozona explain PUG-V-AREA-001"
    })
public final class PianoZonaCli implements Runnable {

  /** Exit code when no plan has an ERROR finding. */
  public static final int OK = 0;

  /** Exit code when a plan has at least one finding at or above the failing severity. */
  public static final int FINDINGS = 1;

  /** Exit code when a document cannot be read or the arguments are wrong. */
  public static final int UNUSABLE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "a command is required: validate, score, explain, frameworks, batch, diff or schema");
  }

  /** Runs the command line and returns its exit code, writing to the given streams. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new PianoZonaCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> UNUSABLE);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          // One line: what is wrong, and where to read how it is done.
          err.println(
              "pianozona: "
                  + e.getMessage().strip().replace('\n', ' ')
                  + " (see 'pianozona "
                  + (e.getCommandLine().getCommandName().equals("pianozona")
                      ? ""
                      : e.getCommandLine().getCommandName() + " ")
                  + "--help')");
          err.flush();
          return UNUSABLE;
        });
    cli.setExecutionExceptionHandler(
        (e, c, r) -> {
          err.println("pianozona: " + e.getMessage());
          err.flush();
          return UNUSABLE;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }
}
