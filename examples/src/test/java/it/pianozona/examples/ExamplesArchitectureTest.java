package it.pianozona.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ExamplesArchitectureTest {

  static final JavaClasses EXAMPLES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("it.pianozona.examples");

  @Test
  void noExampleWritesAReportFormatItself() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.fasterxml..",
            "com.github.mustachejava..",
            "it.pianozona.cli..",
            "it.pianozona.core.internal..")
        .because(
            "examples show how to use the libraries: every report format comes from"
                + " pianozona-report, never from JSON or templates written in an example")
        .check(EXAMPLES);
  }

  @Test
  void nothingDependsOnTheCommandLineOrTheExamples() throws Exception {
    List<Path> poms;
    try (Stream<Path> s = Files.list(Path.of(".."))) {
      poms = s.map(d -> d.resolve("pom.xml")).filter(Files::isRegularFile).toList();
    }
    for (Path pom : Stream.concat(poms.stream(), Stream.of(Path.of("consumer/pom.xml"))).toList()) {
      String text = Files.readString(pom);
      boolean isCli = text.contains("<artifactId>pianozona-cli</artifactId>\n  <name>");
      if (!isCli) {
        assertFalse(
            text.contains("<artifactId>pianozona-cli</artifactId>"),
            pom + " depends on the command line");
      }
      assertFalse(
          text.replace("<artifactId>pianozona-examples</artifactId>\n  <name>", "")
              .contains("<artifactId>pianozona-examples</artifactId>"),
          pom + " depends on examples");
    }
  }
}
