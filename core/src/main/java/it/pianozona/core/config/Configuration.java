package it.pianozona.core.config;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.Pointer;
import it.pianozona.core.validation.RuleDescriptor;
import it.pianozona.core.validation.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How an office tunes the checks: the content of a project configuration file ({@code
 * pianozona.yaml}), or the same object built in code. Immutable; {@link #NONE} changes nothing.
 *
 * <pre>{@code
 * Configuration config = Configuration.builder()
 *     .rule(RuleSelector.code("NAT-CNT-011"), Severity.INFO, "bozza: sezioni da completare")
 *     .off(RuleSelector.tag("vocabulary"), "vocabolario d'ufficio")
 *     .build();
 * PianoZona pz = PianoZona.builder().configuration(config).build();
 * }</pre>
 *
 * @since 0.1
 */
public final class Configuration {

  /** The file name the command line looks for beside a plan and in its parent folders. */
  public static final String FILE_NAME = "pianozona.yaml";

  /** No tuning at all: every rule as its framework declares it. */
  public static final Configuration NONE = builder().build();

  private final Optional<Path> file;
  private final ImmutableList<RuleSetting> rules;
  private final ImmutableList<ParameterOverride> parameters;
  private final ImmutableList<Path> catalogues;
  private final Optional<Language> language;
  private final ImmutableList<ConfiguredSuppression> suppressions;

  private Configuration(Builder b) {
    this.file = b.file;
    this.rules = ImmutableList.copyOf(b.rules);
    this.parameters = ImmutableList.copyOf(b.parameters);
    this.catalogues = ImmutableList.copyOf(b.catalogues);
    this.language = b.language;
    this.suppressions = ImmutableList.copyOf(b.suppressions);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The configuration file that applies to a plan, as the command line finds it: the nearest
   * {@value #FILE_NAME} in the plan's folder (for a folder, in the folder itself) or in a parent
   * folder. The search stops at the first folder that has one, at the top of a repository (a folder
   * holding {@code .git}, whose parents belong to other projects) and at the root of the file
   * system; it follows the path as written, not symbolic links.
   *
   * @param path a plan file, or a folder of plans
   * @return the file, or empty when none applies; relative to the working folder when it lies under
   *     it, as reports name it, and absolute otherwise
   */
  public static Optional<Path> find(Path path) {
    Path start = path.toAbsolutePath().normalize();
    Path folder = Files.isDirectory(start) ? start : start.getParent();
    for (Path f = folder; f != null; f = f.getParent()) {
      Path candidate = f.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        Path here = Path.of("").toAbsolutePath();
        return Optional.of(candidate.startsWith(here) ? here.relativize(candidate) : candidate);
      }
      if (Files.exists(f.resolve(".git"))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The file it was read from, if it was read from one: what reports name. */
  public Optional<Path> file() {
    return file;
  }

  public List<RuleSetting> rules() {
    return rules;
  }

  public List<ParameterOverride> parameters() {
    return parameters;
  }

  /** Catalogue files to use in place of the frameworks' own, resolved against the file's folder. */
  public List<Path> catalogues() {
    return catalogues;
  }

  /** The language reports and messages use when the command line is not told one. */
  public Optional<Language> language() {
    return language;
  }

  public List<ConfiguredSuppression> suppressions() {
    return suppressions;
  }

  /** Whether it changes nothing. */
  public boolean isEmpty() {
    return rules.isEmpty()
        && parameters.isEmpty()
        && catalogues.isEmpty()
        && language.isEmpty()
        && suppressions.isEmpty();
  }

  /**
   * The setting that applies to the rule: the last one by code if any, otherwise the last one by
   * tag.
   */
  public Optional<RuleSetting> settingFor(RuleDescriptor rule) {
    Optional<RuleSetting> byTag = Optional.empty();
    Optional<RuleSetting> byCode = Optional.empty();
    for (RuleSetting s : rules) {
      if (s.selector().matches(rule)) {
        if (s.selector().kind() == RuleSelector.Kind.CODE) {
          byCode = Optional.of(s);
        } else {
          byTag = Optional.of(s);
        }
      }
    }
    return byCode.isPresent() ? byCode : byTag;
  }

  @Override
  public String toString() {
    return "Configuration" + file.map(f -> " " + f).orElse("");
  }

  /** Assembles a configuration in code; each entry is located at its index, as in a file. */
  public static final class Builder {
    private Optional<Path> file = Optional.empty();
    private final List<RuleSetting> rules = new ArrayList<>();
    private final List<ParameterOverride> parameters = new ArrayList<>();
    private final List<Path> catalogues = new ArrayList<>();
    private Optional<Language> language = Optional.empty();
    private final List<ConfiguredSuppression> suppressions = new ArrayList<>();

    private Builder() {}

    public Builder file(Path value) {
      file = Optional.of(requireNonNull(value, "file"));
      return this;
    }

    public Builder rule(RuleSetting value) {
      rules.add(requireNonNull(value, "rule"));
      return this;
    }

    /** Re-grades the rules the selector picks. */
    public Builder rule(RuleSelector selector, Severity severity, String reason) {
      return rule(
          new RuleSetting(
              selector,
              Optional.of(severity),
              Optional.ofNullable(reason),
              Pointer.of("rules", rules.size())));
    }

    /** Turns off the rules the selector picks. */
    public Builder off(RuleSelector selector, String reason) {
      return rule(
          new RuleSetting(
              selector,
              Optional.empty(),
              Optional.ofNullable(reason),
              Pointer.of("rules", rules.size())));
    }

    public Builder parameter(ParameterOverride value) {
      parameters.add(requireNonNull(value, "parameter"));
      return this;
    }

    public Builder catalogue(Path value) {
      catalogues.add(requireNonNull(value, "catalogue"));
      return this;
    }

    public Builder language(Language value) {
      language = Optional.of(requireNonNull(value, "language"));
      return this;
    }

    public Builder suppression(ConfiguredSuppression value) {
      suppressions.add(requireNonNull(value, "suppression"));
      return this;
    }

    public Configuration build() {
      return new Configuration(this);
    }
  }
}
