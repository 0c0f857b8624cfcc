package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hubscope.simulation.ShipmentColumns;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeakageMetricTest {

  private static final double EPS = 1e-9;

  /** Hub A keeps only the postcode (and the value, weight and times, and the tracking number, left out of Y). */
  private static final String POSTCODE_ONLY = """
      transforms:
        - {field: name, to: [hub-a], op: omit}
        - {field: tax_id, to: [hub-a], op: omit}
        - {field: category, to: [hub-a], op: omit}
        - {field: hs_code, to: [hub-a], op: omit}
      """;

  /** Hub A keeps only numbers and times (the value, weight and delivery time), which are left out of Y. */
  private static final String NUMBERS_ONLY = """
      transforms:
        - {field: name, to: [hub-a], op: omit}
        - {field: tax_id, to: [hub-a], op: omit}
        - {field: postcode, to: [hub-a], op: omit}
        - {field: category, to: [hub-a], op: omit}
        - {field: hs_code, to: [hub-a], op: omit}
      """;

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  /**
   * A binary symmetric channel from the category (apparel 0, medicaments 1, equally likely) to the postcode (one per
   * country) with crossover 1/4: consumer 0 in Belgium buys apparel 3 times and medicaments once, consumer 3 in the
   * Netherlands the reverse, all through hub A; plus {@code untouched} apparel parcels of consumer 0 through hub B.
   * Every parcel has its own value, so the value, were it part of the observation, would tell each one apart.
   */
  static ShipmentColumns channel(MetricHarness h, int untouched) {
    int[][] cells = {{0, 0}, {0, 0}, {0, 0}, {0, 1}, {3, 0}, {3, 1}, {3, 1}, {3, 1}};
    ShipmentColumns s = MetricHarness.shipments(cells.length + untouched);
    for (int i = 0; i < cells.length; i++) {
      String country = cells[i][0] == 0 ? "BE" : "NL";
      MetricHarness.row(s, i, cells[i][0], h.route(country, "HUB-A"), cells[i][1], 10 + i, 30);
    }
    for (int i = cells.length; i < s.size; i++) {
      MetricHarness.row(s, i, 0, h.route("BE", "HUB-B"), 0, 10 + i, 30);
    }
    return s;
  }

  @Test
  void binarySymmetricChannelLeaksLog2OfOneAndAHalfBits() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", POSTCODE_ONLY);
    Map<String, Double> m = h.run(new LeakageMetric(), h.view("hub-a"), channel(h, 0), 3);
    assertThat(m.get("prior_vulnerability|secret=category")).isCloseTo(0.5, within(EPS));
    assertThat(m.get("posterior_vulnerability|secret=category")).isCloseTo(0.75, within(EPS));
    assertThat(m.get("min_entropy_bits|secret=category")).isCloseTo(log2(1.5), within(EPS));
    // two buyers, one per country, equally often: the postcode gives away both (1 bit each)
    assertThat(m.get("prior_vulnerability|secret=consumer")).isCloseTo(0.5, within(EPS));
    assertThat(m.get("posterior_vulnerability|secret=consumer")).isCloseTo(1, within(EPS));
    assertThat(m.get("min_entropy_bits|secret=consumer")).isCloseTo(1, within(EPS));
    assertThat(m.get("min_entropy_bits|secret=destination")).isCloseTo(1, within(EPS));
    assertThat(m.get("prior_vulnerability|secret=business")).as("no firm shipments").isNaN();
  }

  @Test
  void shipmentsTheObserverDoesNotHoldShareOneObservation() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", POSTCODE_ONLY);
    Map<String, Double> m = h.run(new LeakageMetric(), h.view("hub-a"), channel(h, 2));
    // prior 6/10 (apparel); posterior (3 + 3 + 2) / 10, the last term the best guess for the unseen pair
    assertThat(m.get("prior_vulnerability|secret=category")).isCloseTo(0.6, within(EPS));
    assertThat(m.get("posterior_vulnerability|secret=category")).isCloseTo(0.8, within(EPS));
    assertThat(m.get("min_entropy_bits|secret=category")).isCloseTo(log2(4.0 / 3), within(EPS));
  }

  @Test
  void numbersAndTimesAreLeftOutSoUniqueValuesDoNotPoseAsKnowledge() {
    // each parcel's value is its own, so with the values in the observation every posterior would be 1
    MetricHarness h = MetricHarness.load("people-harness.yaml", NUMBERS_ONLY);
    Map<String, Double> m = h.run(new LeakageMetric(), h.view("hub-a"), channel(h, 0));
    assertThat(m.get("posterior_vulnerability|secret=category")).isCloseTo(0.5, within(EPS));
    assertThat(m.get("min_entropy_bits|secret=category")).isCloseTo(0, within(EPS));
    assertThat(m.get("min_entropy_bits|secret=consumer")).isCloseTo(0, within(EPS));
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
