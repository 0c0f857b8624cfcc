package io.hubscope.scenario;

import java.util.List;

/** Semantic checks that a schema cannot express. (Being written: see issue 2.) */
public final class ScenarioChecker {

  private ScenarioChecker() {}

  /**
   * Checks a bound scenario.
   *
   * @param file file name for messages
   * @param scenario bound scenario
   * @param sourceMap locations
   * @return errors and warnings
   */
  public static List<Diagnostic> check(String file, Scenario scenario, SourceMap sourceMap) {
    return List.of();
  }
}
