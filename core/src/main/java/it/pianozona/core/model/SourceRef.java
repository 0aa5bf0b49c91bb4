package it.pianozona.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A public document a plan's facts are taken from, so a reader can check them.
 *
 * @param title what the source is
 * @param url where to find it, if online
 * @param date its date, if known
 * @since 0.1
 */
public record SourceRef(String title, Optional<String> url, Optional<PartialDate> date) {

  public SourceRef {
    checkArgument(!Texts.blank(title), "a source needs a title");
    requireNonNull(url, "url");
    requireNonNull(date, "date");
  }
}
