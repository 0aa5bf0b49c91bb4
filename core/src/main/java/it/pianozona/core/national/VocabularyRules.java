package it.pianozona.core.national;

import it.pianozona.core.framework.AbstractRule;
import it.pianozona.core.framework.Locations;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.model.Agreement;
import it.pianozona.core.model.ApprovalAct;
import it.pianozona.core.model.GovernanceBody;
import it.pianozona.core.model.ParticipationEvent;
import it.pianozona.core.model.Plan;
import it.pianozona.core.text.Message;
import it.pianozona.core.text.Suggestions;
import it.pianozona.core.validation.ElementRef.Kind;
import it.pianozona.core.validation.Location;
import it.pianozona.core.validation.Pointer;
import it.pianozona.core.validation.Severity;
import java.util.Collection;
import java.util.List;

/**
 * Codes of the closed lists ({@link Vocabulary}) that a plan writes by hand: a participation kind,
 * an approving body, a governance body, an agreement kind, a contents section. A mistyped code
 * ({@code public-notise}, {@code consiglio-comunal}) is invisible to every rule and criterion that
 * looks for the right one, so it is reported where it is, with the closest known code. A warning:
 * the plan may name a body or a kind the list lacks, and the list is then to be completed.
 */
final class VocabularyRules {

  private VocabularyRules() {}

  /** "; forse si intendeva «x»?" for the closest known code, or nothing. */
  static Message suggestion(String code, Collection<String> known) {
    return Suggestions.closest(code, known)
        .map(s -> Message.of(NationalRules.BUNDLE, "vocabulary.suggestion", s))
        .orElseGet(() -> Message.of(NationalRules.BUNDLE, "vocabulary.none"));
  }

  private abstract static class ClosedList extends AbstractRule {
    private final Vocabulary.Kind kind;

    ClosedList(String code, Vocabulary.Kind kind) {
      super(code, Severity.WARNING, Acts.FORMAT, NationalRules.BUNDLE);
      this.kind = kind;
    }

    @Override
    public final void check(RuleContext context) {
      List<String> known = Vocabulary.codes(kind, context.framework());
      List<String> used = used(context.plan());
      for (int i = 0; i < used.size(); i++) {
        String code = used.get(i);
        if (!known.contains(code)) {
          context.report(
              location(context.plan(), i, code),
              code,
              context.framework().id(),
              suggestion(code, known));
        }
      }
    }

    abstract List<String> used(Plan plan);

    abstract Location location(Plan plan, int index, String code);
  }

  /** A participation event of a kind the list lacks. */
  static final class ParticipationKind extends ClosedList {
    ParticipationKind() {
      super("NAT-VOC-001", Vocabulary.Kind.PARTICIPATION);
    }

    @Override
    List<String> used(Plan plan) {
      return plan.governance().participation().stream().map(ParticipationEvent::kind).toList();
    }

    @Override
    Location location(Plan plan, int index, String code) {
      return Locations.participation(index, code, "kind");
    }
  }

  /**
   * An approval act by a body the list lacks: the rules that look for the approval cannot see it.
   */
  static final class ApprovalBody extends ClosedList {
    ApprovalBody() {
      super("NAT-VOC-002", Vocabulary.Kind.BODY);
    }

    @Override
    List<String> used(Plan plan) {
      return plan.governance().approvals().stream().map(ApprovalAct::body).toList();
    }

    @Override
    Location location(Plan plan, int index, String code) {
      return Locations.approval(index, code, "body");
    }
  }

  /** A governance body of a kind the list lacks. */
  static final class BodyKind extends ClosedList {
    BodyKind() {
      super("NAT-VOC-003", Vocabulary.Kind.BODY);
    }

    @Override
    List<String> used(Plan plan) {
      return plan.governance().bodies().stream().map(GovernanceBody::kind).toList();
    }

    @Override
    Location location(Plan plan, int index, String code) {
      return Location.of(Pointer.of("governance", "bodies", index, "kind"), Kind.GOVERNANCE, code);
    }
  }

  /** An agreement of a kind the list lacks. */
  static final class AgreementKind extends ClosedList {
    AgreementKind() {
      super("NAT-VOC-004", Vocabulary.Kind.AGREEMENT);
    }

    @Override
    List<String> used(Plan plan) {
      return plan.governance().agreements().stream().map(Agreement::kind).toList();
    }

    @Override
    Location location(Plan plan, int index, String code) {
      return Location.of(
          Pointer.of("governance", "agreements", index, "kind"), Kind.GOVERNANCE, code);
    }
  }

  /**
   * A contents section neither art. 19 nor the framework's rules ask for: most often a mistyped
   * key, whose section the rules then report missing.
   */
  static final class ContentsKey extends ClosedList {
    ContentsKey() {
      super("NAT-VOC-005", Vocabulary.Kind.CONTENTS);
    }

    @Override
    List<String> used(Plan plan) {
      return List.copyOf(plan.contents().keySet());
    }

    @Override
    Location location(Plan plan, int index, String code) {
      return Locations.contents(code);
    }
  }
}
