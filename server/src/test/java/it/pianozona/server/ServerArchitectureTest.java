package it.pianozona.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ServerArchitectureTest {

  static final JavaClasses SERVER =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("it.pianozona.server");

  @Test
  void theServiceHasNoRuleLogicOfItsOwn() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "it.pianozona.rules..",
            "it.pianozona.cli..",
            "it.pianozona.examples..",
            "it.pianozona.core.internal..",
            "it.pianozona.core.national..")
        .because(
            "the service is a door to the core and report libraries: rules come from the"
                + " frameworks it finds, and the command line and the examples are not libraries")
        .check(SERVER);
  }

  @Test
  void thePublicApiDoesNotExposeTheEmbeddedServer() {
    methods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage("it.pianozona.server")
        .should()
        .notHaveRawReturnType(io.javalin.Javalin.class)
        .because("Javalin and Jetty can change under the service without changing its API")
        .check(SERVER);
  }

  @Test
  void theServiceNeverPrintsToTheConsole() {
    noClasses()
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .because("a library logs through SLF4J; the command line decides what to print")
        .check(SERVER);
  }
}
