package it.pianozona.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ReportArchitectureTest {

  static final JavaClasses REPORT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("it.pianozona.report");

  @Test
  void reportsUseOnlyCoresPublicApi() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "it.pianozona.report..",
            "it.pianozona.core",
            "it.pianozona.core.model..",
            "it.pianozona.core.framework..",
            "it.pianozona.core.validation..",
            "it.pianozona.core.scoring..",
            "it.pianozona.core.criteria..",
            "it.pianozona.core.national..",
            "it.pianozona.core.reference..",
            "it.pianozona.core.text..",
            "it.pianozona.core.io..",
            "it.pianozona.core.scenario..",
            "it.pianozona.core.config..",
            "com.fasterxml.jackson..",
            "com.github.mustachejava..",
            "com.google.common..")
        .because(
            "an application embeds reports next to core; they may rely only on what core"
                + " exports, never on core.internal, a region, the command line or the examples")
        .check(REPORT);
  }

  @Test
  void reportsKnowNoRegion() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("it.pianozona.rules..", "it.pianozona.cli..", "it.pianozona.examples..")
        .because(
            "regions plug in through the framework SPI, and nothing depends on the command"
                + " line or the examples")
        .check(REPORT);
  }

  @Test
  void reportsNeverPrintToTheConsole() {
    noClasses()
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .because(
            "a library returns or writes where it is told; the caller decides what to" + " print")
        .check(REPORT);
  }
}
