package it.pianozona.core.config;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import it.pianozona.core.framework.DatedCodes;
import it.pianozona.core.framework.DatedParameter;
import it.pianozona.core.validation.Pointer;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A dated parameter replaced by the office, as an OpenFisca reform replaces one: a new value for a
 * validity span, with why and on what authority. On the days it covers it takes the place of the
 * framework's own value; on the others the framework's value stands.
 *
 * @param framework the framework it applies to; empty for every framework that has the parameter
 * @param value the numeric value, when the parameter is a number
 * @param codes the list of codes, when the parameter is a list
 * @param reason why it is replaced, shown in every report
 * @param at where it is declared in its configuration file
 * @since 0.1
 */
public record ParameterOverride(
    Optional<String> framework,
    Optional<DatedParameter> value,
    Optional<DatedCodes> codes,
    String reason,
    Pointer at) {

  public ParameterOverride {
    requireNonNull(framework, "framework");
    requireNonNull(value, "value");
    requireNonNull(codes, "codes");
    checkArgument(
        value.isPresent() != codes.isPresent(),
        "a parameter override replaces a number or a list of codes, exactly one");
    checkArgument(reason != null && !reason.isBlank(), "a parameter override needs a reason");
    requireNonNull(at, "at");
  }

  public static ParameterOverride of(DatedParameter value, String reason) {
    return new ParameterOverride(
        Optional.empty(), Optional.of(value), Optional.empty(), reason, Pointer.ROOT);
  }

  public static ParameterOverride of(DatedCodes codes, String reason) {
    return new ParameterOverride(
        Optional.empty(), Optional.empty(), Optional.of(codes), reason, Pointer.ROOT);
  }

  /** The parameter's id. */
  public String id() {
    return value.map(DatedParameter::id).orElseGet(() -> codes.orElseThrow().id());
  }

  public LocalDate validFrom() {
    return value.map(DatedParameter::validFrom).orElseGet(() -> codes.orElseThrow().validFrom());
  }

  public Optional<LocalDate> validTo() {
    return value.map(DatedParameter::validTo).orElseGet(() -> codes.orElseThrow().validTo());
  }

  /** Whether it applies to the framework with this id. */
  public boolean appliesTo(String frameworkId) {
    return framework.map(frameworkId::equals).orElse(true);
  }
}
