package it.pianozona.core.national;

import it.pianozona.core.framework.AbstractRule;
import it.pianozona.core.framework.Catalogue;
import it.pianozona.core.framework.LepsInfo;
import it.pianozona.core.framework.Locations;
import it.pianozona.core.framework.Objective;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.model.Intervention;
import it.pianozona.core.validation.RuleDescriptor;
import it.pianozona.core.validation.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each intervention is identified once and placed in the framework's catalogue. The rules that look
 * an area or an objective up in the catalogue declare it ({@link
 * RuleDescriptor#checkingCatalogue}), so that under an unverified catalogue they only note what
 * they find.
 */
final class InterventionRules {

  private InterventionRules() {}

  /** Two interventions with one id cannot be told apart in reports, diffs or monitoring. */
  static final class DuplicateId extends AbstractRule {
    DuplicateId() {
      super("NAT-INT-001", Severity.ERROR, Acts.FORMAT, NationalRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      List<Intervention> interventions = context.plan().interventions();
      Map<String, Integer> first = new HashMap<>();
      for (int i = 0; i < interventions.size(); i++) {
        Intervention intervention = interventions.get(i);
        Integer earlier = first.putIfAbsent(intervention.id(), i);
        if (earlier != null) {
          context.report(
              Locations.intervention(i, intervention, "id"),
              intervention.id(),
              "/interventions/" + earlier);
        }
      }
    }
  }

  /**
   * An intervention's area the catalogue does not know. When the catalogue lists all of the act's
   * areas this is an error (NAT-INT-002); when it could not, the area may be right but cannot be
   * checked, so it is only noted (NAT-INT-007).
   */
  static final class AreaNotInCatalogue extends AbstractRule {
    private final boolean whenComplete;

    private AreaNotInCatalogue(String id, Severity severity, boolean whenComplete) {
      super(
          RuleDescriptor.of(id, severity, Acts.REGIONAL_PLAN, NationalRules.BUNDLE)
              .checkingCatalogue());
      this.whenComplete = whenComplete;
    }

    static AreaNotInCatalogue unknown() {
      return new AreaNotInCatalogue("NAT-INT-002", Severity.ERROR, true);
    }

    static AreaNotInCatalogue unchecked() {
      return new AreaNotInCatalogue("NAT-INT-007", Severity.INFO, false);
    }

    @Override
    public void check(RuleContext context) {
      Catalogue catalogue = context.catalogue();
      if (catalogue.areasComplete() != whenComplete) {
        return;
      }
      String known = String.join(", ", catalogue.areaCodes());
      List<Intervention> interventions = context.plan().interventions();
      for (int i = 0; i < interventions.size(); i++) {
        Intervention intervention = interventions.get(i);
        if (catalogue.area(intervention.area()).isEmpty()) {
          context.report(
              Locations.intervention(i, intervention, "area"),
              intervention.area(),
              intervention.id(),
              context.framework().id(),
              known);
        }
      }
    }
  }

  /** An objective code the catalogue does not have, when the catalogue is complete. */
  static final class UnknownObjective extends AbstractRule {
    UnknownObjective() {
      super(
          RuleDescriptor.of(
                  "NAT-INT-003", Severity.WARNING, Acts.REGIONAL_PLAN, NationalRules.BUNDLE)
              .checkingCatalogue());
    }

    @Override
    public void check(RuleContext context) {
      if (!context.catalogue().objectivesComplete()) {
        return;
      }
      forEachUnknownObjective(
          context,
          (i, j, intervention, code) ->
              context.report(
                  Locations.intervention(i, intervention, "objectives", j),
                  code,
                  intervention.id(),
                  context.framework().id()));
    }
  }

  /**
   * An objective code the catalogue does not have, when the catalogue knows only some of the act's
   * objectives: it may be right, but it cannot be checked.
   */
  static final class UncheckedObjective extends AbstractRule {
    UncheckedObjective() {
      super(
          RuleDescriptor.of("NAT-INT-004", Severity.INFO, Acts.REGIONAL_PLAN, NationalRules.BUNDLE)
              .checkingCatalogue());
    }

    @Override
    public void check(RuleContext context) {
      Catalogue catalogue = context.catalogue();
      if (catalogue.objectivesComplete()) {
        return;
      }
      forEachUnknownObjective(
          context,
          (i, j, intervention, code) ->
              context.report(
                  Locations.intervention(i, intervention, "objectives", j),
                  code,
                  intervention.id(),
                  catalogue.objectives().size(),
                  catalogue.objectivesExpected().getAsInt()));
    }
  }

  private interface ObjectiveVisitor {
    void visit(int index, int objectiveIndex, Intervention intervention, String code);
  }

  private static void forEachUnknownObjective(RuleContext context, ObjectiveVisitor visitor) {
    List<Intervention> interventions = context.plan().interventions();
    for (int i = 0; i < interventions.size(); i++) {
      Intervention intervention = interventions.get(i);
      for (int j = 0; j < intervention.objectives().size(); j++) {
        String code = intervention.objectives().get(j);
        if (context.catalogue().objective(code).isEmpty()) {
          visitor.visit(i, j, intervention, code);
        }
      }
    }
  }

  /** The intervention pursues an objective of another area than its own. */
  static final class ObjectiveOutsideArea extends AbstractRule {
    ObjectiveOutsideArea() {
      super(
          RuleDescriptor.of(
                  "NAT-INT-005", Severity.WARNING, Acts.REGIONAL_PLAN, NationalRules.BUNDLE)
              .checkingCatalogue());
    }

    @Override
    public void check(RuleContext context) {
      List<Intervention> interventions = context.plan().interventions();
      for (int i = 0; i < interventions.size(); i++) {
        Intervention intervention = interventions.get(i);
        for (int j = 0; j < intervention.objectives().size(); j++) {
          Optional<Objective> objective =
              context.catalogue().objective(intervention.objectives().get(j));
          if (objective.isPresent() && !objective.get().area().equals(intervention.area())) {
            context.report(
                Locations.intervention(i, intervention, "objectives", j),
                objective.get().code(),
                objective.get().area(),
                intervention.id(),
                intervention.area());
          }
        }
      }
    }
  }

  /** A LEPS id that the national reference does not know. */
  static final class UnknownLeps extends AbstractRule {
    UnknownLeps() {
      super("NAT-INT-006", Severity.WARNING, Acts.LEPS_DEFINITION, NationalRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
      List<String> known = context.national().leps().stream().map(LepsInfo::id).toList();
      List<Intervention> interventions = context.plan().interventions();
      for (int i = 0; i < interventions.size(); i++) {
        Intervention intervention = interventions.get(i);
        for (int j = 0; j < intervention.leps().size(); j++) {
          String id = intervention.leps().get(j);
          if (context.national().leps(id).isEmpty()) {
            context.report(
                Locations.intervention(i, intervention, "leps", j),
                id,
                intervention.id(),
                VocabularyRules.suggestion(id, known));
          }
        }
      }
    }
  }
}
