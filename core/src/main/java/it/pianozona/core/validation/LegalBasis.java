package it.pianozona.core.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import it.pianozona.core.text.Text;
import java.util.Optional;

/**
 * The act a rule or parameter rests on, so that a regional expert can trace it: the act, the
 * article, where to read it, and, when the citation has not been checked against the act itself,
 * what remains to be verified there.
 *
 * @param act the act, such as {@code L. 8 novembre 2000, n. 328}
 * @param article the provision within it, such as {@code art. 19, c. 1, lett. a)}; empty when the
 *     whole act is meant
 * @param url where to read the act itself (Normattiva, the Gazzetta Ufficiale, the region's
 *     official bulletin or site), if known
 * @param caveat what is uncertain about this citation and what to verify against which act, in
 *     Italian and English (present means "to be verified against the act")
 * @since 0.1
 */
public record LegalBasis(String act, String article, Optional<String> url, Optional<Text> caveat) {

  public LegalBasis {
    checkArgument(act != null && !act.isBlank(), "a legal basis names its act");
    requireNonNull(article, "article");
    requireNonNull(url, "url");
    requireNonNull(caveat, "caveat");
  }

  /** A citation read in the act itself. */
  public static LegalBasis of(String act, String article, String url) {
    return new LegalBasis(act, article, Optional.ofNullable(url), Optional.empty());
  }

  /**
   * A citation not checked against the act: the caveat says what to verify, such as {@code
   * Text.of("il testo dell'art. 10", "the text of art. 10")}.
   */
  public static LegalBasis unverified(String act, String article, String url, Text caveat) {
    return new LegalBasis(
        act, article, Optional.ofNullable(url), Optional.of(requireNonNull(caveat, "caveat")));
  }

  /** Whether the citation was read in the act itself. */
  public boolean isVerified() {
    return caveat.isEmpty();
  }

  /** Act and article in one line, such as {@code L. 328/2000, art. 19}. */
  public String citation() {
    return article.isEmpty() ? act : act + ", " + article;
  }

  @Override
  public String toString() {
    return citation();
  }
}
