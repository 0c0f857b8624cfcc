package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hubscope.disclosure.DisclosurePlan;
import io.hubscope.disclosure.DisclosurePlanner;
import io.hubscope.disclosure.ObserverView;
import io.hubscope.network.LogisticsNetwork;
import io.hubscope.network.RoutePlanner;
import io.hubscope.network.RouteTable;
import io.hubscope.scenario.Scenario;
import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.testing.NetworkFixtures;
import io.hubscope.world.ScenarioIndex;
import java.util.BitSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Chokepoints on the six-node network of {@link NetworkFixtures} with cheapest routing: route 0 O1-H1-S-D (pair
 * CN-X), route 1 O1-H1-S (pair CN-Y). Betweenness: H1 2, S 4 of (6-1)(6-2) = 20 ordered pairs; every path to D
 * passes S; H1 can be avoided through H2; S is the only articulation point. Shipments: 10 and 20 EUR to X, 70 to Y.
 */
class ChokepointMetricTest {

  static final double EPS = 1e-9;
  final Scenario scenario = NetworkFixtures.scenario(NetworkFixtures.cheapest());
  final ScenarioIndex index = new ScenarioIndex(scenario);
  final LogisticsNetwork network = LogisticsNetwork.of(scenario, index);
  final RouteTable routes = RoutePlanner.plan(scenario, network, index);
  final DisclosurePlan plan = DisclosurePlanner.plan(index, routes);

  Map<String, Double> run(String... parties) {
    BitSet pool = new BitSet();
    for (String p : parties) {
      pool.set(index.party(p));
    }
    ShipmentColumns s = new ShipmentColumns(3);
    s.route[0] = 0;
    s.value[0] = 10;
    s.route[1] = 0;
    s.value[1] = 20;
    s.route[2] = 1;
    s.value[2] = 70;
    MetricContext ctx = new MetricContext(scenario, null, network, routes, plan, ObserverView.of("o", pool, plan), 1,
        1, 3);
    return MarketFixture.measure(new ChokepointMetric(), ctx, s);
  }

  @Test
  void aHubWithAnAlternativeIsCentralButAvoidable() {
    Map<String, Double> c = run("hubco1");
    assertThat(c.get("betweenness|node=H1")).isCloseTo(2 / 20.0, within(EPS));
    assertThat(c.get("unavoidable_pairs|node=H1")).isCloseTo(0, within(EPS));
    assertThat(c.get("unavoidable_value|node=H1")).isCloseTo(0, within(EPS));
    assertThat(c.get("articulation|node=H1")).isCloseTo(0, within(EPS));
    assertThat(c.get("nodes|pool=all")).isCloseTo(1, within(EPS));
    assertThat(c).doesNotContainKey("betweenness|node=H2");
  }

  @Test
  void theSortingCentreCannotBeAvoided() {
    Map<String, Double> c = run("sorter");
    assertThat(c.get("betweenness|node=S")).isCloseTo(4 / 20.0, within(EPS));
    assertThat(c.get("unavoidable_pairs|node=S")).isCloseTo(1, within(EPS));
    assertThat(c.get("unavoidable_value|node=S")).isCloseTo(1, within(EPS));
    assertThat(c.get("articulation|node=S")).isCloseTo(1, within(EPS));
  }

  @Test
  void theDepotHoldsOnlyTheValueOfItsOwnPair() {
    Map<String, Double> c = run("post");
    assertThat(c.get("unavoidable_pairs|node=D")).isCloseTo(0.5, within(EPS));
    assertThat(c.get("unavoidable_value|node=D")).isCloseTo(30 / 100.0, within(EPS));
    assertThat(c.get("betweenness|node=D")).isCloseTo(0, within(EPS));
  }

  @Test
  void twoHubsTogetherCutWhatNeitherCutsAlone() {
    // Without H1 and H2, O1 reaches neither S nor D (H3 is not reachable from O1).
    Map<String, Double> c = run("hubco1", "hubco2");
    assertThat(c.get("unavoidable_pairs|node=H1")).isCloseTo(0, within(EPS));
    assertThat(c.get("unavoidable_pairs|node=H2")).isCloseTo(0, within(EPS));
    assertThat(c.get("unavoidable_pairs|pool=all")).isCloseTo(1, within(EPS));
    assertThat(c.get("unavoidable_value|pool=all")).isCloseTo(1, within(EPS));
    assertThat(c.get("nodes|pool=all")).isCloseTo(2, within(EPS));
  }

  @Test
  void anObserverWithoutNodesGetsOnlyThePoolRows() {
    Map<String, Double> c = run("customs");
    assertThat(c).containsOnlyKeys("unavoidable_pairs|pool=all", "unavoidable_value|pool=all", "nodes|pool=all");
    assertThat(c.get("unavoidable_value|pool=all")).isCloseTo(0, within(EPS));
  }
}
