package it.pianozona.rules.basilicata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.model.Ambito;
import it.pianozona.core.model.Plan;
import it.pianozona.core.model.Region;
import it.pianozona.tck.PlanGenerators;
import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BasilicataProperties {

  static final PianoZona PZ = PianoZona.create();
  static final Framework FRAMEWORK =
      PZ.frameworks().byId(BasilicataFrameworks.PLANS_2016).orElseThrow();

  /** Generated plans, named after one of the nine ambiti or after none. */
  @Provide
  Arbitrary<Plan> plans() {
    Arbitrary<String> names =
        Arbitraries.of(
            "Ambito n. 7 Bradanica Medio Basento",
            "Ambito Alto Basento",
            "Ambito di Matera",
            "Ambito Val d'Agri",
            "Ambito generato");
    return PlanGenerators.of(Region.BASILICATA, FRAMEWORK.validity(), FRAMEWORK.catalogue())
        .plans()
        .flatMap(
            plan ->
                names.map(
                    name ->
                        plan.toBuilder()
                            .ambito(
                                new Ambito(
                                    Optional.empty(),
                                    name,
                                    plan.region(),
                                    plan.ambito().lead(),
                                    plan.ambito().comuni()))
                            .build()));
  }

  @Property(tries = 200)
  void theRulesNeverThrowAndAlwaysGiveTheSameResult(@ForAll("plans") Plan plan) {
    Evaluation e = PZ.evaluate(plan, FRAMEWORK);
    assertTrue(e.report().withCode("CORE-ENG-001").isEmpty(), e.report()::toString);
    assertTrue(
        e.score().total().compareTo(BigDecimal.ZERO) >= 0
            && e.score().total().compareTo(BigDecimal.valueOf(100)) <= 0);
    assertEquals(e.report(), PZ.evaluate(plan, FRAMEWORK).report());
  }
}
