package io.hubscope.compare;

import io.hubscope.results.RunFolder;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Default folder names of compare and sweep results: {@code <kind>-<UTC yyyyMMdd-HHmmss>[-2, -3, ...]}. */
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
   * A fresh folder name.
   *
   * @param base parent folder, e.g. {@code results/liege-baseline}
   * @param kind {@code compare} or {@code sweep}
   * @param now the time stamp
   * @return a path that does not exist yet
   */
  private static Path fresh(Path base, String kind, ZonedDateTime now) {
    return RunFolder.unused(base, kind + "-" + RunFolder.stamp(now));
  }

  /**
   * Where a compare or sweep writes: the folder the user gave, else a fresh one under the scenario's results folder
   * stamped with the current UTC time.
   *
   * @param given the {@code --out} folder, or null
   * @param scenario scenario name
   * @param kind {@code compare} or {@code sweep}
   * @return the folder to create
   */
  public static Path target(Path given, String scenario, String kind) {
    return given != null ? given : fresh(scenarioFolder(scenario), kind, ZonedDateTime.now(ZoneOffset.UTC));
  }
}
