package it.pianozona.tck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The module boundaries every region module keeps, checked with ArchUnit. */
public final class RegionArchitecture {

  private RegionArchitecture() {}

  /**
   * Checks that the region's classes use only core's public API (no internal package), the JDK,
   * Guava and SLF4J, never another region, and never print to the console.
   *
   * @param regionPackage such as {@code it.pianozona.rules.puglia}
   */
  public static void check(String regionPackage) {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(regionPackage);
    if (classes.isEmpty()) {
      throw new AssertionError("no classes found in " + regionPackage);
    }
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "com.google.common..",
            "org.slf4j..",
            regionPackage + "..",
            "it.pianozona.core",
            "it.pianozona.core.model..",
            "it.pianozona.core.framework..",
            "it.pianozona.core.validation..",
            "it.pianozona.core.scoring..",
            "it.pianozona.core.criteria..",
            "it.pianozona.core.national..",
            "it.pianozona.core.reference..",
            "it.pianozona.core.text..",
            "it.pianozona.core.io..")
        .because(
            "a region knows only core's public API: the internal package may change in any"
                + " release, and regions never depend on each other")
        .check(classes);
    noClasses()
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .because("library code logs through SLF4J")
        .check(classes);
  }
}
