package it.pianozona.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.Rule;
import it.pianozona.core.framework.WeightedCriterion;
import it.pianozona.core.text.MessageBundle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The contract for the rules and criteria an application adds to an installed framework ({@code
 * PianoZona.Builder.rule}, {@code criterion}): they are checked like a region's, with the same
 * assertions as {@link RegionContract}, from one call in the application's own test.
 *
 * <pre>{@code
 * @Test
 * void ourLocalRulesKeepTheContract() {
 *   LocalRules.check(pianoZona, "puglia-v-2022-2024");
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class LocalRules {

  /**
   * The first segments of codes the library and its regions use: a local rule with one of them
   * could clash with a rule of a later release.
   */
  public static final Set<String> RESERVED_PREFIXES = Set.of("NAT", "CORE", "PUG", "LOM", "BAS");

  private LocalRules() {}

  /**
   * Asserts that the framework's local rules and criteria keep the contract: at least one is there;
   * each rule's code is its own (not of a national, engine or regional rule, and not in a family
   * the library reserves), with a severity, a legal basis citing an act, a title, message and fix
   * in Italian and English, and a message that renders with its slots named; each local weight says
   * why and who set it.
   *
   * @throws org.opentest4j.AssertionFailedError for the first broken promise
   */
  public static void check(PianoZona pianoZona, String frameworkId) {
    Framework f =
        pianoZona
            .frameworks()
            .byId(frameworkId)
            .orElseThrow(() -> new AssertionError("no framework " + frameworkId + " installed"));
    List<Rule> rules = f.localRules();
    List<WeightedCriterion> criteria = f.localCriteria();
    assertFalse(
        rules.isEmpty() && criteria.isEmpty(), frameworkId + " has no local rule or criterion");
    List<String> codes = new ArrayList<>();
    PianoZona.rulesOf(f).forEach(r -> codes.add(r.descriptor().code()));
    for (Rule r : rules) {
      String code = r.descriptor().code();
      assertEquals(1, codes.stream().filter(code::equals).count(), code + " is not unique");
      String prefix = code.substring(0, code.indexOf('-'));
      assertFalse(
          RESERVED_PREFIXES.contains(prefix),
          code + " uses the family " + prefix + " that pianozona reserves; use LOC-...");
    }
    RegionContract.checkRules(rules);
    List<MessageBundle> bundles = new ArrayList<>();
    rules.forEach(r -> bundles.add(r.descriptor().bundle()));
    criteria.forEach(c -> bundles.add(c.criterion().name().bundle()));
    RegionContract.checkSlots(bundles);
    RegionContract.checkWeights(frameworkId, criteria);
    for (WeightedCriterion c : criteria) {
      assertTrue(
          !c.criterion().basis().act().isBlank(), c.criterion().id() + " cites no act or decision");
    }
  }
}
