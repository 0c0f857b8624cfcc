package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hubscope.simulation.ShipmentColumns;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeakageMetricTest {

  private static final double EPS = 1e-9;

  /** Hub A keeps only the declared value (and the tracking number, which is left out of the observation). */
  private static final String VALUE_ONLY = """
      transforms:
        - {field: name, to: [hub-a], op: omit}
        - {field: tax_id, to: [hub-a], op: omit}
        - {field: postcode, to: [hub-a], op: omit}
        - {field: category, to: [hub-a], op: omit}
        - {field: hs_code, to: [hub-a], op: omit}
        - {field: delivery_time, to: [hub-a], op: omit}
      """;

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  /**
   * A binary symmetric channel from the category (apparel 0, medicaments 1, equally likely) to the value (10 or 20)
   * with crossover 1/4: counts (apparel, 10) = 3, (apparel, 20) = 1, (medicaments, 10) = 1, (medicaments, 20) = 3.
   * All to consumer 0 through hub A, plus {@code untouched} apparel parcels through hub B.
   */
  static ShipmentColumns channel(MetricHarness h, int untouched) {
    int[][] cells = {{0, 10}, {0, 10}, {0, 10}, {0, 20}, {1, 10}, {1, 20}, {1, 20}, {1, 20}};
    ShipmentColumns s = MetricHarness.shipments(cells.length + untouched);
    for (int i = 0; i < cells.length; i++) {
      MetricHarness.row(s, i, 0, h.route("BE", "HUB-A"), cells[i][0], cells[i][1], 30);
    }
    for (int i = cells.length; i < s.size; i++) {
      MetricHarness.row(s, i, 0, h.route("BE", "HUB-B"), 0, 10, 30);
    }
    return s;
  }

  @Test
  void binarySymmetricChannelLeaksLog2OfOneAndAHalfBits() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", VALUE_ONLY);
    Map<String, Double> m = h.run(new LeakageMetric(), h.view("hub-a"), channel(h, 0), 3);
    assertThat(m.get("prior_vulnerability|secret=category")).isCloseTo(0.5, within(EPS));
    assertThat(m.get("posterior_vulnerability|secret=category")).isCloseTo(0.75, within(EPS));
    assertThat(m.get("min_entropy_bits|secret=category")).isCloseTo(log2(1.5), within(EPS));
    // one buyer, one country: nothing to learn
    assertThat(m.get("prior_vulnerability|secret=consumer")).isCloseTo(1, within(EPS));
    assertThat(m.get("min_entropy_bits|secret=consumer")).isCloseTo(0, within(EPS));
    assertThat(m.get("min_entropy_bits|secret=destination")).isCloseTo(0, within(EPS));
    assertThat(m.get("prior_vulnerability|secret=business")).as("no firm shipments").isNaN();
  }

  @Test
  void shipmentsTheObserverDoesNotHoldShareOneObservation() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", VALUE_ONLY);
    Map<String, Double> m = h.run(new LeakageMetric(), h.view("hub-a"), channel(h, 2));
    // prior 6/10 (apparel); posterior (3 + 3 + 2) / 10, the last term the best guess for the unseen pair
    assertThat(m.get("prior_vulnerability|secret=category")).isCloseTo(0.6, within(EPS));
    assertThat(m.get("posterior_vulnerability|secret=category")).isCloseTo(0.8, within(EPS));
    assertThat(m.get("min_entropy_bits|secret=category")).isCloseTo(log2(4.0 / 3), within(EPS));
  }

  @Test
  void aClearNameGivesAwayTheBuyerOfEveryHeldShipment() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", "");
    int aBe = h.route("BE", "HUB-A");
    int bBe = h.route("BE", "HUB-B");
    ShipmentColumns s = MetricHarness.shipments(6);
    MetricHarness.row(s, 0, 0, aBe, 0, 10, 30);
    MetricHarness.row(s, 1, 0, aBe, 0, 10, 30);
    MetricHarness.row(s, 2, 1, aBe, 0, 10, 30);
    MetricHarness.row(s, 3, 2, bBe, 0, 10, 30);
    MetricHarness.row(s, 4, 2, bBe, 0, 10, 30);
    MetricHarness.row(s, 5, 3, h.route("NL", "HUB-B"), 0, 10, 30);
    Map<String, Double> m = h.run(new LeakageMetric(), h.view("hub-a"), s);
    // buyers 0, 0, 1 | 2, 2, 3 unseen: prior 2/6; posterior (2 + 1 + 2) / 6
    assertThat(m.get("prior_vulnerability|secret=consumer")).isCloseTo(2.0 / 6, within(EPS));
    assertThat(m.get("posterior_vulnerability|secret=consumer")).isCloseTo(5.0 / 6, within(EPS));
    assertThat(m.get("min_entropy_bits|secret=consumer")).isCloseTo(log2(2.5), within(EPS));
    // countries BE x5, NL x1: the best guess is Belgium with or without the view
    assertThat(m.get("prior_vulnerability|secret=destination")).isCloseTo(5.0 / 6, within(EPS));
    assertThat(m.get("min_entropy_bits|secret=destination")).isCloseTo(0, within(EPS));
  }
}
