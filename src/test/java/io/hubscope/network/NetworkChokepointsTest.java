package io.hubscope.network;

import static io.hubscope.testing.ScenarioFixtures.node;
import static io.hubscope.testing.ScenarioFixtures.twoWay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hubscope.scenario.NetworkSpec;
import io.hubscope.scenario.NetworkSpec.Mode;
import io.hubscope.scenario.NetworkSpec.NodeType;
import io.hubscope.scenario.Regions;
import io.hubscope.testing.NetworkFixtures;
import io.hubscope.testing.ScenarioFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkChokepointsTest {

  private static final double EPS = 1e-9;

  @Test
  void twoHubNetwork() {
    NetworkTestSupport t = NetworkTestSupport.of(NetworkFixtures.scenario(NetworkFixtures.cheapest()));
    NetworkChokepoints c = t.chokepoints();
    // Minimum-cost paths (directed, cost-weighted), one per reachable ordered pair:
    //   O1->S: O1 H1 S (12 < 15), O1->D: O1 H1 S D (13), H1->D, H2->D, H3->D: via S.
    // H1 lies on (O1,S), (O1,D): 2. S lies on (O1,D), (H1,D), (H2,D), (H3,D): 4. Nobody else is inside a path.
    assertThat(c.betweenness(t.node("H1"))).isCloseTo(2, within(EPS));
    assertThat(c.betweenness(t.node("S"))).isCloseTo(4, within(EPS));
    assertThat(c.betweenness(t.node("H2"))).isCloseTo(0, within(EPS));
    assertThat(c.betweenness(t.node("O1"))).isCloseTo(0, within(EPS));
    assertThat(c.betweenness(t.node("D"))).isCloseTo(0, within(EPS));
    // normalised by (n-1)(n-2) = 5 * 4 = 20
    assertThat(c.normalisedBetweenness(t.node("S"))).isCloseTo(0.2, within(EPS));
    assertThat(c.normalisedBetweenness(t.node("H1"))).isCloseTo(0.1, within(EPS));
  }

  @Test
  void allRoutesShareCountsPairsThatCannotAvoidANode() {
    NetworkTestSupport t = NetworkTestSupport.of(NetworkFixtures.scenario(NetworkFixtures.cheapest()));
    NetworkChokepoints c = t.chokepoints();
    // pairs (CN->X at D) and (CN->Y at S), both reachable
    assertThat(c.reachablePairs()).isEqualTo(2);
    // H1 can be avoided through H2 (and vice versa), although the cheapest route uses H1
    assertThat(c.allRoutesShare(t.node("H1"))).isEqualTo(0.0);
    assertThat(c.allRoutesShare(t.node("H2"))).isEqualTo(0.0);
    assertThat(c.allRoutesShare(t.node("H3"))).isEqualTo(0.0);
    // every path to D passes S; Y's node is S itself; O1 is the origin of both
    assertThat(c.allRoutesShare(t.node("S"))).isEqualTo(1.0);
    assertThat(c.allRoutesShare(t.node("O1"))).isEqualTo(1.0);
    assertThat(c.allRoutesShare(t.node("D"))).isEqualTo(0.5);
  }

  @Test
  void articulationPointsOfTheUndirectedNetwork() {
    NetworkTestSupport t = NetworkTestSupport.of(NetworkFixtures.scenario(NetworkFixtures.cheapest()));
    // undirected: cycle O1-H1-S-H2-O1 plus pendants D and H3 on S: only S disconnects
    assertThat(t.chokepoints().articulationPoints()).containsExactly(t.node("S"));
  }

  @Test
  void diamondWithTailSplitsTiedPaths() {
    // A-B, A-C, B-D, C-D, D-E, every lane both ways with cost 1.
    // Unordered pairs and their inner nodes (ties split evenly):
    //   A-D: B 1/2, C 1/2.  A-E: B 1/2, C 1/2, D 1.  B-C: A 1/2, D 1/2.  B-E: D 1.  C-E: D 1.
    // Sums: A 1/2, B 1, C 1, D 3.5, E 0; the directed graph counts both orders: A 1, B 2, C 2, D 7, E 0.
    NetworkSpec net = new NetworkSpec(
        List.of(node("A", NodeType.AIRPORT, null), node("B", NodeType.HUB, null), node("C", NodeType.HUB, null),
            node("D", NodeType.SORTING_CENTRE, null), node("E", NodeType.DEPOT, null)),
        List.of(twoWay("A", "B", Mode.AIR, null, 1), twoWay("A", "C", Mode.AIR, null, 1),
            twoWay("B", "D", Mode.ROAD, null, 1), twoWay("C", "D", Mode.ROAD, null, 1),
            twoWay("D", "E", Mode.ROAD, null, 1)),
        NetworkFixtures.cheapest());
    Regions regions = new Regions(List.of(ScenarioFixtures.origin("CN", "A")),
        List.of(ScenarioFixtures.destination("X", "E", ScenarioFixtures.zone("1", 1, 1))));
    var s = ScenarioFixtures.scenario(regions, List.of(), net, List.of(), null, null, List.of(), List.of(),
        List.of());
    NetworkTestSupport t = NetworkTestSupport.of(s);
    NetworkChokepoints c = t.chokepoints();
    assertThat(c.betweenness(t.node("A"))).isCloseTo(1, within(EPS));
    assertThat(c.betweenness(t.node("B"))).isCloseTo(2, within(EPS));
    assertThat(c.betweenness(t.node("C"))).isCloseTo(2, within(EPS));
    assertThat(c.betweenness(t.node("D"))).isCloseTo(7, within(EPS));
    assertThat(c.betweenness(t.node("E"))).isCloseTo(0, within(EPS));
    assertThat(c.articulationPoints()).containsExactly(t.node("D"));
    // A -> E can avoid B (through C) but not D
    assertThat(c.allRoutesShare(t.node("B"))).isEqualTo(0.0);
    assertThat(c.allRoutesShare(t.node("D"))).isEqualTo(1.0);
  }
}
