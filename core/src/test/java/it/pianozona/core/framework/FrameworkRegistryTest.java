package it.pianozona.core.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.io.ProblemCode;
import it.pianozona.core.model.Period;
import it.pianozona.core.model.Plan;
import it.pianozona.core.model.Region;
import it.pianozona.core.testing.Plans;
import it.pianozona.core.testing.TestFrameworks;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameworkRegistryTest {

  static Framework molise(String id, int from, int to) {
    return Framework.builder(id)
        .region(Region.MOLISE)
        .validity(Period.of(from, to))
        .title("Quadro " + id)
        .adoptedBy(TestFrameworks.TEST_ACT)
        .catalogue(TestFrameworks.catalogue())
        .build();
  }

  static final FrameworkRegistry TWO_CYCLES =
      FrameworkRegistry.of(
          List.of(molise("molise-2019-2021", 2019, 2021), molise("molise-2022-2024", 2022, 2024)));

  @Test
  void aPlanGetsTheFrameworkOfItsRegionWhoseYearsCoverItsPeriod() {
    assertEquals("molise-2022-2024", TWO_CYCLES.select(Plans.validPlan()).id());
    assertEquals(
        "molise-2019-2021", TWO_CYCLES.select(Plans.valid().period(2019, 2021).build()).id());
  }

  @Test
  void aFrameworkThePlanNamesWinsOverThePeriodAndAForcedOneWinsOverBoth() {
    Plan plan = Plans.valid().framework("molise-2019-2021").build();
    assertEquals("molise-2019-2021", TWO_CYCLES.select(plan).id());
    assertEquals("molise-2019-2021", TWO_CYCLES.select(plan, java.util.Optional.empty()).id());
    assertEquals(
        "molise-2022-2024",
        TWO_CYCLES.select(plan, java.util.Optional.of("molise-2022-2024")).id());
  }

  @Test
  void aPeriodNoFrameworkCoversIsAClearError() {
    FrameworkSelectionException e =
        assertThrows(
            FrameworkSelectionException.class,
            () -> TWO_CYCLES.select(Plans.valid().period(2020, 2022).build()));
    assertEquals(
        "no framework of region molise covers the period 2020-2022 (known:"
            + " molise-2019-2021 (2019-2021), molise-2022-2024 (2022-2024)); name one with"
            + " 'framework' in the plan",
        e.getMessage());
    assertEquals(ProblemCode.NO_FRAMEWORK_FOR_PERIOD.code(), e.code());
    assertEquals(
        List.of(
            "molise", "2020-2022", "molise-2019-2021 (2019-2021), molise-2022-2024 (2022-2024)"),
        e.arguments());
  }

  @Test
  void anUnknownOrForeignNamedFrameworkIsAClearError() {
    assertTrue(
        assertThrows(
                FrameworkSelectionException.class,
                () -> TWO_CYCLES.select(Plans.valid().framework("molise-1999").build()))
            .getMessage()
            .startsWith("no framework with id 'molise-1999'"));
    FrameworkRegistry withPuglia =
        FrameworkRegistry.of(
            List.of(
                Framework.builder("puglia-x")
                    .region(Region.PUGLIA)
                    .validity(Period.of(2022, 2024))
                    .title("x")
                    .adoptedBy(TestFrameworks.TEST_ACT)
                    .catalogue(TestFrameworks.catalogue())
                    .build()));
    assertEquals(
        "framework puglia-x is for puglia, but the plan is in molise",
        assertThrows(
                FrameworkSelectionException.class,
                () -> withPuglia.select(Plans.valid().framework("puglia-x").build()))
            .getMessage());
  }

  @Test
  void twoFrameworksClaimingTheSameRegionAndYearsAreRefused() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> FrameworkRegistry.of(List.of(molise("a", 2020, 2022), molise("b", 2022, 2024))));
    assertTrue(
        e.getMessage().contains("claim the same region for overlapping years"), e.getMessage());
    assertThrows(
        IllegalStateException.class,
        () -> FrameworkRegistry.of(List.of(molise("a", 2020, 2021), molise("a", 2022, 2024))));
  }

  /** A provider of the test framework, for discovery through a services file. */
  public static final class GoodProvider implements FrameworkProvider {
    @Override
    public String name() {
      return "good";
    }

    @Override
    public List<Framework> frameworks() {
      return List.of(TestFrameworks.molise());
    }
  }

  /** A provider whose frameworks cannot be built, as when a data file is broken. */
  public static final class BrokenProvider implements FrameworkProvider {
    @Override
    public String name() {
      return "broken";
    }

    @Override
    public List<Framework> frameworks() {
      throw new IllegalStateException("bundled resource missing: broken.yaml");
    }
  }

  /**
   * A provider that declares two cycles and counts what it builds; one of them is built with other
   * years than declared, as when a data file and its provider drift apart.
   */
  public static final class LazyProvider implements FrameworkProvider {
    static final java.util.concurrent.atomic.AtomicInteger BUILT =
        new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public String name() {
      return "lazy";
    }

    @Override
    public List<Framework> frameworks() {
      return descriptors().stream().map(d -> framework(d.id())).toList();
    }

    @Override
    public List<FrameworkDescriptor> descriptors() {
      return List.of(
          FrameworkDescriptor.of("molise-2019-2021", Region.MOLISE, Period.of(2019, 2021)),
          FrameworkDescriptor.of("molise-2022-2024", Region.MOLISE, Period.of(2022, 2024)),
          FrameworkDescriptor.of("molise-drifted", Region.MOLISE, Period.of(2025, 2027)),
          FrameworkDescriptor.of("molise-broken", Region.MOLISE, Period.of(2028, 2030)),
          FrameworkDescriptor.of("molise-holder", Region.MOLISE, Period.of(2031, 2033)));
    }

    /** Built in a static initialiser, as the region modules build theirs, from a broken file. */
    private static final class BrokenHolder {
      static final Framework FRAMEWORK = broken();

      private static Framework broken() {
        throw new IllegalStateException("bundled resource unreadable");
      }
    }

    @Override
    public Framework framework(String id) {
      BUILT.incrementAndGet();
      return switch (id) {
        case "molise-2019-2021" -> molise(id, 2019, 2021);
        case "molise-2022-2024" -> molise(id, 2022, 2024);
        case "molise-drifted" -> molise(id, 2025, 2026);
        case "molise-broken" -> throw new IllegalStateException("bundled resource missing");
        case "molise-holder" -> BrokenHolder.FRAMEWORK;
        default -> throw new IllegalArgumentException(id);
      };
    }
  }

  private static FrameworkRegistry discoverOnly(Path dir, Class<?> provider) throws Exception {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(
        services.resolve(FrameworkProvider.class.getName()), provider.getName() + "\n");
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {dir.toUri().toURL()}, FrameworkRegistryTest.class.getClassLoader())) {
      return FrameworkRegistry.discover(loader);
    }
  }

  @Test
  void choosingAPlansFrameworkBuildsThatOneOnlyAndOnlyOnce(@TempDir Path dir) throws Exception {
    LazyProvider.BUILT.set(0);
    FrameworkRegistry registry = discoverOnly(dir, LazyProvider.class);
    assertEquals(0, LazyProvider.BUILT.get(), "discovery built a framework");
    assertEquals(
        List.of(
            "molise-2019-2021",
            "molise-2022-2024",
            "molise-drifted",
            "molise-broken",
            "molise-holder"),
        registry.descriptors().stream().map(FrameworkDescriptor::id).toList());
    assertEquals("molise-2022-2024", registry.select(Plans.validPlan()).id());
    assertEquals("molise-2022-2024", registry.select(Plans.validPlan()).id());
    assertEquals("molise-2019-2021", registry.byId("molise-2019-2021").orElseThrow().id());
    assertEquals(2, LazyProvider.BUILT.get());
    assertEquals(List.of(), registry.problems());
  }

  @Test
  void aFrameworkBuiltOtherwiseThanDeclaredOrNotAtAllIsRefusedByName(@TempDir Path dir)
      throws Exception {
    FrameworkRegistry registry = discoverOnly(dir, LazyProvider.class);
    IllegalStateException drifted =
        assertThrows(IllegalStateException.class, () -> registry.byId("molise-drifted"));
    assertTrue(drifted.getMessage().contains("lazy"), drifted::getMessage);
    assertTrue(drifted.getMessage().contains("declared molise-drifted (molise, 2025-2027)"));
    IllegalStateException broken =
        assertThrows(IllegalStateException.class, () -> registry.byId("molise-broken"));
    assertTrue(broken.getMessage().contains("failed to build molise-broken"), broken::getMessage);
    assertTrue(broken.getMessage().contains("bundled resource missing"), broken::getMessage);
    // Chosen for a plan, it is the plan's problem, as select promises, not another exception.
    FrameworkSelectionException chosen =
        assertThrows(
            FrameworkSelectionException.class,
            () -> registry.select(Plans.validPlan(), java.util.Optional.of("molise-broken")));
    assertEquals("PZ-DOC-091", chosen.code());
    // A static initialiser fails once with an error, then with another on every later call.
    for (int attempt = 0; attempt < 2; attempt++) {
      IllegalStateException holder =
          assertThrows(IllegalStateException.class, () -> registry.byId("molise-holder"));
      assertTrue(holder.getMessage().contains("failed to build molise-holder"), holder::getMessage);
    }
    assertTrue(chosen.getMessage().contains("failed to build molise-broken"), chosen::getMessage);
  }

  @Test
  void theDefaultDescriptorsAreThoseOfTheBuiltFrameworks() {
    FrameworkProvider good = new GoodProvider();
    assertEquals(List.of(FrameworkDescriptor.of(TestFrameworks.molise())), good.descriptors());
    assertEquals(TestFrameworks.MOLISE_ID, good.framework(TestFrameworks.MOLISE_ID).id());
    assertThrows(IllegalArgumentException.class, () -> good.framework("nope"));
  }

  @Test
  void discoveryReportsABrokenProviderByNameAndKeepsTheOthers(@TempDir Path dir) throws Exception {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(
        services.resolve(FrameworkProvider.class.getName()),
        GoodProvider.class.getName()
            + "\n"
            + BrokenProvider.class.getName()
            + "\n"
            + "it.pianozona.NoSuchProvider\n");
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      FrameworkRegistry registry = FrameworkRegistry.discover(loader);
      assertEquals(
          List.of(TestFrameworks.MOLISE_ID),
          registry.frameworks().stream().map(Framework::id).toList());
      assertEquals(2, registry.problems().size(), registry.problems()::toString);
      assertTrue(registry.problems().get(0).contains("broken"), registry.problems()::toString);
      assertTrue(registry.problems().get(0).contains("bundled resource missing: broken.yaml"));
    }
  }
}
