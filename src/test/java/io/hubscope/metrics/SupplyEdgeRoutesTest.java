package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hubscope.disclosure.ObserverView;
import io.hubscope.report.ObserverSupplyGraph;
import io.hubscope.report.ObserverSupplyGraph.Edge;
import io.hubscope.scenario.TransformSpec;
import io.hubscope.simulation.ShipmentColumns;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The exported observer supply graph ({@link ObserverSupplyGraph}) and the {@code supply.*} metrics
 * ({@link SupplyMetric}) draw their edges by the one rule of {@link SupplyEdgeRoutes}, hand-computed on
 * {@link MarketFixture}: routes r0 A-X/H1, r1 A-X/H2, r2 A-Y/H1, r3 A-Y/H2, r4 B-X/H2, r5 B-Y/H2; firm shipments
 * row 4 m0-b0 (r0, 50 EUR), 5 m2-b0 (r4, 60), 6 m1-b1 (r3, 70), 7 m2-b1 (r5, 80), 8 m0-b2 (r0, 15); 5 true edges.
 */
class SupplyEdgeRoutesTest {

  static final double EPS = 1e-9;

  record Seen(boolean[] routes, List<Edge> edges, Map<String, Double> metric) {}

  static Seen seen(MarketFixture m, String party) {
    ObserverView view = m.view(party);
    ShipmentColumns s = m.tenShipments();
    int routes = m.routes.routeCount();
    return new Seen(SupplyEdgeRoutes.of(view, m.scenario, routes),
        ObserverSupplyGraph.of(view, m.scenario, m.world.consumerCount(), routes, s).edges(),
        m.measure(new SupplyMetric(), view, s));
  }

  @Test
  void hubTwoLinksTokensButCannotTellFirmsSoNeitherGraphNorMetricHasAnEdge() {
    // hubco2 holds the buyer's name and the seller as keyed pseudonyms on r1, r3, r4, r5 but no recipient.type: the
    // graph's old rule (a sender and a recipient identity that link) drew m2-b0, m1-b1 and m2-b1 while the metric
    // counted none. Now both see nothing.
    Seen hub2 = seen(new MarketFixture(), "hubco2");
    assertThat(hub2.routes()).containsExactly(false, false, false, false, false, false);
    assertThat(hub2.edges()).isEmpty();
    assertThat(hub2.metric().get("edge_recall")).isCloseTo(0, within(EPS));
    assertThat(hub2.metric().get("edge_precision")).isNaN();
  }

  @Test
  void withTheBuyerTypeHubTwoDrawsTheEdgesTheMetricCounts() {
    MarketFixture m = new MarketFixture(List.of(new TransformSpec("type", List.of("hubco2"), null,
        TransformSpec.Op.KEEP, null, null, null, null, null, null)));
    Seen hub2 = seen(m, "hubco2");
    assertThat(hub2.routes()).containsExactly(false, true, false, true, true, true);
    assertThat(hub2.edges()).containsExactly(new Edge(1, 1, 1, 70.0, List.of(1)), new Edge(2, 0, 1, 60.0, List.of(1)),
        new Edge(2, 1, 1, 80.0, List.of(2)));
    assertThat(hub2.metric().get("edge_recall")).isCloseTo(3 / 5.0, within(EPS));
    assertThat(hub2.metric().get("edge_recall_value")).isCloseTo((70 + 60 + 80) / 275.0, within(EPS));
  }

  @Test
  void hubOneSeesNamesAndTypeInClearOnItsRoutes() {
    Seen hub1 = seen(new MarketFixture(), "hubco1");
    assertThat(hub1.routes()).containsExactly(true, false, true, false, false, false);
    assertThat(hub1.edges()).containsExactly(new Edge(0, 0, 1, 50.0, List.of(1)), new Edge(0, 2, 1, 15.0, List.of(1)));
    assertThat(hub1.metric().get("edge_recall")).isCloseTo(2 / 5.0, within(EPS));
    assertThat(hub1.metric().get("edge_recall_value")).isCloseTo(65 / 275.0, within(EPS));
  }
}
