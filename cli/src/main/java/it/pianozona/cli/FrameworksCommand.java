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
@Command(name = "frameworks", mixinStandardHelpOptions = true)
final class FrameworksCommand implements Callable<Integer> {

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "${bundle:label.format}",
      descriptionKey = "format")
  Options.Format format;

  @CommandLine.Mixin LanguageOption lang;

  @Option(
      names = "--region",
      paramLabel = "${bundle:label.region}",
      converter = Options.RegionConverter.class,
      descriptionKey = "region")
  Optional<Region> region;

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
              .map(r -> Texts.get(language, "frameworks.noneForRegion", r.id()))
              .orElseGet(() -> Texts.get(language, "frameworks.none")));
    }
    out.print(FrameworksReport.text(frameworks, language));
    out.flush();
    return PianoZonaCli.OK;
  }
}
