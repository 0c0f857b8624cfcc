package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hubscope.simulation.ShipmentColumns;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkabilityMetricTest {

  private static final double EPS = 1e-9;
  private static final String CONSUMERS = "population=consumers";
  private static final String FIRMS = "population=businesses";

  /**
   * Consumer rows with (postcode, value, delivery 30 h): 0 (c0, A, BE, 10), 1 (c1, A, BE, 10), 2 (c2, A, BE, 20),
   * 3, 4, 5 (c3, c4, c5, A, NL, 10), 6 (c0, A, BE, 10), 7 (c1, hub B), 8 (c2, A, BE, 20). Firm 0 has rows 9 and 10
   * (hub A, value 99), firm 1 none.
   */
  static ShipmentColumns rows(MetricHarness h) {
    int aBe = h.route("BE", "HUB-A");
    int aNl = h.route("NL", "HUB-A");
    int firm = h.consumers();
    int firmRoute = h.route(ReidentificationMetricTest.destination(h, firm), "HUB-A");
    ShipmentColumns s = MetricHarness.shipments(11);
    MetricHarness.row(s, 0, 0, aBe, 0, 10, 30);
    MetricHarness.row(s, 1, 1, aBe, 0, 10, 30);
    MetricHarness.row(s, 2, 2, aBe, 0, 20, 30);
    MetricHarness.row(s, 3, 3, aNl, 0, 10, 30);
    MetricHarness.row(s, 4, 4, aNl, 0, 10, 30);
    MetricHarness.row(s, 5, 5, aNl, 0, 10, 30);
    MetricHarness.row(s, 6, 0, aBe, 0, 10, 30);
    MetricHarness.row(s, 7, 1, h.route("BE", "HUB-B"), 0, 10, 30);
    MetricHarness.row(s, 8, 2, aBe, 0, 20, 30);
    MetricHarness.row(s, 9, firm, firmRoute, 3, 99, 30);
    MetricHarness.row(s, 10, firm, firmRoute, 3, 99, 30);
    return s;
  }

  @Test
  void quasiIdentifierMatchingByHand() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", """
        transforms:
          - {field: name, to: [hub-a], op: omit}
          - {field: tax_id, to: [hub-a], op: omit}
        """);
    Map<String, Double> m = h.run(new LinkabilityMetric(), h.view("hub-a"), rows(h), 5);
    // clusters {0, 1, 6} (c0, c1, c0), {2, 8} (c2, c2), {3, 4, 5}: predicted 3 + 1 + 3 pairs, 2 of them true;
    // true pairs among hub A's records: c0's (0, 6) and c2's (2, 8)
    assertThat(m.get("pair_precision|" + CONSUMERS)).isCloseTo(2.0 / 7, within(EPS));
    assertThat(m.get("pair_recall|" + CONSUMERS)).isCloseTo(1.0, within(EPS));
    // people with 2+ shipments: c0 (cluster shared with c1), c1 (one shipment via hub B), c2 (whole)
    assertThat(m.get("whole_history|" + CONSUMERS)).isCloseTo(1.0 / 3, within(EPS));
    assertThat(m.get("pair_precision|" + FIRMS)).isCloseTo(1.0, within(EPS));
    assertThat(m.get("pair_recall|" + FIRMS)).isCloseTo(1.0, within(EPS));
    assertThat(m.get("whole_history|" + FIRMS)).isCloseTo(1.0, within(EPS));
  }

  @Test
  void aKeyedPseudonymLinksEachPersonsParcelsAndNothingElse() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", """
        transforms:
          - {field: name, to: [hub-a], op: pseudonymise, pseudonym: keyed}
        """);
    Map<String, Double> m = h.run(new LinkabilityMetric(), h.view("hub-a"), rows(h));
    assertThat(m.get("pair_precision|" + CONSUMERS)).isCloseTo(1.0, within(EPS));
    assertThat(m.get("pair_recall|" + CONSUMERS)).isCloseTo(1.0, within(EPS));
    assertThat(m.get("whole_history|" + CONSUMERS)).isCloseTo(2.0 / 3, within(EPS));
  }

  @Test
  void perShipmentPseudonymsLinkNothingSoTheTupleDecides() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", """
        transforms:
          - {field: name, to: [hub-a], op: pseudonymise, pseudonym: perShipment}
          - {field: tax_id, to: [hub-a], op: omit}
          - {field: value, to: [hub-a], op: omit}
        """);
    Map<String, Double> m = h.run(new LinkabilityMetric(), h.view("hub-a"), rows(h));
    // tuple (postcode, time): clusters {0, 1, 2, 6, 8} (c0, c1, c2, c0, c2) and {3, 4, 5}
    assertThat(m.get("pair_precision|" + CONSUMERS)).isCloseTo(2.0 / 13, within(EPS));
    assertThat(m.get("pair_recall|" + CONSUMERS)).isCloseTo(1.0, within(EPS));
    assertThat(m.get("whole_history|" + CONSUMERS)).isCloseTo(0, within(EPS));
  }

  @Test
  void pairsCountsFromClusterSizes() {
    assertThat(LinkabilityMetric.pairs(0)).isZero();
    assertThat(LinkabilityMetric.pairs(1)).isZero();
    assertThat(LinkabilityMetric.pairs(2)).isEqualTo(1);
    assertThat(LinkabilityMetric.pairs(5)).isEqualTo(10);
    assertThat(LinkabilityMetric.pairs(2_000_000)).isEqualTo(1_999_999_000_000L);
  }
}
