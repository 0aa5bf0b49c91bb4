package it.pianozona.cli;

import it.pianozona.core.PianoZona;
import it.pianozona.core.framework.Framework;
import it.pianozona.core.io.WorkbookWriter;
import it.pianozona.core.model.Comune;
import it.pianozona.core.model.IstatCode;
import it.pianozona.core.reference.ComuniRegistry;
import it.pianozona.core.reference.IstatComune;
import it.pianozona.core.reference.KnownAmbito;
import it.pianozona.core.text.Language;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pianozona template --framework ID --ambito ISTAT|--comuni LIST --output piano.xlsx}: a
 * workbook for an officer to fill, pre-filled with the ambito's comuni, the period and the
 * framework, with drop-down lists from the framework's catalogue.
 */
@Command(name = "template", mixinStandardHelpOptions = true)
final class TemplateCommand implements Callable<Integer> {

  @Option(
      names = "--framework",
      required = true,
      paramLabel = "${bundle:label.id}",
      descriptionKey = "framework")
  String framework;

  @Option(names = "--ambito", paramLabel = "ISTAT", descriptionKey = "ambito")
  Optional<String> ambito;

  @Option(names = "--comuni", paramLabel = "ISTAT,...", split = ",", descriptionKey = "comuni")
  List<String> comuni = new ArrayList<>();

  @Option(
      names = "--output",
      required = true,
      paramLabel = "${bundle:label.file}",
      descriptionKey = "output")
  Path output;

  @CommandLine.Mixin LanguageOption lang;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Language language = lang.language();
    PianoZona pianoZona = PianoZona.builder().build();
    Optional<Framework> chosen = pianoZona.frameworks().byId(framework);
    if (chosen.isEmpty()) {
      return fail(
          err,
          "--framework: "
              + Texts.get(
                  language,
                  "framework.unknown",
                  framework,
                  pianoZona.frameworks().frameworks().stream()
                      .map(Framework::id)
                      .collect(Collectors.joining(", "))));
    }
    Framework f = chosen.get();
    if (ambito.isPresent() == !comuni.isEmpty()) {
      return fail(err, Texts.get(language, "template.ambitoOrComuni"));
    }
    List<String> codes = new ArrayList<>();
    Optional<KnownAmbito> known = Optional.empty();
    if (ambito.isPresent()) {
      Optional<IstatCode> member = code(ambito.get(), err, language);
      if (member.isEmpty()) {
        return PianoZonaCli.UNUSABLE;
      }
      known = KnownAmbito.ofMember(member.get());
      if (known.isEmpty()) {
        return fail(err, Texts.get(language, "template.noAmbito", ambito.get()));
      }
      codes.add(known.get().lead().value());
      known.get().members().stream()
          .map(IstatCode::value)
          .filter(c -> !codes.contains(c))
          .forEach(codes::add);
    } else {
      codes.addAll(comuni.stream().map(String::strip).toList());
    }
    ComuniRegistry registry = ComuniRegistry.bundled();
    List<Comune> members = new ArrayList<>();
    for (String c : codes) {
      Optional<IstatCode> istat = code(c, err, language);
      if (istat.isEmpty()) {
        return PianoZonaCli.UNUSABLE;
      }
      Optional<IstatComune> found = registry.find(istat.get());
      if (found.isEmpty()) {
        return fail(err, Texts.get(language, "template.unknownComune", c, ComuniRegistry.AS_OF));
      }
      IstatComune comune = found.get();
      if (comune.region() != f.region()) {
        return fail(
            err,
            Texts.get(
                language,
                "template.otherRegion",
                c,
                comune.name(),
                comune.region().id(),
                f.region().id(),
                f.id()));
      }
      members.add(Comune.of(c, comune.name(), comune.population2011()));
    }
    WorkbookWriter.Template template =
        new WorkbookWriter.Template(
            f.region().id(),
            f.validity().from(),
            f.validity().to(),
            f.id(),
            known.map(KnownAmbito::name),
            known.flatMap(KnownAmbito::id),
            codes.get(0),
            members);
    try {
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      WorkbookWriter.template(template, WorkbookLists.of(f), output);
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      return fail(
          err, Texts.get(language, "output.cannotWrite", output, Output.reason(e, language)));
    }
    out.println(Texts.get(language, "template.written", output, members.size(), f.id()));
    out.flush();
    return PianoZonaCli.OK;
  }

  private static Optional<IstatCode> code(String text, PrintWriter err, Language language) {
    try {
      return Optional.of(IstatCode.of(text.strip()));
    } catch (IllegalArgumentException e) {
      fail(err, Texts.get(language, "template.badIstat", text));
      return Optional.empty();
    }
  }

  private static int fail(PrintWriter err, String message) {
    err.println("pianozona: " + message);
    err.flush();
    return PianoZonaCli.UNUSABLE;
  }
}
