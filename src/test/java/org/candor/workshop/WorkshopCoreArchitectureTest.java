package org.candor.workshop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The workshop's own logic (codes, throttle, tallies, the room's majority, the order of pushes) is plain Java, like the engine. */
@AnalyzeClasses(packages = "org.candor.workshop", importOptions = ImportOption.DoNotIncludeTests.class)
class WorkshopCoreArchitectureTest {

  @ArchTest
  static final ArchRule coreUsesNoJakarta =
      noClasses()
          .that().haveSimpleName("JoinCodes").or().haveSimpleName("JoinThrottle").or().haveSimpleName("Tallies")
          .or().haveSimpleName("QuestionTally").or().haveSimpleName("RoomMajority").or().haveSimpleName("PushSchedule")
          .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax.ws..", "javax.persistence..", "javax.faces..")
          .because("the pure parts of workshops are unit-tested without a container");
}
