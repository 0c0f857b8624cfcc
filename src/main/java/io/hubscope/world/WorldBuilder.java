package io.hubscope.world;

import io.hubscope.scenario.Scenario;
import java.util.Objects;

/**
 * Builds the synthetic {@link World} of a scenario. Deterministic: the same scenario and seed give identical
 * arrays. Each component draws from its own stream ({@link WorldStreams}), derived from the seed by {@link
 * SeedDeriver}. Cost O(merchants x categoriesPerMerchant + consumers + firms x inputs x suppliers).
 */
public final class WorldBuilder {

  private WorldBuilder() {}

  /**
   * Builds the world with the scenario's own seed ({@code meta.seed}, 0 when absent).
   *
   * @param scenario a checked scenario
   * @return the world
   */
  public static World build(Scenario scenario) {
    Long seed = scenario.meta() == null ? null : scenario.meta().seed();
    return build(scenario, seed == null ? 0L : seed);
  }

  /**
   * Builds the world.
   *
   * @param scenario a checked scenario
   * @param seed world seed
   * @return the world
   * @throws IllegalArgumentException when the scenario refers to unknown ids or has unusable parameters
   */
  public static World build(Scenario scenario, long seed) {
    Objects.requireNonNull(scenario, "scenario");
    ScenarioIndex index = new ScenarioIndex(scenario);
    ZoneTable zones = new ZoneTable(scenario.regions().destinations());
    MerchantTable merchants = MerchantGenerator.generate(index, seed);
    ConsumerTable consumers = ConsumerGenerator.generate(index, zones, merchants, seed);
    BusinessGenerator.Result businesses = BusinessGenerator.generate(index, zones, merchants, seed);
    return new World(scenario, seed, index, zones, merchants, consumers, businesses.businesses(),
        businesses.links());
  }
}
