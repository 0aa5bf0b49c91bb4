package it.pianozona.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class CliArchitectureTest {

  static final JavaClasses CLI =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("it.pianozona.cli");

  @Test
  void commandsUseOnlyCoreAndReport() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "it.pianozona.cli..",
            "it.pianozona.report..",
            "it.pianozona.core",
            "it.pianozona.core.model..",
            "it.pianozona.core.framework..",
            "it.pianozona.core.validation..",
            "it.pianozona.core.scoring..",
            "it.pianozona.core.text..",
            "it.pianozona.core.io..",
            "it.pianozona.core.scenario..",
            "it.pianozona.core.config..",
            "it.pianozona.core.templates..",
            "it.pianozona.server",
            "picocli..")
        .because(
            "the command line is a thin layer: every product feature lives in core, report"
                + " or the server's public API, where an application can call it too; no JSON,"
                + " templates, HTTP or region here")
        .check(CLI);
  }
}
