package it.pianozona.core.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of a template's arguments, so that a person reading a template sees {@code
 * {assistenti}} where the rule passes its first argument, not {@code {0}}.
 *
 * <p>A template with placeholders has a companion key {@code <key>.slots} in each language, naming
 * its arguments in order, separated by commas:
 *
 * <pre>
 * NAT-LEPS-002.message=Il LEPS è raggiunto, ma con {0} assistenti sociali per {1} abitanti ...
 * NAT-LEPS-002.message.slots=assistenti, abitanti, rapporto, richiesti
 * </pre>
 *
 * A name is a word of letters, digits and hyphens starting with a letter, in the file's language.
 * Rendering findings never reads the names: they are for {@code pianozona explain} and for people
 * writing templates; the contract suite checks that a region names every placeholder ({@link
 * #problems}).
 *
 * @since 0.1
 */
public final class Slots {

  /** The suffix of the key naming a template's arguments. */
  public static final String SUFFIX = ".slots";

  /** A placeholder: {@code {0}}, or the start of one with a format, as {@code {0,choice,...}}. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,9})(?=[,}])");

  private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{N}-]*");

  private static final String CHOICE = "choice,";

  private Slots() {}

  /** The key naming the arguments of the template at {@code key}. */
  public static String key(String key) {
    return key + SUFFIX;
  }

  /**
   * The argument indices a template uses, wherever they stand: alone ({@code {0}}), opening a
   * choice ({@code {0,choice,1#un errore|1<{0} errori}}) or inside one.
   */
  public static SortedSet<Integer> placeholders(String template) {
    SortedSet<Integer> indices = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      indices.add(Integer.parseInt(m.group(1)));
    }
    return indices;
  }

  /**
   * The names of the template's arguments in the language, in argument order; empty when the bundle
   * names none.
   */
  public static List<String> names(MessageBundle bundle, String key, Language language) {
    if (!bundle.has(key(key))) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (String name : bundle.template(key(key), language).split(",", -1)) {
      names.add(name.strip());
    }
    return List.copyOf(names);
  }

  /**
   * The template as a person reads it: each placeholder shown by its name ({@code {assistenti}}), a
   * choice by its general form, the last branch, the one for the largest numbers ({@code
   * {0,choice,1#un errore|1<{0} errori}} reads {@code {errori} errori}), as a finding reads when
   * the number is not known. A placeholder without a name keeps its number.
   *
   * @throws IllegalArgumentException if the bundle has no template at {@code key}
   */
  public static String named(MessageBundle bundle, String key, Language language) {
    return named(bundle.template(key, language), names(bundle, key, language));
  }

  /** The template with each placeholder shown by the name at its index (see above). */
  public static String named(String template, List<String> names) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    Matcher m = PLACEHOLDER.matcher(template);
    int at = 0;
    while (m.find(at)) {
      out.append(template, at, m.start());
      int index = Integer.parseInt(m.group(1));
      String name = index < names.size() ? names.get(index) : m.group(1);
      if (template.charAt(m.end()) == '}') {
        out.append('{').append(name).append('}');
        at = m.end() + 1;
        continue;
      }
      int close = MessageBundle.closing(template, m.start());
      if (close < 0) { // an unclosed format: keep the rest as written, with the name
        out.append('{').append(name);
        at = m.end();
        continue;
      }
      String format = template.substring(m.end() + 1, close);
      if (format.startsWith(CHOICE)) {
        // Every choice of a loaded bundle parses (MessageBundle checks them on load).
        String general =
            MessageBundle.Choice.parse(template.substring(m.start() + 1, close)).general();
        out.append(named(general, names));
      } else {
        out.append('{').append(name).append('}');
      }
      at = close + 1;
    }
    return out.append(template.substring(at)).toString();
  }

  /**
   * What is wrong with the bundle's slot names, one line each, empty when nothing is: every
   * template with placeholders names each of its arguments, in both languages, with distinct words;
   * every {@code .slots} key belongs to such a template.
   */
  public static List<String> problems(MessageBundle bundle) {
    List<String> problems = new ArrayList<>();
    for (String key : new TreeSet<>(bundle.keys())) {
      if (key.endsWith(SUFFIX)) {
        String base = key.substring(0, key.length() - SUFFIX.length());
        if (!bundle.has(base) || used(bundle, base).isEmpty()) {
          problems.add(
              bundle.name() + ": " + key + " names the arguments of no template with placeholders");
        }
        continue;
      }
      SortedSet<Integer> used = used(bundle, key);
      if (used.isEmpty()) {
        continue;
      }
      if (!bundle.has(key(key))) {
        problems.add(
            bundle.name() + ": " + key + " has placeholders " + used + " but no " + key(key));
        continue;
      }
      for (Language language : Language.values()) {
        List<String> names = names(bundle, key, language);
        String where = bundle.name() + ": " + key(key) + " (" + language.code() + ")";
        if (names.size() != used.last() + 1) {
          problems.add(
              where
                  + " names "
                  + names.size()
                  + " arguments, the template uses {0} to {"
                  + used.last()
                  + "}");
        }
        Set<String> seen = new HashSet<>();
        for (String name : names) {
          if (!NAME.matcher(name).matches()) {
            problems.add(where + ": '" + name + "' is not a word (letters, digits, hyphens)");
          } else if (!seen.add(name)) {
            problems.add(where + ": '" + name + "' names two arguments");
          }
        }
      }
    }
    return List.copyOf(problems);
  }

  /** The indices the template at the key uses in either language. */
  private static SortedSet<Integer> used(MessageBundle bundle, String key) {
    SortedSet<Integer> used = new TreeSet<>();
    for (Language language : Language.values()) {
      used.addAll(placeholders(bundle.template(key, language)));
    }
    return used;
  }
}
