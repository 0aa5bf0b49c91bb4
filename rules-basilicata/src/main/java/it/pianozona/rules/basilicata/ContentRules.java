package it.pianozona.rules.basilicata;

import it.pianozona.core.framework.AbstractRule;
import it.pianozona.core.framework.ContentsSection;
import it.pianozona.core.framework.Locations;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.framework.Sections;
import it.pianozona.core.validation.Severity;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What a Piano Intercomunale defines, as contents sections: the territory, its demographic
 * structure, the social priorities, the services offered, the development objectives and the
 * financing system. The seventh, the monitoring and evaluation system, is the national {@code
 * monitoring} section (NAT-CNT-006), not checked twice.
 */
final class ContentRules {

  private ContentRules() {}

  /** The contents keys, in the order the sources list them. */
  static final List<String> KEYS =
      List.of(
          "territory",
          "demography",
          "priorities",
          "existingServices",
          "developmentObjectives",
          "financing");

  /** One section of the plan. */
  static final class Section extends AbstractRule implements ContentsSection {
    private final String key;

    Section(String cycle, String topic, String key) {
      super(BasilicataActs.rule(cycle, topic, Severity.WARNING, BasilicataActs.CONTENTS));
      this.key = key;
    }

    @Override
    public String contentsKey() {
      return key;
    }

    @Override
    public void check(RuleContext context) {
      if (!Sections.declared(context.plan(), key)) {
        context.report(Locations.contents(key), key);
      }
    }
  }

  /** The six section rules, CNT-001 to CNT-006 in the order of {@link #KEYS}. */
  static List<Section> all(String cycle) {
    return IntStream.range(0, KEYS.size())
        .mapToObj(i -> new Section(cycle, String.format("CNT-%03d", i + 1), KEYS.get(i)))
        .toList();
  }
}
