package io.hubscope.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;

/**
 * A scenario that passed every check, with what is needed to report on it.
 *
 * @param file the file it came from
 * @param sha256 hex SHA-256 of the file's bytes
 * @param variant the applied variant id, or {@code "baseline"}
 * @param tree the resolved tree (variant applied)
 * @param scenario the bound, checked scenario (variant applied)
 * @param warnings warnings found while checking
 */
public record LoadedScenario(
    Path file, String sha256, String variant, JsonNode tree, Scenario scenario, List<Diagnostic> warnings) {

  /** The variant id used when no variant is applied. */
  public static final String BASELINE = "baseline";
}
