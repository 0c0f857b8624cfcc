package io.hubscope.engine;

import io.hubscope.disclosure.DisclosurePlan;
import io.hubscope.disclosure.DisclosurePlanner;
import io.hubscope.disclosure.ObserverView;
import io.hubscope.network.LogisticsNetwork;
import io.hubscope.network.RoutePlanner;
import io.hubscope.network.RouteTable;
import io.hubscope.scenario.LoadedScenario;
import io.hubscope.scenario.Scenario;
import io.hubscope.world.ScenarioIndex;
import java.util.List;

/**
 * Everything about one variant that does not change between replications: indices, network, routes, the
 * disclosure plan and each observer's view.
 *
 * @param loaded the loaded variant
 * @param index indices
 * @param network network
 * @param routes routes
 * @param plan disclosure plan
 * @param views one view per observer, in scenario order
 */
public record VariantModel(
    LoadedScenario loaded,
    ScenarioIndex index,
    LogisticsNetwork network,
    RouteTable routes,
    DisclosurePlan plan,
    List<ObserverView> views) {

  /**
   * Builds the model of a loaded variant.
   *
   * @param loaded the variant
   * @return its model
   */
  public static VariantModel of(LoadedScenario loaded) {
    Scenario s = loaded.scenario();
    ScenarioIndex index = new ScenarioIndex(s);
    LogisticsNetwork network = LogisticsNetwork.of(s, index);
    RouteTable routes = RoutePlanner.plan(s, network, index);
    DisclosurePlan plan = DisclosurePlanner.plan(index, routes);
    List<ObserverView> views = s.observers().stream().map(o -> ObserverView.of(o, index, plan)).toList();
    return new VariantModel(loaded, index, network, routes, plan, views);
  }

  /** The scenario. */
  public Scenario scenario() {
    return loaded.scenario();
  }

  /** The variant id. */
  public String variant() {
    return loaded.variant();
  }
}
