package io.hubscope.compare;

import java.util.List;

/**
 * What a comparison was made from, written at the top of {@code compare.json}.
 *
 * @param scenario scenario name
 * @param scenarioSha256 SHA-256 of the scenario file
 * @param seed master seed shared by every variant (common random numbers)
 * @param replications replications per variant
 * @param baseline the baseline variant
 * @param variants every variant, baseline included, in run order
 * @param sources the scenario file or the run folders, as given on the command line
 */
public record ComparisonSetup(
    String scenario,
    String scenarioSha256,
    long seed,
    int replications,
    String baseline,
    List<String> variants,
    List<String> sources) {

  /** Copies the lists. */
  public ComparisonSetup {
    variants = List.copyOf(variants);
    sources = List.copyOf(sources);
  }
}
