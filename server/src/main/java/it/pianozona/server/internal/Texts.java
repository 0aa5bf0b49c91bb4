package it.pianozona.server.internal;

import it.pianozona.core.text.Language;
import it.pianozona.core.text.MessageBundle;
import java.util.Arrays;

/**
 * What the web service says in its own words, in Italian and English ({@code
 * messages_it.properties}, {@code messages_en.properties}), read for the language asked, never
 * through the JVM default locale.
 */
public final class Texts {

  private static final MessageBundle MESSAGES =
      MessageBundle.load("messages", Texts.class::getResourceAsStream);

  private Texts() {}

  /** One message in the language, its arguments formatted for that language. */
  public static String get(Language language, String key, Object... args) {
    return MESSAGES.render(key, Arrays.asList(args), language);
  }

  /** The service's messages, for tests. */
  public static MessageBundle messages() {
    return MESSAGES;
  }
}
