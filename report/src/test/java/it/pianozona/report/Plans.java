package it.pianozona.report;

import it.pianozona.core.CheckedPlan;
import it.pianozona.core.PianoZona;
import it.pianozona.core.io.DocumentFormat;
import it.pianozona.core.io.PlanDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** Bundled plans, read and checked, for report tests. */
final class Plans {

  static final PianoZona PZ = PianoZona.create();
  static final String CASARANO = "../examples/plans/puglia-casarano-2022-2024.yaml";
  static final String PUTIGNANO = "../examples/plans/puglia-putignano-iv.yaml";

  private Plans() {}

  static CheckedPlan checked(String file) {
    PlanDocument document = PZ.read(Path.of(file));
    return new CheckedPlan(document, PZ.evaluate(document.plan()));
  }

  /** A bundled plan with its text changed, read from memory under the given name. */
  static CheckedPlan edited(String file, String name, UnaryOperator<String> edit) {
    try {
      String yaml = edit.apply(Files.readString(Path.of(file)));
      PlanDocument document =
          PZ.reader().read(name, yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
      return new CheckedPlan(document, PZ.evaluate(document.plan()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
