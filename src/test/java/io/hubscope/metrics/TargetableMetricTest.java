package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.world.HandWorld;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Targetable dependencies on {@link MarketFixture}. Inputs: b0-chips (m0, m2: two suppliers, routes via H1 and H2),
 * b1-chips (m1 only, pair A-Y via H1 or H2), b1-memory (m2 only, pair B-Y via H2 only: single-sourced and
 * single-routed), b2-chips (m0 only, pair A-X via H1 or H2). Value of all firm shipments: 275.
 */
class TargetableMetricTest {

  static final double EPS = 1e-9;

  Map<String, Double> run(MarketFixture m, ShipmentColumns s, String... pool) {
    return m.measure(new TargetableMetric(), m.view(pool), s);
  }

  @Test
  void hubOneSeesOneSingleSourcedInputThroughItsHub() {
    // b2-chips: single-sourced, its pair can go via H1, and row 8 (touched, firm recognised, HS in clear) reveals it.
    // b1-chips is single-sourced and can pass H1, but its only shipment (row 6) went via H2.
    MarketFixture m = new MarketFixture();
    Map<String, Double> e = run(m, m.tenShipments(), "hubco1");
    assertThat(e.get("count")).isCloseTo(1, within(EPS));
    assertThat(e.get("share")).isCloseTo(0.25, within(EPS));
    assertThat(e.get("value_share")).isCloseTo(15 / 275.0, within(EPS));
  }

  @Test
  void poolingTheConsolidatorRevealsWhatPassesTheHub() {
    // The shipper holds every ENS field on every route: all inputs are revealed. Through H1: b1-chips and b2-chips
    // (b1-memory can only pass H2; b0-chips has two suppliers and two hubs).
    MarketFixture m = new MarketFixture();
    Map<String, Double> e = run(m, m.tenShipments(), "hubco1", "shipper");
    assertThat(e.get("count")).isCloseTo(2, within(EPS));
    assertThat(e.get("value_share")).isCloseTo((70 + 15) / 275.0, within(EPS));
    // Through H2: b1-chips, b1-memory, b2-chips.
    Map<String, Double> h2 = run(m, m.tenShipments(), "hubco2", "shipper");
    assertThat(h2.get("count")).isCloseTo(3, within(EPS));
    assertThat(h2.get("share")).isCloseTo(0.75, within(EPS));
    assertThat(h2.get("value_share")).isCloseTo((70 + 80 + 15) / 275.0, within(EPS));
  }

  @Test
  void revealedButNotThroughTheObserversHubIsNotTargetable() {
    MarketFixture m = new MarketFixture();
    // customs sees everything but operates no hub; hub2 operates H2 but cannot recognise firms.
    assertThat(run(m, m.tenShipments(), "customs").get("count")).isCloseTo(0, within(EPS));
    assertThat(run(m, m.tenShipments(), "hubco2").get("count")).isCloseTo(0, within(EPS));
  }

  @Test
  void twoSuppliersBehindOneHubAreSingleRouted() {
    // b0 buys chips from m2 and m3, both in origin B, whose pair with X only goes via H2.
    MarketFixture m = new MarketFixture(List.of(), sc -> HandWorld.of(sc)
        .merchant(0).merchant(0).merchant(1).merchant(1)
        .consumer(0).consumer(10)
        .business(0, 2).input(1, 3, 2, 3)
        .business(0, 12).input(1, 3, 0, 1)
        .build());
    int b0 = 2;
    int b1 = 3;
    ShipmentColumns s = MarketFixture.shipments(new int[][] {
        {b0, 2, 1, m.route("B", "X", "H2"), 50, 5}, {b1, 0, 1, m.route("A", "Y", "H1"), 30, 6}});
    Map<String, Double> e = run(m, s, "hubco2", "shipper");
    assertThat(e.get("count")).isCloseTo(1, within(EPS));
    assertThat(e.get("share")).isCloseTo(0.5, within(EPS));
    assertThat(e.get("value_share")).isCloseTo(50 / 80.0, within(EPS));
    // b1's chips come from two suppliers over two hubs: not a dependency, whoever looks.
    assertThat(run(m, s, "hubco1", "shipper").get("count")).isCloseTo(0, within(EPS));
  }
}
