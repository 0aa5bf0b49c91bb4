package it.pianozona.core.text;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A message as data: the bundle, the template key and the arguments. It is rendered only when a
 * language is chosen, so one report can be printed in Italian and in English.
 *
 * <p>User data (a comune's name, an intervention's title) always travels as an argument, never
 * inside a template.
 *
 * @param bundle where the templates are
 * @param key the template key
 * @param args the arguments, immutable values such as strings, numbers and amounts
 * @since 0.1
 */
public record Message(MessageBundle bundle, String key, List<Object> args) {

  public Message {
    requireNonNull(bundle, "bundle");
    requireNonNull(key, "key");
    args = List.copyOf(args);
  }

  public static Message of(MessageBundle bundle, String key, Object... args) {
    return new Message(bundle, key, List.of(args));
  }

  public String render(Language language) {
    return bundle.render(key, args, language);
  }
}
