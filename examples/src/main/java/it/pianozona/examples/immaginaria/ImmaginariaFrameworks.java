package it.pianozona.examples.immaginaria;

import it.pianozona.core.criteria.BuiltInCriteria;
import it.pianozona.core.framework.AbstractRule;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.framework.FrameworkProvider;
import it.pianozona.core.framework.Locations;
import it.pianozona.core.framework.RuleContext;
import it.pianozona.core.io.DataReader;
import it.pianozona.core.io.FrameworkData;
import it.pianozona.core.text.MessageBundle;
import it.pianozona.core.validation.Severity;
import java.util.List;

/** The FICTIONAL "Regione Immaginaria" (in Molise's place): a whole region in under 50 lines. */
public final class ImmaginariaFrameworks implements FrameworkProvider {
  static final MessageBundle MESSAGES =
      MessageBundle.load("messages", ImmaginariaFrameworks.class::getResourceAsStream);
  static final FrameworkData DATA =
      DataReader.readBundledFramework( // catalogue and weights
          "immaginaria-2025-2027.yaml", ImmaginariaFrameworks.class::getResourceAsStream);

  /** IMM-AREA-001: every area of the catalogue receives some money. */
  static final class EveryAreaFunded extends AbstractRule {
    EveryAreaFunded() {
      super("IMM-AREA-001", Severity.WARNING, DATA.adoptedBy(), MESSAGES);
    }

    @Override
    public void check(RuleContext c) {
      for (var a : c.catalogue().areas()) {
        if (c.plan().interventions().stream()
            .allMatch(i -> !i.area().equals(a.code()) || i.total().isZero())) {
          c.report(Locations.planKey(c.plan(), "interventions"), a.code());
        }
      }
    }
  }

  @Override
  public String name() {
    return "pianozona-examples: Regione Immaginaria (fictional)";
  }

  @Override
  public List<Framework> frameworks() {
    return List.of(DATA.toFramework(List.of(new EveryAreaFunded()), BuiltInCriteria.all()));
  }
}
