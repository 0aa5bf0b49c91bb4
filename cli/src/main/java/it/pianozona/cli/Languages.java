package it.pianozona.cli;

import it.pianozona.core.text.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The language the command line speaks, decided before picocli reads the arguments, so that help
 * and usage errors are in that language too: the last {@code --lang} among the options, else the
 * environment variable {@value #VARIABLE}, else Italian. The JVM default locale is never consulted.
 */
final class Languages {

  /** The environment variable that sets the language when {@code --lang} is not given. */
  static final String VARIABLE = "PIANOZONA_LANG";

  /** The option that sets the language. */
  static final String OPTION = "--lang";

  private Languages() {}

  /**
   * The language chosen and, when {@value #VARIABLE} decided it but holds no language, the value
   * found there.
   *
   * @param language the language to speak (Italian when nothing valid chose one)
   * @param invalidVariable the value of {@value #VARIABLE} that is neither {@code it} nor {@code
   *     en}, when that variable was consulted
   */
  record Choice(Language language, Optional<String> invalidVariable) {}

  /**
   * Chooses the language from the arguments and the environment: {@code --lang} when it names a
   * language, else {@value #VARIABLE} when it names one, else Italian. A {@code --lang} that names
   * none is left to picocli to refuse; a {@value #VARIABLE} that names none is reported only when
   * no {@code --lang} is given. An empty variable counts as unset.
   */
  static Choice choose(List<String> args, Map<String, String> env) {
    Optional<String> given = option(args);
    Optional<Language> chosen = given.flatMap(Language::fromCode);
    if (chosen.isPresent()) {
      return new Choice(chosen.get(), Optional.empty());
    }
    String variable = env.get(VARIABLE);
    if (variable == null || variable.isBlank()) {
      return new Choice(Language.IT, Optional.empty());
    }
    Optional<Language> fromVariable = Language.fromCode(variable.strip());
    if (fromVariable.isPresent()) {
      return new Choice(fromVariable.get(), Optional.empty());
    }
    return new Choice(Language.IT, given.isPresent() ? Optional.empty() : Optional.of(variable));
  }

  /**
   * Whether {@code --lang} or {@value #VARIABLE} names a language; when neither does, a project
   * configuration's {@code language} may choose before Italian.
   */
  static boolean decided(List<String> args, Map<String, String> env) {
    if (option(args).flatMap(Language::fromCode).isPresent()) {
      return true;
    }
    String variable = env.get(VARIABLE);
    return variable != null && Language.fromCode(variable.strip()).isPresent();
  }

  /** The value of the last {@code --lang} before the end of options ({@code --}), if any. */
  static Optional<String> option(List<String> args) {
    Optional<String> value = Optional.empty();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        break;
      }
      if (arg.equals(OPTION) && i + 1 < args.size()) {
        value = Optional.of(args.get(++i));
      } else if (arg.startsWith(OPTION + "=")) {
        value = Optional.of(arg.substring(OPTION.length() + 1));
      }
    }
    return value;
  }
}
