package it.pianozona.core.config;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import it.pianozona.core.validation.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the configuration changed in one evaluation, so that every report can say the check was
 * tuned and how: the rules it turned off or re-graded, the parameters it replaced and the catalogue
 * it put in place of the framework's. Empty when nothing was changed.
 *
 * @param file the configuration file, if the configuration was read from one
 * @param rules the rules of this evaluation it turned off or re-graded, in the order they ran
 * @param parameters the overrides that apply to this evaluation's framework
 * @param catalogue the catalogue file that replaced the framework's, if any
 * @since 0.1
 */
public record Tuning(
    Optional<Path> file,
    List<RuleChange> rules,
    List<ParameterOverride> parameters,
    Optional<Path> catalogue) {

  /** Nothing changed. */
  public static final Tuning NONE =
      new Tuning(Optional.empty(), List.of(), List.of(), Optional.empty());

  public Tuning {
    requireNonNull(file, "file");
    rules = ImmutableList.copyOf(rules);
    parameters = ImmutableList.copyOf(parameters);
    requireNonNull(catalogue, "catalogue");
  }

  /** Whether the evaluation ran as the framework declares it. */
  public boolean isEmpty() {
    return rules.isEmpty() && parameters.isEmpty() && catalogue.isEmpty();
  }

  /**
   * One rule the configuration changed.
   *
   * @param code the rule's code
   * @param declared the severity the rule declares
   * @param now the severity it reported at; empty when turned off
   * @param setting the setting that changed it
   */
  public record RuleChange(
      String code, Severity declared, Optional<Severity> now, RuleSetting setting) {

    public RuleChange {
      requireNonNull(code, "code");
      requireNonNull(declared, "declared");
      requireNonNull(now, "now");
      requireNonNull(setting, "setting");
    }

    public boolean off() {
      return now.isEmpty();
    }
  }
}
