package it.pianozona.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("it.pianozona.core");

  @Test
  void coreDependsOnNoRegion() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("it.pianozona.rules..")
        .because("regions plug into core through the framework SPI; core knows none of them")
        .check(CORE);
  }

  @Test
  void theModelImportsOnlyTheJdkAndGuava() {
    classes()
        .that()
        .resideInAPackage("it.pianozona.core.model..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "com.google.common..", "it.pianozona.core.model..")
        .because("the model is plain values that any program can hold, without Jackson")
        .check(CORE);
  }

  @Test
  void onlyTheIoPackageKnowsJackson() {
    noClasses()
        .that()
        .resideOutsideOfPackage("it.pianozona.core.io..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml..", "org.yaml..")
        .because(
            "documents are the io package's business; the rest of the API stays free of"
                + " Jackson types")
        .check(CORE);
  }

  @Test
  void libraryCodeNeverPrintsToTheConsole() {
    noClasses()
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .because(
            "a library logs through SLF4J and returns results; the caller decides what"
                + " to print")
        .check(CORE);
  }

  @Test
  void noPublicSignatureExposesTheInternalPackage() {
    classes()
        .that()
        .resideOutsideOfPackage("it.pianozona.core.internal..")
        .should(notExposeInternalTypes())
        .because("internal may change in any release, so no public API may mention it")
        .check(CORE);
  }

  @Test
  void packagesHaveNoCycles() {
    slices()
        .matching("it.pianozona.core.(*)..")
        .should()
        .beFreeOfCycles()
        .because("each package builds on the ones below it")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(
                    "it.pianozona.core.model",
                    "it.pianozona.core.text",
                    "it.pianozona.core.validation",
                    "it.pianozona.core.scoring",
                    "it.pianozona.core.reference"));
  }

  private static ArchCondition<JavaClass> notExposeInternalTypes() {
    return new ArchCondition<>("not expose internal types in public signatures") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        if (!item.getModifiers().contains(JavaModifier.PUBLIC)) {
          return;
        }
        for (JavaMember member : item.getMembers()) {
          if (!member.getModifiers().contains(JavaModifier.PUBLIC)) {
            continue;
          }
          boolean exposes =
              member instanceof JavaMethod m
                  && (isInternal(m.getRawReturnType())
                      || m.getRawParameterTypes().stream().anyMatch(ArchitectureTest::isInternal));
          if (exposes) {
            events.add(
                SimpleConditionEvent.violated(
                    member, member.getFullName() + " exposes an internal type"));
          }
        }
      }
    };
  }

  private static boolean isInternal(JavaClass type) {
    return type.getPackageName().startsWith("it.pianozona.core.internal");
  }
}
