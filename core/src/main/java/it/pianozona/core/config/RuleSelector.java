package it.pianozona.core.config;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import it.pianozona.core.validation.RuleDescriptor;

/**
 * Which rules a setting of the configuration is about: one rule by its code, or every rule with a
 * tag ({@link RuleDescriptor#tags()}).
 *
 * @param kind whether {@code value} is a code or a tag
 * @param value the code (such as {@code NAT-CNT-011}) or the tag (such as {@code vocabulary})
 * @since 0.1
 */
public record RuleSelector(Kind kind, String value) {

  /** What a selector names. */
  public enum Kind {
    CODE,
    TAG
  }

  public RuleSelector {
    requireNonNull(kind, "kind");
    checkArgument(value != null && !value.isBlank(), "a rule selector needs a code or a tag");
  }

  public static RuleSelector code(String code) {
    return new RuleSelector(Kind.CODE, code);
  }

  public static RuleSelector tag(String tag) {
    return new RuleSelector(Kind.TAG, tag);
  }

  public boolean matches(RuleDescriptor rule) {
    return kind == Kind.CODE ? rule.code().equals(value) : rule.tags().contains(value);
  }

  @Override
  public String toString() {
    return (kind == Kind.CODE ? "code " : "tag ") + value;
  }
}
