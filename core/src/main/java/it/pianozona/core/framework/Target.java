package it.pianozona.core.framework;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import it.pianozona.core.text.Text;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The service objective an act sets for one of its objectives: an indicator and the threshold it
 * must reach, for the whole ambito or per thousand residents. Plans report the indicator's value on
 * the interventions that pursue the objective ({@code interventions[].indicators}).
 *
 * @param indicator the indicator's id, lower-case words joined by hyphens
 * @param description what the indicator counts, in Italian and, where given, in English
 * @param threshold the value to reach, zero or more
 * @param per whether the threshold is for the ambito or per thousand residents
 * @since 0.1
 */
public record Target(String indicator, Text description, BigDecimal threshold, Per per) {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** What a threshold is measured against. */
  public enum Per {
    /** The indicator's total over the ambito. */
    AMBITO("ambito"),
    /** The indicator's total for every thousand residents of the ambito. */
    THOUSAND_RESIDENTS("1000-residents");

    private final String id;

    Per(String id) {
      this.id = id;
    }

    /** The id data files use: {@code ambito} or {@code 1000-residents}. */
    public String id() {
      return id;
    }

    public static Optional<Per> fromId(String id) {
      for (Per p : values()) {
        if (p.id.equals(id.toLowerCase(Locale.ROOT))) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    }
  }

  public Target {
    checkArgument(
        indicator != null && ID.matcher(indicator).matches(),
        "an indicator id is lower-case words joined by hyphens, got '%s'",
        indicator);
    checkArgument(description != null, "indicator %s needs a description", indicator);
    checkArgument(
        threshold != null && threshold.signum() >= 0,
        "the threshold of %s is zero or more",
        indicator);
    requireNonNull(per, "per");
  }
}
