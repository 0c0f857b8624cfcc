package io.hubscope.world;

import io.hubscope.scenario.Scenario;

/**
 * The synthetic world of one scenario and seed: scenario indices, zones, merchants, consumers, businesses and supply
 * links. Immutable; safe to share between threads.
 *
 * @param scenario the scenario it was built from
 * @param seed the world seed it was built with
 * @param index dense indices of the scenario's named things
 * @param zones zones and postcodes
 * @param merchants merchants
 * @param consumers consumers
 * @param businesses firms and their critical inputs
 * @param supplyLinks ground-truth supplier links
 */
public record World(
    Scenario scenario,
    long seed,
    ScenarioIndex index,
    ZoneTable zones,
    MerchantTable merchants,
    ConsumerTable consumers,
    BusinessTable businesses,
    SupplyLinkTable supplyLinks) {

  /** Number of merchants. */
  public int merchantCount() {
    return merchants.count();
  }

  /** Number of consumers. */
  public int consumerCount() {
    return consumers.count();
  }

  /** Number of firms. */
  public int businessCount() {
    return businesses.count();
  }

  /** Number of supply links. */
  public int supplyLinkCount() {
    return supplyLinks.count();
  }
}
