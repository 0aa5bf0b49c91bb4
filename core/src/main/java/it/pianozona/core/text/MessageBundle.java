package it.pianozona.core.text;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import it.pianozona.core.model.Euro;
import it.pianozona.core.model.PartialDate;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message templates in Italian and English, loaded from a module's own {@code .properties} files
 * (UTF-8), with placeholders {@code {0}}, {@code {1}}, ... for arguments.
 *
 * <p>Templates are plain text, not {@link java.text.MessageFormat} patterns: Italian is full of
 * apostrophes ({@code dell'ambito}), which MessageFormat would silently swallow. Arguments are
 * formatted for the language by {@link Formats}: amounts as {@code € 1.234,56} or {@code EUR
 * 1,234.56}, numbers with the language's separators, years as they are.
 *
 * <p>Plurals and articles come from the template, never from concatenation: {@code
 * {0,choice,0#nessun errore|1#un errore|1<{0} errori}} chooses a branch by the number, with limits
 * as in {@link java.text.ChoiceFormat} ({@code n#} from n on, {@code n<} above n). A branch is
 * plain text too, and may use any placeholder.
 *
 * @since 0.1
 */
public final class MessageBundle {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  private final String name;
  private final Map<Language, ImmutableMap<String, String>> templates;

  private MessageBundle(String name, Map<Language, ImmutableMap<String, String>> templates) {
    this.name = name;
    this.templates = templates;
  }

  /**
   * Loads {@code <baseName>_it.properties} and {@code <baseName>_en.properties} through the
   * caller's opener, so that a module reads its own resources (pass {@code
   * MyClass.class::getResourceAsStream}).
   *
   * @throws IllegalStateException if a file is missing or the two languages have different keys
   */
  public static MessageBundle load(String baseName, Function<String, InputStream> opener) {
    Map<Language, ImmutableMap<String, String>> byLanguage = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      String file = baseName + "_" + language.code() + ".properties";
      try (InputStream in = opener.apply(file)) {
        if (in == null) {
          throw new IllegalStateException("message file not found: " + file);
        }
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(in, UTF_8)) {
          properties.load(reader);
        }
        ImmutableMap.Builder<String, String> map = ImmutableMap.builder();
        new TreeSet<>(properties.stringPropertyNames())
            .forEach(k -> map.put(k, properties.getProperty(k)));
        byLanguage.put(language, map.build());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read message file " + file, e);
      }
    }
    return of(baseName, byLanguage);
  }

  /**
   * Builds a bundle from templates already in memory.
   *
   * @throws IllegalStateException if a language is missing, the languages' keys differ or a choice
   *     placeholder does not parse
   */
  public static MessageBundle of(
      String name, Map<Language, ? extends Map<String, String>> templates) {
    Map<Language, ImmutableMap<String, String>> copy = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      Map<String, String> t = templates.get(language);
      if (t == null) {
        throw new IllegalStateException(
            "messages '" + name + "' have no " + language.code() + " templates");
      }
      copy.put(language, ImmutableMap.copyOf(t));
    }
    Set<String> it = copy.get(Language.IT).keySet();
    Set<String> en = copy.get(Language.EN).keySet();
    if (!it.equals(en)) {
      throw new IllegalStateException(
          "messages '"
              + name
              + "' differ between languages: only in"
              + " it "
              + Sets.difference(it, en)
              + ", only in en "
              + Sets.difference(en, it));
    }
    copy.forEach(
        (language, map) ->
            map.forEach(
                (key, template) -> {
                  try {
                    checkChoices(template);
                  } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(
                        "messages '"
                            + name
                            + "', "
                            + language.code()
                            + " '"
                            + key
                            + "': "
                            + e.getMessage(),
                        e);
                  }
                }));
    return new MessageBundle(name, copy);
  }

  /** The bundle's name, for diagnostics. */
  public String name() {
    return name;
  }

  /** Whether the bundle has a template for the key (in both languages, by construction). */
  public boolean has(String key) {
    return templates.get(Language.IT).containsKey(key);
  }

  /** The keys of all templates. */
  public Set<String> keys() {
    return templates.get(Language.IT).keySet();
  }

  /** The raw template, for tools that list messages. */
  public String template(String key, Language language) {
    String template = templates.get(language).get(key);
    if (template == null) {
      throw new IllegalArgumentException("no message '" + key + "' in " + name);
    }
    return template;
  }

  /**
   * Renders a message. A key the bundle lacks renders as the key and its arguments, so a report is
   * never lost to a missing template (the contract suite catches those).
   */
  public String render(String key, List<?> args, Language language) {
    String template = templates.get(language).get(key);
    if (template == null) {
      return key + args;
    }
    return substitute(choose(template, args), args, language);
  }

  private static String substitute(String template, List<?> args, Language language) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 32);
    while (m.find()) {
      int index = Integer.parseInt(m.group(1));
      String value = index < args.size() ? format(args.get(index), language) : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Replaces each {@code {n,choice,...}} with the branch its number selects. */
  private static String choose(String template, List<?> args) {
    int start = template.indexOf(CHOICE_MARK);
    if (start < 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length());
    int from = 0;
    while (start >= 0) {
      int open = template.lastIndexOf('{', start);
      int end = closing(template, open);
      if (open < from || end < 0) {
        break;
      }
      out.append(template, from, open);
      Choice choice = Choice.parse(template.substring(open + 1, end));
      Object arg = choice.index() < args.size() ? args.get(choice.index()) : null;
      // A value that is not a number (a "?" for an unknown count) takes the last branch.
      out.append(
          choose(
              choice.select(arg instanceof Number n ? n.doubleValue() : Double.MAX_VALUE), args));
      from = end + 1;
      start = template.indexOf(CHOICE_MARK, from);
    }
    return out.append(template, from, template.length()).toString();
  }

  /** The index of the brace closing the one at {@code open}, or -1. */
  static int closing(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static final String CHOICE_MARK = ",choice,";

  /**
   * One {@code n,choice,limit#text|limit<text} placeholder: the branches in ascending order of
   * limit. A number below the first limit takes the first branch.
   */
  record Choice(int index, List<Double> limits, List<String> branches) {

    static Choice parse(String body) {
      int comma = body.indexOf(CHOICE_MARK);
      int index = Integer.parseInt(body.substring(0, comma).trim());
      List<Double> limits = new java.util.ArrayList<>();
      List<String> branches = new java.util.ArrayList<>();
      for (String branch : splitTop(body.substring(comma + CHOICE_MARK.length()))) {
        int hash = branch.indexOf('#');
        int less = branch.indexOf('<');
        int at = hash < 0 ? less : less < 0 ? hash : Math.min(hash, less);
        if (at < 0) {
          throw new IllegalArgumentException("choice branch without a limit: " + branch);
        }
        double limit = Double.parseDouble(branch.substring(0, at).trim());
        limits.add(branch.charAt(at) == '<' ? Math.nextUp(limit) : limit);
        branches.add(branch.substring(at + 1));
      }
      return new Choice(index, limits, branches);
    }

    /** The last branch, the general form for the largest numbers: {@code {0} errori}. */
    String general() {
      return branches.get(branches.size() - 1);
    }

    String select(double value) {
      int chosen = 0;
      for (int i = 0; i < limits.size(); i++) {
        if (value >= limits.get(i)) {
          chosen = i;
        }
      }
      return branches.get(chosen);
    }

    /** Splits on {@code |} outside nested braces. */
    private static List<String> splitTop(String s) {
      List<String> parts = new java.util.ArrayList<>();
      int depth = 0;
      int from = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '{') {
          depth++;
        } else if (c == '}') {
          depth--;
        } else if (c == '|' && depth == 0) {
          parts.add(s.substring(from, i));
          from = i + 1;
        }
      }
      parts.add(s.substring(from));
      return parts;
    }
  }

  /**
   * Whether every {@code choice} placeholder in the template parses, for the bundles' tests.
   *
   * @throws IllegalArgumentException naming the first that does not
   */
  public static void checkChoices(String template) {
    int start = template.indexOf(CHOICE_MARK);
    while (start >= 0) {
      int open = template.lastIndexOf('{', start);
      int end = closing(template, open);
      if (open < 0 || end < 0) {
        throw new IllegalArgumentException("unclosed choice in: " + template);
      }
      Choice.parse(template.substring(open + 1, end));
      start = template.indexOf(CHOICE_MARK, end);
    }
  }

  /** Formats one argument for people reading the language, through {@link Formats}. */
  public static String format(Object arg, Language language) {
    if (arg instanceof Message message) {
      return message.render(language);
    }
    if (arg instanceof Text text) {
      return text.render(language);
    }
    if (arg instanceof List<?> list) {
      StringBuilder joined = new StringBuilder();
      for (Object item : list) {
        if (joined.length() > 0) {
          joined.append(", ");
        }
        joined.append(format(item, language));
      }
      return joined.toString();
    }
    if (arg instanceof Euro euro) {
      return Formats.money(euro, language);
    }
    if (arg instanceof Formats.Percent p) {
      return Formats.percent(p.value(), language);
    }
    if (arg instanceof Formats.OneIn r) {
      return Formats.oneIn(r.many(), language);
    }
    if (arg instanceof Year year) {
      return Formats.year(year);
    }
    if (arg instanceof PartialDate date) {
      return Formats.date(date, language);
    }
    if (arg instanceof LocalDate date) {
      return Formats.date(date, language);
    }
    if (arg instanceof BigDecimal b) {
      return Formats.number(b, language);
    }
    if (arg instanceof Double || arg instanceof Float) {
      return Formats.number(((Number) arg).doubleValue(), language);
    }
    if (arg instanceof Long || arg instanceof Integer) {
      return Formats.integer(((Number) arg).longValue(), language);
    }
    return String.valueOf(arg);
  }

  @Override
  public String toString() {
    return "MessageBundle[" + name + "]";
  }
}
