package io.hubscope.network;

import io.hubscope.scenario.Scenario;
import io.hubscope.world.ScenarioIndex;

/** Builds the network objects of a test scenario. */
record NetworkTestSupport(Scenario scenario, ScenarioIndex index, LogisticsNetwork network) {

  static NetworkTestSupport of(Scenario scenario) {
    ScenarioIndex index = new ScenarioIndex(scenario);
    return new NetworkTestSupport(scenario, index, LogisticsNetwork.of(scenario, index));
  }

  RouteTable routes() {
    return RoutePlanner.plan(scenario, network, index);
  }

  NetworkChokepoints chokepoints() {
    return NetworkChokepoints.analyse(scenario, network);
  }

  int node(String id) {
    return network.node(id);
  }

  int party(String id) {
    return index.party(id);
  }
}
