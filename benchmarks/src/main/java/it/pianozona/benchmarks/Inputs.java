package it.pianozona.benchmarks;

import it.pianozona.core.io.DocumentFormat;
import it.pianozona.core.io.PlanReader;
import it.pianozona.core.io.PlanWriter;
import it.pianozona.core.model.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The documents the benchmarks read: a generated plan named by its number of interventions ({@code
 * 1000}), or a real plan named by its path ({@code examples/plans/x.yaml}), in either format. A
 * real plan asked for in the other format is read and written again by the library, which keeps
 * every value.
 */
public final class Inputs {

  private Inputs() {}

  /** Whether the input names a generated plan. */
  public static boolean isGenerated(String input) {
    return input.chars().allMatch(Character::isDigit);
  }

  /** Where {@link GenerateInputs} writes the sized plans, relative to the repository root. */
  static final Path SIZED = Path.of("benchmarks", "target", "inputs", "sized");

  /**
   * The input's document bytes in the format. A generated plan is read from the file {@link
   * GenerateInputs} wrote, when there is one (same seed, same bytes), so that each JMH fork does
   * not write a 10,000-intervention document again; otherwise it is generated.
   */
  public static byte[] bytes(String input, DocumentFormat format) {
    if (format == DocumentFormat.XLSX && !isGenerated(input)) {
      // The same plan as a workbook, written by the library's own writer.
      return SyntheticPlans.document(PlanReader.create().read(Path.of(input)).plan(), format);
    }
    if (isGenerated(input)) {
      Path file = SIZED.resolve("plan-" + input + "." + format.name().toLowerCase(Locale.ROOT));
      if (Files.isRegularFile(file)) {
        return read(file);
      }
      return SyntheticPlans.document(SyntheticPlans.plan(Integer.parseInt(input)), format);
    }
    Path file = Path.of(input);
    DocumentFormat own =
        DocumentFormat.of(file)
            .orElseThrow(() -> new IllegalArgumentException("not a plan document: " + input));
    byte[] content = read(file);
    if (own == format) {
      return content;
    }
    Plan plan = PlanReader.create().read(input, content, own).plan();
    return PlanWriter.write(plan, format).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read benchmark input " + file, e);
    }
  }

  /** The number of interventions of the input's plan. */
  public static int interventions(String input) {
    if (isGenerated(input)) {
      return Integer.parseInt(input);
    }
    return PlanReader.create().read(Path.of(input)).plan().interventions().size();
  }

  /** {@code json}, {@code yaml} or {@code xlsx} as a format. */
  public static DocumentFormat format(String name) {
    return DocumentFormat.valueOf(name.toUpperCase(Locale.ROOT));
  }
}
