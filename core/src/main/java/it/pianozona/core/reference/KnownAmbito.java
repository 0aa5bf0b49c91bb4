package it.pianozona.core.reference;

import com.google.common.collect.ImmutableList;
import it.pianozona.core.model.IstatCode;
import it.pianozona.core.model.Region;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An ambito whose member comuni pianozona knows, from the bundled list {@code ambiti.csv}: only the
 * ambiti of the bundled real plans, as dated, replaceable data (see the file's header). It lets
 * {@code pianozona template --ambito} start from one member comune's ISTAT code.
 *
 * @param name the ambito's name
 * @param region its region
 * @param id the region's identifier of the ambito, if known
 * @param lead the lead comune (capofila)
 * @param members the member comuni, in the order of the source plan
 * @param source the bundled plan the row was taken from
 * @since 0.1
 */
public record KnownAmbito(
    String name,
    Region region,
    Optional<String> id,
    IstatCode lead,
    List<IstatCode> members,
    String source) {

  public KnownAmbito {
    members = ImmutableList.copyOf(members);
  }

  /** Every ambito of the bundled list. */
  public static List<KnownAmbito> bundled() {
    return Holder.ALL;
  }

  /** The bundled ambito a comune belongs to, if the list has it. */
  public static Optional<KnownAmbito> ofMember(IstatCode comune) {
    return bundled().stream().filter(a -> a.members().contains(comune)).findFirst();
  }

  private static final class Holder {
    static final List<KnownAmbito> ALL = load();

    private static List<KnownAmbito> load() {
      List<KnownAmbito> all = new ArrayList<>();
      try (InputStream in = KnownAmbito.class.getResourceAsStream("ambiti.csv");
          BufferedReader r =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] f = line.split(";", -1);
          all.add(
              new KnownAmbito(
                  f[0],
                  Region.fromId(f[1]).orElseThrow(),
                  f[2].isEmpty() ? Optional.empty() : Optional.of(f[2]),
                  IstatCode.of(f[3]),
                  Arrays.stream(f[4].split(" ")).map(IstatCode::of).toList(),
                  f[5]));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return List.copyOf(all);
    }
  }
}
