package it.pianozona.rules.lombardia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.framework.Area;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FrameworkRegistry;
import it.pianozona.tck.RegionArchitecture;
import java.util.List;
import org.junit.jupiter.api.Test;

class LombardiaFrameworksTest {

  static final FrameworkRegistry REGISTRY = FrameworkRegistry.discover();

  @Test
  void bothTrienniaAreDiscoveredEachWithItsOwnYears() {
    assertEquals(List.of(), REGISTRY.problems());
    Framework f2018 = REGISTRY.byId(LombardiaFrameworks.Y2018_2020).orElseThrow();
    Framework f2021 = REGISTRY.byId(LombardiaFrameworks.Y2021_2023).orElseThrow();
    assertEquals("2018-2020", f2018.validity().toString());
    assertEquals("2021-2023", f2021.validity().toString());
  }

  @Test
  void the2018CatalogueHasTheSixMacroAreasOfTheLeccoCommonArea() {
    List<Area> areas = REGISTRY.byId(LombardiaFrameworks.Y2018_2020).orElseThrow()
        .catalogue().areas();
    assertEquals(6, areas.size());
    assertEquals("Azioni di sistema per contrastare le povertà", areas.get(0).title());
    assertEquals("Progettare comunità di relazioni", areas.get(5).title());
  }

  @Test
  void the2021PolicyAreasAreFlaggedAsToBeVerified() {
    Framework f = REGISTRY.byId(LombardiaFrameworks.Y2021_2023).orElseThrow();
    assertTrue(f.catalogue().areas().stream().allMatch(a -> a.source().caveat().orElse("")
        .startsWith("To be verified against the act")));
    assertTrue(f.adoptedBy().caveat().isPresent(), "the DGR number was not seen");
  }

  @Test
  void theModuleUsesOnlyCorePublicApi() {
    RegionArchitecture.check("it.pianozona.rules.lombardia");
  }
}
