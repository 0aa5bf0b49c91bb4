package it.pianozona.rules.lombardia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.model.Intervention;
import it.pianozona.core.model.Plan;
import it.pianozona.core.model.Region;
import it.pianozona.tck.PlanGenerators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LombardiaProperties {

  static final PianoZona PZ = PianoZona.create();
  static final List<String> TAGS =
      List.of(
          "sovrazonale",
          "integrazione-sociosanitaria",
          "criteri-accesso-uniformi",
          "prevenzione",
          "casa",
          "lavoro",
          "istruzione",
          "formazione",
          "segretariato-sociale");

  static Framework framework(String id) {
    return PZ.frameworks().byId(id).orElseThrow();
  }

  /** Generated plans whose interventions also carry tags of the Lombard vocabulary. */
  static Arbitrary<Plan> plans(Framework f) {
    Arbitrary<Set<String>> tags = Arbitraries.subsetOf(TAGS);
    return PlanGenerators.of(Region.LOMBARDIA, f.validity(), f.catalogue())
        .plans()
        .flatMap(
            plan ->
                tags.list()
                    .ofSize(plan.interventions().size())
                    .map(
                        sets -> {
                          List<Intervention> tagged = new ArrayList<>();
                          for (int i = 0; i < sets.size(); i++) {
                            Intervention in = plan.interventions().get(i);
                            List<String> all = new ArrayList<>(in.tags());
                            all.addAll(sets.get(i));
                            tagged.add(in.toBuilder().withTags(all).build());
                          }
                          return plan.toBuilder().withInterventions(tagged).build();
                        }));
  }

  @Provide
  Arbitrary<Plan> plans2018() {
    return plans(framework(LombardiaFrameworks.Y2018_2020));
  }

  @Provide
  Arbitrary<Plan> plans2021() {
    return plans(framework(LombardiaFrameworks.Y2021_2023));
  }

  static void check(Plan plan, Framework f) {
    Evaluation e = PZ.evaluate(plan, f);
    assertTrue(e.report().withCode("CORE-ENG-001").isEmpty(), e.report()::toString);
    assertTrue(
        e.score().total().compareTo(BigDecimal.ZERO) >= 0
            && e.score().total().compareTo(BigDecimal.valueOf(100)) <= 0);
    assertEquals(e.report(), PZ.evaluate(plan, f).report());
    assertEquals(e.score(), PZ.evaluate(plan, f).score());
  }

  @Property(tries = 150)
  void the2018RulesAndCriteriaNeverThrowAndAlwaysGiveTheSameResult(@ForAll("plans2018") Plan plan) {
    check(plan, framework(LombardiaFrameworks.Y2018_2020));
  }

  @Property(tries = 150)
  void the2021RulesAndCriteriaNeverThrowAndAlwaysGiveTheSameResult(@ForAll("plans2021") Plan plan) {
    check(plan, framework(LombardiaFrameworks.Y2021_2023));
  }
}
