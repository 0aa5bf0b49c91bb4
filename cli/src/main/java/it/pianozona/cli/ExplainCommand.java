package it.pianozona.cli;

import it.pianozona.core.PianoZona;
import it.pianozona.core.io.PlanDocument;
import it.pianozona.core.text.Language;
import it.pianozona.report.RuleReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pianozona explain CODE}: what a rule checks, its severity, its act and the fix, and its
 * finding on the first example plan it fires on (checked on the spot, see {@link ExamplePlans}).
 */
@Command(name = "explain", mixinStandardHelpOptions = true)
final class ExplainCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "${bundle:label.code}", descriptionKey = "code")
  String code;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "${bundle:label.format}",
      descriptionKey = "format")
  Options.Format format;

  @CommandLine.Mixin LanguageOption lang;

  @CommandLine.Mixin LibraryOptions library;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Language language = lang.language();
    Optional<PianoZona> created = library.create(err, language);
    if (created.isEmpty()) {
      return PianoZonaCli.UNUSABLE;
    }
    Optional<RuleReport.RuleExplanation> rule = RuleReport.find(created.get(), code);
    if (rule.isEmpty()) {
      err.println(
          "pianozona: "
              + RuleReport.closest(created.get(), code)
                  .map(c -> Texts.get(language, "explain.unknownNear", code, c))
                  .orElseGet(() -> Texts.get(language, "explain.unknown", code)));
      err.flush();
      return PianoZonaCli.UNUSABLE;
    }
    List<PlanDocument> plans = ExamplePlans.read(created.get().reader());
    out.print(
        plans.isEmpty()
            ? RuleReport.render(rule.get(), Options.of(format), language)
            : RuleReport.render(
                rule.get(),
                RuleReport.example(created.get(), rule.get(), plans),
                Options.of(format),
                language));
    out.flush();
    return PianoZonaCli.OK;
  }
}
