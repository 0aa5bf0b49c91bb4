package it.pianozona.core.config;

import static java.util.Objects.requireNonNull;

import it.pianozona.core.validation.Pointer;
import it.pianozona.core.validation.Severity;
import java.util.Optional;

/**
 * One rule setting of the configuration: the rules it selects are turned off, or report at another
 * severity. A setting by code wins over one by tag; among settings of the same kind, the last one
 * wins, as in a file read top to bottom.
 *
 * @param selector which rules
 * @param severity the severity their findings get; empty to turn them off
 * @param reason why the office tunes them, shown in every report
 * @param at where the setting is declared in its configuration file
 * @since 0.1
 */
public record RuleSetting(
    RuleSelector selector, Optional<Severity> severity, Optional<String> reason, Pointer at) {

  public RuleSetting {
    requireNonNull(selector, "selector");
    requireNonNull(severity, "severity");
    requireNonNull(reason, "reason");
    requireNonNull(at, "at");
  }

  /** Whether the setting turns its rules off. */
  public boolean off() {
    return severity.isEmpty();
  }
}
