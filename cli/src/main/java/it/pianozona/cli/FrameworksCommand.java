package it.pianozona.cli;

import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.model.Region;
import it.pianozona.core.text.Language;
import it.pianozona.report.FrameworksReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pianozona frameworks}: every framework found, with its validity and catalogue. */
@Command(
    name = "frameworks",
    mixinStandardHelpOptions = true,
    description =
        "Lists every regional framework found, with its validity, areas and" + " objectives.",
    footer = {
      "",
      "Exit codes: 0 listed, 2 unknown region, unreadable catalogue or wrong" + " arguments.",
      "",
      "Examples:",
      "  pianozona frameworks --region puglia",
      "  pianozona frameworks --format json"
    })
final class FrameworksCommand implements Callable<Integer> {

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Options.Format format;

  @Option(
      names = "--lang",
      defaultValue = "it",
      paramLabel = "LANG",
      converter = Options.LanguageConverter.class,
      description = "Language of rule titles: it or en (default: ${DEFAULT-VALUE}).")
  Language language;

  @Option(
      names = "--region",
      paramLabel = "REGION",
      converter = Options.RegionConverter.class,
      description = "Only the frameworks of this region, by the id plans use (such as puglia).")
  Optional<Region> region;

  @CommandLine.Mixin LibraryOptions library;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<PianoZona> created = library.create(err, language);
    if (created.isEmpty()) {
      return PianoZonaCli.UNUSABLE;
    }
    PianoZona pianoZona = created.get();
    List<Framework> frameworks =
        region
            .map(r -> pianoZona.frameworks().frameworks(r))
            .orElse(pianoZona.frameworks().frameworks());
    if (format == Options.Format.json) {
      out.println(FrameworksReport.json(frameworks, language));
      return PianoZonaCli.OK;
    }
    if (frameworks.isEmpty()) {
      out.println(
          region
              .map(r -> "no framework is installed for region " + r.id())
              .orElse("no framework is installed"));
    }
    out.print(FrameworksReport.text(frameworks, language));
    out.flush();
    return PianoZonaCli.OK;
  }
}
