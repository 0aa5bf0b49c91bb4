package it.pianozona.examples;

import static it.pianozona.examples.ExampleProgramsTest.CASARANO;
import static it.pianozona.examples.ExampleProgramsTest.output;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.Evaluation;
import it.pianozona.core.PianoZona;
import it.pianozona.core.text.Language;
import it.pianozona.core.validation.Finding;
import it.pianozona.tck.LocalRules;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The LocalRule example: an office's own rule and a replaced parameter on the Casarano plan. */
class LocalRuleTest {

  @Test
  void theLocalRuleFindsEveryPnrrInterventionWithoutItsTag() throws Exception {
    PianoZona pz = LocalRule.pianoZona();
    Evaluation e = pz.check(Path.of(CASARANO)).checked().orElseThrow().evaluation();
    List<Finding> local = e.report().withCode("LOC-UDP-INT-001");
    assertEquals(5, local.size(), local.toString());
    assertEquals("/interventions/1/tags", local.get(0).pointer().toString());
    assertEquals(
        "L'intervento A1-02 è finanziato con il PNRR ma non porta l'etichetta pnrr",
        local.get(0).message(Language.IT));
    assertTrue(e.framework().isLocal("LOC-UDP-INT-001"));
    assertEquals("municipal-cofinancing-min-share", e.tuning().parameters().get(0).id());
    // The region's own findings are still there.
    assertFalse(e.report().withCode("PUG-V-CNT-002").isEmpty());
  }

  @Test
  void theProgramPrintsTheLocalFindingsAndTheReplacedParameter() throws Exception {
    String out = output(LocalRule::main, CASARANO);
    assertTrue(
        out.contains(
            "WARNING LOC-UDP-INT-001 [local rule] /interventions/1/tags: Intervention A1-02 is"
                + " funded by the PNRR but does not carry the tag pnrr"),
        out);
    assertTrue(out.contains("Parameter replaced: municipal-cofinancing-min-share ("), out);
    assertTrue(out.contains("Score: "), out);
  }

  @Test
  void theLocalRuleKeepsTheContractOfRegionalRules() {
    LocalRules.check(LocalRule.pianoZona(), LocalRule.FRAMEWORK);
  }
}
