package it.pianozona.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import it.pianozona.core.text.Language;
import it.pianozona.core.text.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * What the command line says in its own words, in Italian and English: its messages ({@code
 * messages_it.properties}, {@code messages_en.properties}) and the texts of its help ({@code
 * help_it.properties}, {@code help_en.properties}, read by picocli).
 *
 * <p>Both are read from this module's resources for the language asked, never through the JVM
 * default locale.
 */
final class Texts {

  private static final MessageBundle MESSAGES =
      MessageBundle.load("messages", Texts.class::getResourceAsStream);

  private Texts() {}

  /** One message in the language, its arguments formatted for that language. */
  static String get(Language language, String key, Object... args) {
    return MESSAGES.render(key, Arrays.asList(args), language);
  }

  /**
   * One message in Italian and in English, for the rare case in which the reader's language is what
   * went wrong.
   */
  static String bilingual(String key, Object... args) {
    return get(Language.IT, key, args) + " / " + get(Language.EN, key, args);
  }

  /** The command line's messages, for tests and tools. */
  static MessageBundle messages() {
    return MESSAGES;
  }

  /** A list in the language's words: "a, b o c", "a, b or c". */
  static String list(Language language, List<String> items) {
    if (items.size() < 2) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " "
        + get(language, "list.or")
        + " "
        + items.get(items.size() - 1);
  }

  /** The texts of the help, for picocli, in the language. */
  static ResourceBundle help(Language language) {
    String file = "help_" + language.code() + ".properties";
    try (InputStream in = Texts.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("help texts not found: " + file);
      }
      try (Reader reader = new InputStreamReader(in, UTF_8)) {
        return new PropertyResourceBundle(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read help texts " + file, e);
    }
  }
}
