package it.pianozona.core.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.pianozona.core.model.Period;
import it.pianozona.core.model.Region;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyFrameworksTest {

  private static final FrameworkDescriptor EARLY =
      FrameworkDescriptor.of("molise-2019-2021", Region.MOLISE, Period.of(2019, 2021));
  private static final FrameworkDescriptor LATE =
      FrameworkDescriptor.of("molise-2022-2024", Region.MOLISE, Period.of(2022, 2024));

  @Test
  void eachFrameworkIsBuiltOnceWhenFirstAskedForAndTheDescriptorsBuildNone() {
    AtomicInteger built = new AtomicInteger();
    LazyFrameworks cycles =
        LazyFrameworks.builder("molise")
            .add(
                EARLY,
                () -> {
                  built.incrementAndGet();
                  return FrameworkRegistryTest.molise(EARLY.id(), 2019, 2021);
                })
            .add(
                LATE,
                () -> {
                  built.incrementAndGet();
                  return FrameworkRegistryTest.molise(LATE.id(), 2022, 2024);
                })
            .build();
    assertEquals(List.of(EARLY, LATE), cycles.descriptors());
    assertEquals(0, built.get());
    Framework late = cycles.framework(LATE.id());
    assertSame(late, cycles.framework(LATE.id()));
    assertEquals(1, built.get());
    assertEquals(
        List.of(EARLY.id(), LATE.id()), cycles.frameworks().stream().map(Framework::id).toList());
    assertEquals(2, built.get());
  }

  @Test
  void anUnknownIdOrOneDeclaredTwiceIsRefusedByTheProvidersName() {
    LazyFrameworks.Builder builder =
        LazyFrameworks.builder("molise")
            .add(EARLY, () -> FrameworkRegistryTest.molise(EARLY.id(), 2019, 2021));
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> builder.build().framework("nope"));
    assertEquals("molise has no framework nope", unknown.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> builder.add(EARLY, () -> FrameworkRegistryTest.molise(EARLY.id(), 2019, 2021)));
  }

  @Test
  void aBuildThatFailsFailsAgainWithItsOwnReasonOnTheNextCall() {
    LazyFrameworks cycles =
        LazyFrameworks.builder("molise")
            .add(
                EARLY,
                () -> {
                  throw new IllegalStateException("bundled resource missing");
                })
            .build();
    for (int attempt = 0; attempt < 2; attempt++) {
      assertEquals(
          "bundled resource missing",
          assertThrows(IllegalStateException.class, () -> cycles.framework(EARLY.id()))
              .getMessage());
    }
  }
}
