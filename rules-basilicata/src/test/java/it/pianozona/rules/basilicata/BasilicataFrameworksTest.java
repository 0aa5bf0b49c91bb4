package it.pianozona.rules.basilicata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FrameworkRegistry;
import it.pianozona.tck.RegionArchitecture;
import java.util.List;
import org.junit.jupiter.api.Test;

class BasilicataFrameworksTest {

  @Test
  void theIntercommunalPlanFrameworkHasTheNineAreasOfTheBradanicaPlan() {
    FrameworkRegistry registry = FrameworkRegistry.discover();
    assertEquals(List.of(), registry.problems());
    Framework f = registry.byId(BasilicataFrameworks.PLANS_2016).orElseThrow();
    assertEquals(9, f.catalogue().areas().size());
    assertEquals("Accoglienza/integrazione di migranti e senza fissa dimora",
        f.catalogue().areas().get(8).title());
  }

  @Test
  void theModuleUsesOnlyCorePublicApi() {
    RegionArchitecture.check("it.pianozona.rules.basilicata");
  }
}
