package io.hubscope.network;

import io.hubscope.scenario.RouteToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hubscope.scenario.NetworkSpec;
import io.hubscope.testing.NetworkFixtures;
import io.hubscope.testing.ScenarioFixtures;
import org.junit.jupiter.api.Test;

class RoutePlannerTest {

  @Test
  void cheapestPathTakesTheLowerCostHub() {
    NetworkTestSupport t = NetworkTestSupport.of(NetworkFixtures.scenario(NetworkFixtures.cheapest()));
    RouteTable routes = t.routes();
    assertThat(routes.pairCount()).isEqualTo(2);
    assertThat(routes.routeCount()).isEqualTo(2);
    int x = routes.pair(0, 0);
    int r = routes.firstRoute(x);
    assertThat(routes.routeCount(x)).isEqualTo(1);
    // O1 -> H1 -> S -> D costs 10 + 2 + 1 = 13; through H2 it would cost 12 + 3 + 1 = 16
    assertThat(routes.nodes(r)).containsExactly(t.node("O1"), t.node("H1"), t.node("S"), t.node("D"));
    assertThat(routes.lanes(r)).containsExactly(0, 2, 4);
    assertThat(routes.cost(r)).isEqualTo(13.0);
    assertThat(routes.hub(r)).isEqualTo(t.node("H1"));
    assertThat(routes.share(r)).isEqualTo(1.0);
    assertThat(routes.sampleRoute(x, 0.999)).isEqualTo(r);
  }

  @Test
  void hubSharesAreRenormalisedOverReachableHubs() {
    NetworkTestSupport t = NetworkTestSupport.of(NetworkFixtures.scenario(NetworkFixtures.hubShares()));
    RouteTable routes = t.routes();
    int x = routes.pair(0, 0);
    assertThat(routes.routeCount(x)).isEqualTo(2);
    int viaH1 = routes.firstRoute(x);
    int viaH2 = viaH1 + 1;
    // H3 (share 0.1) cannot be reached from O1: H1 gets 0.6 / 0.9, H2 0.3 / 0.9
    assertThat(routes.share(viaH1)).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(routes.share(viaH2)).isCloseTo(1.0 / 3, within(1e-15));
    assertThat(routes.cumulativeShare(viaH2)).isEqualTo(1.0);
    assertThat(routes.hub(viaH1)).isEqualTo(t.node("H1"));
    assertThat(routes.hub(viaH2)).isEqualTo(t.node("H2"));
    assertThat(routes.nodes(viaH2)).containsExactly(t.node("O1"), t.node("H2"), t.node("S"), t.node("D"));
    assertThat(routes.lanes(viaH2)).containsExactly(1, 3, 4);
    assertThat(routes.cost(viaH2)).isEqualTo(16.0);
    assertThat(routes.sampleRoute(x, 0.0)).isEqualTo(viaH1);
    assertThat(routes.sampleRoute(x, 0.66)).isEqualTo(viaH1);
    assertThat(routes.sampleRoute(x, 0.67)).isEqualTo(viaH2);
    // destination Y sits at S: the routes stop there
    int y = routes.pair(0, 1);
    assertThat(routes.nodes(routes.firstRoute(y))).containsExactly(t.node("O1"), t.node("H1"), t.node("S"));
    assertThat(routes.routePair(routes.firstRoute(y))).isEqualTo(y);
  }

  @Test
  void routeTokensResolveToThePartiesAlongTheRoute() {
    NetworkTestSupport t = NetworkTestSupport.of(NetworkFixtures.scenario(NetworkFixtures.hubShares()));
    RouteTable routes = t.routes();
    int viaH1 = routes.firstRoute(routes.pair(0, 0));
    int viaH2 = viaH1 + 1;
    assertThat(routes.parties(viaH1, RouteToken.HUB)).containsExactly(t.party("hubco1"));
    assertThat(routes.parties(viaH2, RouteToken.HUB)).containsExactly(t.party("hubco2"));
    assertThat(routes.parties(viaH1, RouteToken.SORTING)).containsExactly(t.party("sorter"));
    assertThat(routes.parties(viaH1, RouteToken.AIRPORT)).containsExactly(t.party("airlineA"));
    assertThat(routes.parties(viaH1, RouteToken.LAST_MILE)).containsExactly(t.party("post"));
    assertThat(routes.parties(viaH1, RouteToken.LINE_HAUL)).containsExactly(t.party("airA"));
    assertThat(routes.parties(viaH2, RouteToken.LINE_HAUL)).containsExactly(t.party("airB"));
    assertThat(routes.parties(viaH1, RouteToken.ROAD)).containsExactly(t.party("truck"), t.party("post"));
    assertThat(routes.resolve(viaH1, "@hub")).containsExactly(t.party("hubco1"));
    assertThat(routes.resolve(viaH1, "customs")).containsExactly(t.party("customs"));
    int toY = routes.firstRoute(routes.pair(0, 1));
    assertThat(routes.parties(toY, RouteToken.LAST_MILE)).containsExactly(t.party("sorter"));
    assertThatThrownBy(() -> routes.resolve(viaH1, "@nowhere")).hasMessageContaining("unknown route token");
  }

  @Test
  void unreachableDestinationFailsNamingThePair() {
    NetworkSpec net = NetworkFixtures.network(NetworkFixtures.cheapest());
    NetworkSpec cut = new NetworkSpec(net.nodes(), net.lanes().subList(0, 4), net.routing());
    var s = ScenarioFixtures.scenario(NetworkFixtures.regions(), NetworkFixtures.parties(), cut,
        NetworkFixtures.catalogue(), null, null, java.util.List.of(), java.util.List.of(), java.util.List.of());
    NetworkTestSupport t = NetworkTestSupport.of(s);
    assertThatThrownBy(t::routes).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no route from origin CN (node O1) to destination X (node D)");
  }

  @Test
  void bidirectionalLanesAddTheReverseLane() {
    NetworkSpec net = new NetworkSpec(
        java.util.List.of(ScenarioFixtures.node("A", NetworkSpec.NodeType.AIRPORT, null),
            ScenarioFixtures.node("B", NetworkSpec.NodeType.DEPOT, null)),
        java.util.List.of(ScenarioFixtures.twoWay("A", "B", NetworkSpec.Mode.ROAD, null, 5)),
        NetworkFixtures.cheapest());
    var s = ScenarioFixtures.scenario(new io.hubscope.scenario.Regions(java.util.List.of(), java.util.List.of()),
        java.util.List.of(), net, java.util.List.of(), null, null, java.util.List.of(), java.util.List.of(),
        java.util.List.of());
    NetworkTestSupport t = NetworkTestSupport.of(s);
    assertThat(t.network().laneCount()).isEqualTo(2);
    assertThat(t.network().laneFrom(1)).isEqualTo(1);
    assertThat(t.network().laneTo(1)).isEqualTo(0);
    assertThat(t.network().laneSpecIndex(1)).isEqualTo(0);
    assertThat(t.network().laneWeight(1)).isEqualTo(5.0);
    assertThat(t.network().laneMeanTransitHours(1)).isEqualTo(5.0);
    assertThat(t.network().laneCarrier(1)).isEqualTo(-1);
  }
}
