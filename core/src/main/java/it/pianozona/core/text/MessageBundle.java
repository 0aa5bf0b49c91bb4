package it.pianozona.core.text;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import it.pianozona.core.model.Euro;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
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
 * formatted for the language: amounts as {@code € 1.234,56} or {@code €1,234.56}, numbers with the
 * language's grouping.
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
   * @throws IllegalStateException if a language is missing or the languages' keys differ
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

  /** Formats one argument for people reading the language. */
  public static String format(Object arg, Language language) {
    if (arg instanceof Message message) {
      return message.render(language);
    }
    if (arg instanceof Text text) {
      return text.render(language);
    }
    if (arg instanceof Euro euro) {
      return euro.format(language.locale());
    }
    if (arg instanceof BigDecimal || arg instanceof Double || arg instanceof Float) {
      NumberFormat f = NumberFormat.getNumberInstance(language.locale());
      f.setMaximumFractionDigits(2);
      return f.format(arg);
    }
    if (arg instanceof Long || arg instanceof Integer) {
      long value = ((Number) arg).longValue();
      // Years and codes read better without grouping; larger figures need it.
      return Math.abs(value) < 10_000
          ? Long.toString(value)
          : NumberFormat.getIntegerInstance(language.locale()).format(value);
    }
    return String.valueOf(arg);
  }

  @Override
  public String toString() {
    return "MessageBundle[" + name + "]";
  }
}
