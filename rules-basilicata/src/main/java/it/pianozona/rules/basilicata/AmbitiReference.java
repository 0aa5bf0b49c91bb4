package it.pianozona.rules.basilicata;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import it.pianozona.core.model.Ambito;
import it.pianozona.core.model.IstatCode;
import it.pianozona.core.model.PartialDate;
import it.pianozona.core.text.Text;
import it.pianozona.core.validation.LegalBasis;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The nine ambiti socio-territoriali of Basilicata as reference data, read from the module's {@code
 * ambiti.properties}: which ambito a plan is for, and which ambito a comune belongs to.
 *
 * <p>The file is a {@link Properties} file rather than YAML because region modules read data
 * without Jackson (only core's {@code io} package knows it), and the format needs nothing more than
 * keys and texts. A malformed entry fails the load naming the file and the key, so the provider is
 * reported broken by name instead of checking plans against bad data.
 */
final class AmbitiReference {

  static final String RESOURCE = "ambiti.properties";

  private static final Pattern NUMBERED =
      Pattern.compile("(?i)(?:ambito\\s*)?(?:n\\.?\\s*)?0*(\\d{1,2})");

  private final ImmutableList<AmbitoReference> ambiti;

  private AmbitiReference(List<AmbitoReference> ambiti) {
    this.ambiti = ImmutableList.copyOf(ambiti);
  }

  /** The bundled reference, read once. */
  static AmbitiReference bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final AmbitiReference BUNDLED = load();

    private static AmbitiReference load() {
      try (InputStream in = AmbitiReference.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("bundled resource missing: " + RESOURCE);
        }
        return read(RESOURCE, in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /**
   * Reads a reference in the bundled format (see the file's header).
   *
   * @throws IllegalArgumentException naming the file and the key of the first bad entry
   */
  static AmbitiReference read(String source, InputStream in) throws IOException {
    Properties p = new Properties();
    try (Reader reader = new InputStreamReader(in, UTF_8)) {
      p.load(reader);
    }
    String list = p.getProperty("ambiti");
    if (list == null || list.isBlank()) {
      throw new IllegalArgumentException(
          source + ": key 'ambiti': expected the list of ambito" + " ids, found none");
    }
    List<AmbitoReference> ambiti = new ArrayList<>();
    Set<IstatCode> placed = new HashSet<>();
    for (String id : list.split(",")) {
      AmbitoReference a = entry(source, p, id.trim());
      for (IstatCode c : a.comuni()) {
        if (a.composition() == AmbitoReference.Composition.CONFIRMED && !placed.add(c)) {
          throw new IllegalArgumentException(
              source
                  + ": key '"
                  + a.id()
                  + ".comuni': comune "
                  + c
                  + " is already in another confirmed ambito");
        }
      }
      ambiti.add(a);
    }
    return new AmbitiReference(ambiti);
  }

  /**
   * A caveat in Italian ({@code KEY.it}) and, where given, English ({@code KEY.en}); none when
   * neither key is there.
   */
  private static Optional<Text> caveat(String source, Properties p, String key) {
    String it = p.getProperty(key + ".it");
    String en = p.getProperty(key + ".en");
    if (it == null && en == null) {
      return Optional.empty();
    }
    if (it == null || it.isBlank()) {
      throw new IllegalArgumentException(
          source + ": key '" + key + ".it': expected the caveat in Italian, found none");
    }
    return Optional.of(
        new Text(it.strip(), Optional.ofNullable(en).map(String::strip).filter(e -> !e.isEmpty())));
  }

  private static AmbitoReference entry(String source, Properties p, String id) {
    try {
      String number = p.getProperty(id + ".number");
      String comuni = p.getProperty(id + ".comuni", "").trim();
      LegalBasis basis =
          new LegalBasis(
              required(source, p, id + ".source.act"),
              p.getProperty(id + ".source.article", ""),
              Optional.ofNullable(p.getProperty(id + ".source.url")),
              caveat(source, p, id + ".source.caveat"));
      return new AmbitoReference(
          id,
          required(source, p, id + ".name"),
          number == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(number)),
          IstatCode.of(required(source, p, id + ".lead")),
          AmbitoReference.Composition.valueOf(
              required(source, p, id + ".composition").toUpperCase(Locale.ROOT)),
          comuni.isEmpty()
              ? List.of()
              : Arrays.stream(comuni.split("\\s+")).map(IstatCode::of).toList(),
          PartialDate.parse(required(source, p, id + ".asOf")),
          basis);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": ambito '" + id + "': " + e.getMessage(), e);
    }
  }

  private static String required(String source, Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("key '" + key + "' is missing in " + source);
    }
    return value.trim();
  }

  List<AmbitoReference> all() {
    return ambiti;
  }

  Optional<AmbitoReference> byId(String id) {
    return ambiti.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * The ambito a plan's ambito is, by its id (the reference id, or the official number as {@code
   * 7}, {@code n. 7} or {@code Ambito n. 7}) or else by its name: the reference name whose words
   * appear in a row in the plan's name, the longest if several do. Word matching keeps "Matera"
   * from matching "Collina Materana".
   */
  Optional<AmbitoReference> match(Ambito ambito) {
    if (ambito.id().isPresent()) {
      String id = ambito.id().get().trim();
      Optional<AmbitoReference> byId = byId(id.toLowerCase(Locale.ROOT));
      if (byId.isPresent()) {
        return byId;
      }
      Matcher m = NUMBERED.matcher(id);
      if (m.matches()) {
        int n = Integer.parseInt(m.group(1));
        Optional<AmbitoReference> byNumber =
            ambiti.stream()
                .filter(a -> a.number().isPresent() && a.number().getAsInt() == n)
                .findFirst();
        if (byNumber.isPresent()) {
          return byNumber;
        }
      }
    }
    List<String> words = words(ambito.name());
    AmbitoReference best = null;
    int bestLength = 0;
    for (AmbitoReference a : ambiti) {
      List<String> name = words(a.name());
      if (name.size() > bestLength && containsRun(words, name)) {
        best = a;
        bestLength = name.size();
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The ambito a comune certainly belongs to: one whose confirmed list names it, or whose lead it
   * is.
   */
  Optional<AmbitoReference> owner(IstatCode comune) {
    return ambiti.stream()
        .filter(
            a ->
                a.lead().equals(comune)
                    || (a.composition() == AmbitoReference.Composition.CONFIRMED
                        && a.lists(comune)))
        .findFirst();
  }

  static List<String> words(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    return Arrays.stream(folded.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
  }

  private static boolean containsRun(List<String> haystack, List<String> needle) {
    for (int i = 0; i + needle.size() <= haystack.size(); i++) {
      if (haystack.subList(i, i + needle.size()).equals(needle)) {
        return true;
      }
    }
    return false;
  }
}
