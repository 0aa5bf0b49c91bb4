package it.pianozona.cli;

import it.pianozona.core.text.Language;
import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Wrong arguments, said in the reader's language: one line on standard error with what is wrong,
 * picocli's suggestion for a mistyped command or option ("did you mean"), and where to read how the
 * command is used; exit code 2.
 *
 * <p>picocli's own messages are English only, so each common case (unknown option or command, an
 * argument too many, a missing parameter or option value, an invalid value, an option given twice)
 * is told again from the exception's data. Anything rarer keeps picocli's text behind a localized
 * lead-in.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

  /** How picocli ends "Expected parameter for option '--format' (FORMAT) but found '--lang'". */
  private static final Pattern FOUND = Pattern.compile(" but found '(.*)'$", Pattern.DOTALL);

  /** picocli's "Unknown option: '--x'; Expected parameter for option '--output' ...". */
  private static final Pattern UNKNOWN_AS_VALUE =
      Pattern.compile("^Unknown option: '(.*?)'; Expected parameter .*?for option '([^']*)'");

  private final Language language;

  UsageErrors(Language language) {
    this.language = language;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    err.println(line(e, language));
    err.flush();
    return PianoZonaCli.UNUSABLE;
  }

  /** The one line printed for a wrong argument. */
  static String line(ParameterException e, Language language) {
    if (isLanguageOption(e.getArgSpec()) && e.getValue() != null) {
      // The reader's language is what is wrong: say it in both.
      return "pianozona: " + Texts.bilingual("language.invalidOption", e.getValue());
    }
    return "pianozona: "
        + describe(e, language)
        + " "
        + Texts.get(language, "usage.seeHelp", e.getCommandLine().getCommandSpec().qualifiedName());
  }

  /** What is wrong, in the language. */
  static String describe(ParameterException e, Language language) {
    String message = String.valueOf(e.getMessage()).strip();
    if (e instanceof UsageError) {
      return message;
    }
    if (e instanceof CommandLine.UnmatchedArgumentException u) {
      return unmatched(u, message, language);
    }
    if (e instanceof CommandLine.MissingParameterException m) {
      return missing(m, message, language);
    }
    if (e instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() != null) {
      return Texts.get(language, "usage.onlyOnce", name(o.getOverwritten()));
    }
    if (e.getArgSpec() != null && e.getValue() != null) {
      return invalid(e.getArgSpec(), e.getValue(), e.getCause(), language);
    }
    return Texts.get(language, "usage.other", message.replace('\n', ' '));
  }

  private static String unmatched(
      CommandLine.UnmatchedArgumentException e, String message, Language language) {
    List<String> unmatched = e.getUnmatched();
    if (unmatched.isEmpty()) {
      Matcher m = UNKNOWN_AS_VALUE.matcher(message);
      return m.find()
          ? Texts.get(language, "usage.unknownAsValue", m.group(2), m.group(1))
          : Texts.get(language, "usage.other", message.replace('\n', ' '));
    }
    CommandSpec spec = e.getCommandLine().getCommandSpec();
    boolean command = !e.isUnknownOption() && !spec.subcommands().isEmpty();
    // An unknown command is the first argument; the rest would have been its own.
    List<String> named = command ? unmatched.subList(0, 1) : unmatched;
    boolean one = named.size() == 1;
    String key =
        command
            ? "usage.unknownCommand"
            : e.isUnknownOption()
                ? (one ? "usage.unknownOption" : "usage.unknownOptions")
                : (one ? "usage.unmatched" : "usage.unmatchedMany");
    String text =
        Texts.get(
            language,
            key,
            named.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", ")));
    List<String> suggestions = e.getSuggestions();
    if (!suggestions.isEmpty()) {
      List<String> shown =
          e.isUnknownOption()
              ? suggestions
              : suggestions.stream().map(s -> spec.qualifiedName() + " " + s).toList();
      text += "; " + Texts.get(language, "usage.didYouMean", Texts.list(language, shown));
    }
    return text;
  }

  private static String missing(
      CommandLine.MissingParameterException e, String message, Language language) {
    List<ArgSpec> missing = e.getMissing();
    if (missing.size() == 1 && missing.get(0) instanceof OptionSpec option) {
      Matcher found = FOUND.matcher(message);
      if (found.find()) {
        return Texts.get(
            language,
            "usage.expectedValue",
            option.longestName(),
            option.paramLabel(),
            found.group(1));
      }
      return message.startsWith("Missing required parameter for")
          ? Texts.get(language, "usage.missingValue", option.longestName(), option.paramLabel())
          : Texts.get(language, "usage.missingOption", option.longestName());
    }
    if (!missing.isEmpty() && missing.stream().allMatch(ArgSpec::isPositional)) {
      return Texts.get(
          language,
          missing.size() == 1 ? "usage.missingParameter" : "usage.missingParameters",
          Texts.list(language, missing.stream().map(ArgSpec::paramLabel).toList()));
    }
    return Texts.get(language, "usage.other", message.replace('\n', ' '));
  }

  private static String invalid(ArgSpec spec, String value, Throwable cause, Language language) {
    String name = name(spec);
    if (cause instanceof Options.Refusal refusal) {
      return Texts.get(language, "usage.invalidBecause", name, refusal.message(language));
    }
    if (isOfType(spec, Enum.class) && spec.completionCandidates() != null) {
      List<String> choices = new java.util.ArrayList<>();
      spec.completionCandidates().forEach(choices::add);
      return Texts.get(language, "usage.invalidChoice", name, value, String.join(", ", choices));
    }
    if (isOfType(spec, Integer.class) || isOfType(spec, int.class)) {
      return Texts.get(language, "usage.invalidInteger", name, value);
    }
    return Texts.get(language, "usage.invalid", name, value);
  }

  /** Whether the value the argument takes is of this type (alone or inside Optional, List...). */
  private static boolean isOfType(ArgSpec spec, Class<?> type) {
    if (type.isAssignableFrom(spec.type())) {
      return true;
    }
    for (Class<?> t : spec.auxiliaryTypes()) {
      if (type.isAssignableFrom(t)) {
        return true;
      }
    }
    return false;
  }

  /** An option by its name, a positional parameter by its label. */
  private static String name(ArgSpec spec) {
    return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
  }

  private static boolean isLanguageOption(ArgSpec spec) {
    return spec instanceof OptionSpec option && option.longestName().equals(Languages.OPTION);
  }
}
