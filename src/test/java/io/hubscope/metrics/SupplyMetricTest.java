package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hubscope.scenario.TransformSpec;
import io.hubscope.simulation.ShipmentColumns;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Supply-graph reconstruction on {@link MarketFixture}. True edges (distinct supplier-firm pairs): m0-b0, m2-b0,
 * m1-b1, m2-b1, m0-b2; shipped value on them 50, 60, 70, 80, 15 (275 in all). Suppliers per firm: b0 2, b1 2, b2 1.
 */
class SupplyMetricTest {

  static final double EPS = 1e-9;

  Map<String, Double> run(MarketFixture m, String... pool) {
    ShipmentColumns s = m.tenShipments();
    return m.measure(new SupplyMetric(), m.view(pool), s);
  }

  @Test
  void hubOneDrawsTheEdgesOfTheFirmsItServes() {
    // hub1 touches firm rows 4 (m0-b0) and 8 (m0-b2) with buyer type, name and seller in clear.
    Map<String, Double> e = run(new MarketFixture(), "hubco1");
    assertThat(e.get("edge_precision")).isCloseTo(1, within(EPS));
    assertThat(e.get("edge_recall")).isCloseTo(2 / 5.0, within(EPS));
    assertThat(e.get("edge_recall_value")).isCloseTo(65 / 275.0, within(EPS));
    // makers: b0 1 of 2 suppliers, b1 0 of 2; shops: b2 1 of 1; all: (0.5 + 0 + 1) / 3
    assertThat(e.get("supplier_share|sector=makers")).isCloseTo(0.25, within(EPS));
    assertThat(e.get("supplier_share|sector=shops")).isCloseTo(1, within(EPS));
    assertThat(e.get("supplier_share")).isCloseTo(0.5, within(EPS));
  }

  @Test
  void withoutTheBuyerTypeHubTwoCannotTellFirmsFromConsumers() {
    // hub2 gets no recipient.type and the name only as a keyed pseudonym: nothing shows a buyer is a firm.
    Map<String, Double> e = run(new MarketFixture(), "hubco2");
    assertThat(e.get("edge_precision")).isNaN();
    assertThat(e.get("edge_recall")).isCloseTo(0, within(EPS));
    assertThat(e.get("supplier_share")).isCloseTo(0, within(EPS));
  }

  @Test
  void keyedPseudonymsStillLinkOnceTheFirmIsRecognised() {
    // Give hub2 the buyer type in clear: its firm rows 5 (m2-b0), 6 (m1-b1), 7 (m2-b1) give edges between tokens.
    MarketFixture m = new MarketFixture(List.of(
        new TransformSpec("type", List.of("hubco2"), null, TransformSpec.Op.KEEP, null, null, null, null, null,
            null)));
    Map<String, Double> e = run(m, "hubco2");
    assertThat(e.get("edge_precision")).isCloseTo(1, within(EPS));
    assertThat(e.get("edge_recall")).isCloseTo(3 / 5.0, within(EPS));
    assertThat(e.get("edge_recall_value")).isCloseTo(210 / 275.0, within(EPS));
    assertThat(e.get("supplier_share|sector=makers")).isCloseTo((0.5 + 1) / 2, within(EPS));
    assertThat(e.get("supplier_share|sector=shops")).isCloseTo(0, within(EPS));
  }

  @Test
  void customsSeesEveryEdgeThatShipped() {
    Map<String, Double> e = run(new MarketFixture(), "customs");
    assertThat(e.get("edge_recall")).isCloseTo(1, within(EPS));
    assertThat(e.get("edge_recall_value")).isCloseTo(1, within(EPS));
    assertThat(e.get("supplier_share")).isCloseTo(1, within(EPS));
  }

  @Test
  void anEdgeThatShippedNothingIsStillATrueEdge() {
    // Only rows 0-3 (consumers) and 4 (m0-b0): customs sees 1 of the 5 true edges.
    MarketFixture m = new MarketFixture();
    ShipmentColumns all = m.tenShipments();
    int[][] rows = new int[5][];
    for (int i = 0; i < 5; i++) {
      rows[i] = new int[] {all.recipient[i], all.merchant[i], all.category[i], all.route[i], (int) all.value[i],
          (int) all.tOrder[i]};
    }
    Map<String, Double> e = m.measure(new SupplyMetric(), m.view("customs"), MarketFixture.shipments(rows));
    assertThat(e.get("edge_recall")).isCloseTo(1 / 5.0, within(EPS));
    assertThat(e.get("edge_recall_value")).isCloseTo(1, within(EPS));
  }
}
