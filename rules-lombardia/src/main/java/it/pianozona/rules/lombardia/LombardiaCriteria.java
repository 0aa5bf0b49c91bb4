package it.pianozona.rules.lombardia;

import com.google.common.collect.ImmutableMap;
import it.pianozona.core.criteria.BuiltInCriteria;
import it.pianozona.core.framework.AbstractCriterion;
import it.pianozona.core.framework.Criterion;
import it.pianozona.core.framework.CriterionContext;
import it.pianozona.core.framework.CriterionResult;
import it.pianozona.core.model.Agreement;
import it.pianozona.core.model.Intervention;
import it.pianozona.core.model.Plan;
import it.pianozona.core.text.Message;
import it.pianozona.core.validation.LegalBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the Lombard guidelines reward, as scoring criteria: projects shared with other ambiti,
 * socio-health integration with the ATS and the ASST, access criteria common to the ambito,
 * prevention, and links with housing and labour. Each is measured from what the plan declares
 * (intervention tags, the Accordo's parties) and explains what it counted. The weights are in each
 * triennium's data file; the Region's own points were not found, and the data says so.
 */
final class LombardiaCriteria {

  private LombardiaCriteria() {}

  /** The criteria a Lombard framework may weigh, built-in ones included, with their bases. */
  static Map<String, Criterion> forCycle(LegalBasis crossAmbito, LegalBasis uniformAccess) {
    List<Criterion> own =
        List.of(
            new Tagged("cross-ambito", crossAmbito, List.of(List.of(Tags.CROSS_AMBITO))),
            new SocioHealth(),
            new Tagged("uniform-access", uniformAccess, List.of(List.of(Tags.UNIFORM_ACCESS))),
            new Tagged("prevention", LombardiaActs.PREVENTION, List.of(List.of(Tags.PREVENTION))),
            new Tagged(
                "housing-labour",
                LombardiaActs.HOUSING_LABOUR,
                List.of(List.of(Tags.HOUSING), List.of(Tags.LABOUR))));
    ImmutableMap.Builder<String, Criterion> all = ImmutableMap.builder();
    all.putAll(BuiltInCriteria.all());
    own.forEach(c -> all.put(c.id(), c));
    return all.buildOrThrow();
  }

  static Message msg(String key, Object... args) {
    return Message.of(LombardiaActs.MESSAGES, key, args);
  }

  private abstract static class Base extends AbstractCriterion {
    Base(String id, LegalBasis basis) {
      super(id, LombardiaActs.MESSAGES, basis);
    }

    /** How the criterion gives its points, as the first line of its evidence. */
    Message rule() {
      return message("rule");
    }
  }

  /** The interventions carrying each tag, in plan order. */
  static List<String> tagged(Plan plan, List<String> tags) {
    return plan.interventions().stream()
        .filter(i -> i.tags().stream().anyMatch(tags::contains))
        .map(Intervention::id)
        .toList();
  }

  static Message taggedEvidence(Plan plan, List<String> tags) {
    List<String> ids = tagged(plan, tags);
    String tagList = String.join(", ", tags);
    return ids.isEmpty()
        ? msg("criterion.tagged.none", tagList)
        : msg("criterion.tagged.found", tagList, ids.size(), String.join(", ", ids));
  }

  /**
   * Equal parts, one per group of tags: a part is earned when at least one intervention carries a
   * tag of its group. The guidelines reward having such projects, not their number, so one is
   * enough.
   */
  static final class Tagged extends Base {
    private final List<List<String>> groups;

    Tagged(String id, LegalBasis basis, List<List<String>> groups) {
      super(id, basis);
      this.groups = groups.stream().map(List::copyOf).toList();
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
      Plan plan = context.plan();
      List<Message> evidence = new ArrayList<>();
      evidence.add(rule());
      int earned = 0;
      for (List<String> group : groups) {
        if (!tagged(plan, group).isEmpty()) {
          earned++;
        }
        evidence.add(taggedEvidence(plan, group));
      }
      return CriterionResult.ofRatio(earned, groups.size(), evidence);
    }
  }

  /**
   * Half for an Accordo di Programma signed with both the ATS and the ASST, half for at least one
   * intervention carried out with them.
   */
  static final class SocioHealth extends Base {
    SocioHealth() {
      super("socio-health", LombardiaActs.SOCIO_HEALTH);
    }

    @Override
    public CriterionResult evaluate(CriterionContext context) {
      Plan plan = context.plan();
      List<Message> evidence = new ArrayList<>();
      evidence.add(rule());
      Set<String> parties = new LinkedHashSet<>();
      boolean accordo = false;
      for (Agreement a : plan.governance().agreements()) {
        if (a.kind().equals(GovernanceRules.ACCORDO)) {
          accordo = true;
          parties.addAll(a.parties());
        }
      }
      boolean signed = parties.containsAll(GovernanceRules.HEALTH_PARTIES);
      if (!accordo) {
        evidence.add(msg("criterion.socio-health.noAccordo"));
      } else if (signed) {
        evidence.add(msg("criterion.socio-health.signed", String.join(", ", parties)));
      } else {
        evidence.add(
            msg(
                "criterion.socio-health.unsigned",
                parties.isEmpty() ? "-" : String.join(", ", parties)));
      }
      List<String> tags = List.of(Tags.SOCIO_HEALTH);
      boolean integrated = !tagged(plan, tags).isEmpty();
      evidence.add(taggedEvidence(plan, tags));
      int earned = (signed ? 1 : 0) + (integrated ? 1 : 0);
      return CriterionResult.of(
          BigDecimal.valueOf(earned).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_EVEN),
          evidence);
    }
  }
}
