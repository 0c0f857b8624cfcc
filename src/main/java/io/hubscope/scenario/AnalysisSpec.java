package io.hubscope.scenario;

/**
 * Settings of the inference metrics (all optional; defaults in {@code docs/scenario-reference.md}).
 *
 * @param unicity unicity analysis settings
 * @param economic economic-intelligence settings
 */
public record AnalysisSpec(Unicity unicity, Economic economic) {

  /**
   * Unicity (de Montjoye et al. 2013): how many points of a person's trace single them out.
   *
   * @param maxPoints largest number of points p evaluated (U(1) .. U(maxPoints)); default 10
   * @param samplePeople people sampled to estimate U(p); default 2000
   * @param postcodeDigits spatial resolution: postcode digits of a point (default: what the observer sees)
   * @param timeHours temporal resolution of a point in hours (default 24: the day)
   */
  public record Unicity(Integer maxPoints, Integer samplePeople, Integer postcodeDigits, Double timeHours) {}

  /**
   * Economic intelligence.
   *
   * @param topK size of the top lists compared (top merchants, top categories); default 10
   */
  public record Economic(Integer topK) {}
}
