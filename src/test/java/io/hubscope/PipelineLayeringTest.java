package io.hubscope;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The pipeline runs one way: each stage may use the stages before it, never the ones after it, and nothing but
 * the command line uses {@code cli}.
 */
class PipelineLayeringTest {

  /** Stages in pipeline order; a stage may import only stages to its left. */
  static final List<String> STAGES = List.of(
      "util", "scenario", "world", "network", "simulation", "disclosure", "metrics", "results", "engine",
      "compare", "report", "cli");

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.hubscope");
  }

  @TestFactory
  List<DynamicTest> noStageImportsALaterStage() {
    List<DynamicTest> tests = new java.util.ArrayList<>();
    for (int i = 0; i < STAGES.size(); i++) {
      for (int j = i + 1; j < STAGES.size(); j++) {
        String lower = "io.hubscope." + STAGES.get(i) + "..";
        String higher = "io.hubscope." + STAGES.get(j) + "..";
        tests.add(DynamicTest.dynamicTest(STAGES.get(i) + " does not import " + STAGES.get(j), () ->
            noClasses().that().resideInAPackage(lower)
                .should().dependOnClassesThat().resideInAPackage(higher)
                .allowEmptyShould(true)
                .check(classes)));
      }
    }
    return tests;
  }
}
