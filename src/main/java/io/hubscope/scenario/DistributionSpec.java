package io.hubscope.scenario;

/**
 * A probability distribution as written in a scenario: a {@code type} plus the parameters that type takes.
 *
 * <p>Supported types and their parameters (checked by {@code ScenarioChecker}):
 * <ul>
 *   <li>{@code constant}: {@code value}</li>
 *   <li>{@code uniform}: {@code min < max}</li>
 *   <li>{@code normal}: {@code mean}, {@code sd > 0} (truncated at zero where a quantity must be positive)</li>
 *   <li>{@code lognormal}: {@code median > 0}, {@code sigma > 0} (mu = ln median)</li>
 *   <li>{@code gamma}: {@code shape > 0}, {@code scale > 0}</li>
 *   <li>{@code exponential}: {@code mean > 0}</li>
 *   <li>{@code triangular}: {@code min <= mode <= max}, {@code min < max}</li>
 *   <li>{@code pareto}: {@code scale > 0}, {@code shape > 0}</li>
 *   <li>{@code weibull}: {@code shape > 0}, {@code scale > 0}</li>
 *   <li>{@code poisson}: {@code mean > 0} (discrete)</li>
 *   <li>{@code zipf}: {@code max >= 1} elements, {@code exponent > 0} (discrete, values 1..max)</li>
 * </ul>
 */
public record DistributionSpec(
    String type,
    Double value,
    Double min,
    Double max,
    Double mode,
    Double mean,
    Double sd,
    Double median,
    Double sigma,
    Double shape,
    Double scale,
    Double exponent) {

  /** A constant distribution, for tests and defaults. */
  public static DistributionSpec constant(double v) {
    return new DistributionSpec("constant", v, null, null, null, null, null, null, null, null, null, null);
  }
}
