package org.candor.engine;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine is plain Java: the Jakarta shell depends on it, never the other way round. */
@AnalyzeClasses(packages = "org.candor.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule engineUsesNoJakarta =
      noClasses()
          .that().resideInAPackage("org.candor.engine..")
          .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.ws..", "javax.persistence..", "javax.faces..")
          .because("the engine is the pure core; Jakarta belongs to the shell");

  @ArchTest
  static final ArchRule engineDoesNotReachIntoTheShell =
      noClasses()
          .that().resideInAPackage("org.candor.engine..")
          .should().dependOnClassesThat(resideInAPackage("org.candor..").and(not(resideInAPackage("org.candor.engine.."))))
          .because("data flows one way: the shell calls the core");
}
