package io.hubscope.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hubscope.testing.NetworkFixtures;
import io.hubscope.world.World;
import io.hubscope.world.WorldBuilder;
import org.junit.jupiter.api.Test;

class RouteTrafficEstimatorTest {

  @Test
  void pairDemandIsSplitByRouteShare() {
    var scenario = NetworkFixtures.scenario(NetworkFixtures.hubShares());
    NetworkTestSupport t = NetworkTestSupport.of(scenario);
    World w = WorldBuilder.build(scenario, 1);
    RouteTable routes = t.routes();
    double[] perDay = RouteTrafficEstimator.shipmentsPerDay(w, routes);
    // 20 consumers over X and Y (populations 100 and 100): 10 each, 365 orders/year = 1/day each; all merchants in
    // CN. X: 10/day split 2/3 (H1), 1/3 (H2); Y likewise.
    int x = routes.firstRoute(routes.pair(0, 0));
    int y = routes.firstRoute(routes.pair(0, 1));
    assertThat(perDay[x]).isCloseTo(20.0 / 3, within(1e-12));
    assertThat(perDay[x + 1]).isCloseTo(10.0 / 3, within(1e-12));
    assertThat(perDay[y]).isCloseTo(20.0 / 3, within(1e-12));
    double[] share = RouteTrafficEstimator.trafficShares(w, routes);
    assertThat(share[x]).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(share[x + 1]).isCloseTo(1.0 / 6, within(1e-12));
  }
}
