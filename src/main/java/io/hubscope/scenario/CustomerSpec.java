package io.hubscope.scenario;

import java.util.List;
import java.util.Map;

/**
 * Buyers: consumers in destination zones and businesses that import inputs.
 *
 * @param consumers the consumer population
 * @param businesses EU firms by sector
 */
public record CustomerSpec(Consumers consumers, List<Sector> businesses) {

  /**
   * Consumers.
   *
   * @param count simulated consumers, spread over zones in proportion to population
   * @param ordersPerYear per-consumer purchase rate distribution (heterogeneous buyers)
   * @param categoryPreferences category id to relative weight
   * @param byDestination per-country adjustments
   */
  public record Consumers(
      Integer count,
      DistributionSpec ordersPerYear,
      Map<String, Double> categoryPreferences,
      List<DestinationPreference> byDestination) {}

  /**
   * Per-country adjustment of consumer behaviour.
   *
   * @param destination destination id
   * @param rateFactor multiplier of the purchase rate
   * @param categoryPreferences replaces the default preferences when given
   */
  public record DestinationPreference(
      String destination, Double rateFactor, Map<String, Double> categoryPreferences) {}

  /**
   * A business sector.
   *
   * @param id identifier
   * @param name human-readable name
   * @param count simulated firms
   * @param criticalInputs categories the sector imports as critical inputs
   * @param suppliersPerInput how many merchants supply each critical input to one firm (discrete)
   * @param ordersPerMonth orders a firm places with each supplier per month
   * @param inventoryDays days of cover the firm holds for each critical input (time-to-survive)
   * @param destinationMix destination id to share of the sector's firms; population-weighted when absent
   */
  public record Sector(
      String id,
      String name,
      Integer count,
      List<String> criticalInputs,
      DistributionSpec suppliersPerInput,
      DistributionSpec ordersPerMonth,
      DistributionSpec inventoryDays,
      Map<String, Double> destinationMix) {}
}
