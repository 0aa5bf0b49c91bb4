package it.pianozona.cli;

import it.pianozona.core.text.Language;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code pianozona} command line: validate and score plans, explain rules, list the frameworks,
 * check a folder of plans, compare two plans, print the plan document's schema, run golden
 * scenarios.
 *
 * <p>It speaks Italian, or English with {@code --lang en} or {@code PIANOZONA_LANG=en}: help, usage
 * errors and messages alike. Its texts are in {@code help_*.properties} (the help, read by picocli)
 * and {@code messages_*.properties} (everything else).
 *
 * <p>Exit codes: 0 when no plan has an ERROR finding, 1 when one has, 2 when a document cannot be
 * read or the arguments are wrong.
 */
@Command(
    name = "pianozona",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    subcommands = {
      ValidateCommand.class,
      ScoreCommand.class,
      ExplainCommand.class,
      FrameworksCommand.class,
      BatchCommand.class,
      DiffCommand.class,
      SchemaCommand.class,
      TestCommand.class,
      TemplateCommand.class,
      ConvertCommand.class,
      ServeCommand.class
    })
public final class PianoZonaCli implements Runnable {

  /** Exit code when no plan has an ERROR finding. */
  public static final int OK = 0;

  /** Exit code when a plan has at least one finding at or above the failing severity. */
  public static final int FINDINGS = 1;

  /** Exit code when a document cannot be read or the arguments are wrong. */
  public static final int UNUSABLE = 2;

  @CommandLine.Mixin LanguageOption lang;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new UsageError(spec.commandLine(), Texts.get(lang.language(), "usage.commandRequired"));
  }

  /**
   * Runs the command line and returns its exit code, writing to the given streams; the language is
   * chosen by {@code --lang}, else by the environment variable {@code PIANOZONA_LANG}, else
   * Italian.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, System.getenv(), args);
  }

  /** Runs the command line with this environment instead of the process's. */
  static int run(PrintWriter out, PrintWriter err, Map<String, String> env, String... args) {
    Languages.Choice choice = Languages.choose(Arrays.asList(args), env);
    if (choice.invalidVariable().isPresent()) {
      err.println(
          "pianozona: "
              + Texts.bilingual(
                  "language.invalidVariable", Languages.VARIABLE, choice.invalidVariable().get()));
      err.flush();
      return UNUSABLE;
    }
    CommandLine cli = commandLine(choice.language(), Languages.decided(Arrays.asList(args), env));
    cli.setOut(out);
    cli.setErr(err);
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

  /**
   * The command line with its help, its usage errors and the default of every {@code --lang} in
   * this language.
   */
  static CommandLine commandLine(Language language) {
    return commandLine(language, true);
  }

  /**
   * As {@link #commandLine(Language)}; when {@code decided} is false (neither {@code --lang} nor
   * {@code PIANOZONA_LANG} named a language) every {@code --lang} is left unset, so that a project
   * configuration may choose the language of messages and reports.
   */
  static CommandLine commandLine(Language language, boolean decided) {
    CommandLine cli = new CommandLine(new PianoZonaCli(), new Factory(language));
    // After the subcommands are added, so that each of them gets the texts and the default too.
    cli.setResourceBundle(Texts.help(language));
    cli.setDefaultValueProvider(
        arg ->
            decided
                    && arg instanceof OptionSpec option
                    && option.longestName().equals(Languages.OPTION)
                ? language.code()
                : null);
    cli.setParameterExceptionHandler(new UsageErrors(language));
    cli.setExitCodeExceptionMapper(e -> UNUSABLE);
    return cli;
  }

  /** picocli's factory, except that the version provider speaks the language. */
  private record Factory(Language language) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      return type == VersionProvider.class
          ? type.cast(new VersionProvider(language))
          : CommandLine.defaultFactory().create(type);
    }
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }
}
