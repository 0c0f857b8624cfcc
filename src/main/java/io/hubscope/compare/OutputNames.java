package io.hubscope.compare;

import io.hubscope.results.RunFolder;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Default folder names of results: {@code <UTC yyyyMMdd-HHmmss>} for a run, {@code <kind>-<UTC yyyyMMdd-HHmmss>} for a
 * compare or sweep, with {@code -2}, {@code -3}, ... appended when the name is taken.
 */
public final class OutputNames {

  private OutputNames() {}

  /**
   * The default parent folder of a scenario's results, {@code results/<name>}. A name read from a run folder is
   * not checked by the scenario schema, so characters outside {@code [A-Za-z0-9._-]} become {@code _} and a
   * leading dot gets a {@code _} in front: a name such as {@code ../x} cannot leave {@code results/}.
   *
   * @param scenario scenario name
   * @return the folder
   */
  public static Path scenarioFolder(String scenario) {
    String safe = scenario == null || scenario.isEmpty() ? "_" : scenario.replaceAll("[^A-Za-z0-9._-]", "_");
    if (safe.startsWith(".")) {
      safe = "_" + safe;
    }
    return Path.of("results", safe);
  }

  /**
   * Where a run, compare or sweep writes: the folder the user gave, else a fresh one under the scenario's results
   * folder stamped with the current UTC time.
   *
   * @param given the {@code --out} folder, or null
   * @param scenario scenario name
   * @param kind {@code compare} or {@code sweep}, or null for a run (no prefix)
   * @return the folder to create
   */
  public static Path target(Path given, String scenario, String kind) {
    if (given != null) {
      return given;
    }
    String stamp = RunFolder.stamp(ZonedDateTime.now(ZoneOffset.UTC));
    return RunFolder.unused(scenarioFolder(scenario), kind == null ? stamp : kind + "-" + stamp);
  }
}
