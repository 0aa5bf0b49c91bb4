package it.pianozona.core.reference;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableMap;
import it.pianozona.core.model.IstatCode;
import it.pianozona.core.model.Region;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ISTAT list of Italian comuni, as of 1 January 2020, with the 2011 census population: the
 * reference that tells whether a comune exists and which region it is in.
 *
 * <p>Known limits, which messages repeat: comuni created or merged after 2020 are missing, and the
 * population is the census figure, not the latest estimate.
 *
 * @since 0.1
 */
public final class ComuniRegistry {

  /** The date the bundled list describes. */
  public static final String AS_OF = "2020-01-01";

  private static final String RESOURCE = "comuni-istat-2020.csv";

  private final ImmutableMap<IstatCode, IstatComune> byCode;

  private ComuniRegistry(ImmutableMap<IstatCode, IstatComune> byCode) {
    this.byCode = byCode;
  }

  /** The bundled list, read once. */
  public static ComuniRegistry bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final ComuniRegistry BUNDLED = load();

    private static ComuniRegistry load() {
      try (InputStream in = ComuniRegistry.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("bundled resource missing: " + RESOURCE);
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /**
   * Reads a list in the bundled format: comment lines starting with {@code #}, a header, then
   * {@code istat_code,name,province,region_code,population_2011}.
   */
  public static ComuniRegistry read(InputStream in) throws IOException {
    ImmutableMap.Builder<IstatCode, IstatComune> map = ImmutableMap.builder();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8));
    String line;
    boolean header = true;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split(",", -1);
      if (f.length != 5) {
        throw new IOException("line " + lineNo + ": expected 5 fields, found " + f.length);
      }
      IstatCode code = IstatCode.of(f[0]);
      final int n = lineNo;
      Region region =
          Region.fromIstatCode(f[3])
              .orElseThrow(() -> new IOException("line " + n + ": unknown region code " + f[3]));
      map.put(code, new IstatComune(code, f[1], f[2], region, Long.parseLong(f[4])));
    }
    return new ComuniRegistry(map.buildOrThrow());
  }

  public Optional<IstatComune> find(IstatCode code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public Collection<IstatComune> all() {
    return byCode.values();
  }

  public int size() {
    return byCode.size();
  }

  /**
   * Whether two names denote the same comune, ignoring case, accents, apostrophes and spacing
   * (plans write "Castellana Grotte" and "CASTELLANA-GROTTE" alike).
   */
  public static boolean sameName(String a, String b) {
    // Most plans spell their comuni exactly as ISTAT does: no folding needed then.
    return a.equals(b) || fold(a).equals(fold(b));
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");

  private static String fold(String s) {
    String noAccents = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return NOT_ALPHANUMERIC.matcher(noAccents.toLowerCase(Locale.ROOT)).replaceAll("");
  }
}
