package it.pianozona.rules.puglia;

import it.pianozona.core.PianoZona;
import it.pianozona.core.testing.GoldenScenarios;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The golden scenarios in src/test/resources/scenarios, each a plan and its whole report. */
class PugliaScenariosTest {

  @TestFactory
  Stream<DynamicTest> everyScenarioGivesExactlyItsFindingsAndScore() {
    return GoldenScenarios.in(Path.of("src/test/resources/scenarios"), PianoZona.create());
  }
}
