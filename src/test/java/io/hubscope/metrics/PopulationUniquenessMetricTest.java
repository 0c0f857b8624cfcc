package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hubscope.simulation.ShipmentColumns;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PopulationUniquenessMetricTest {

  private static final double EPS = 1e-9;
  private static final String CONSUMERS = "population=consumers";
  private static final String FIRMS = "population=businesses";
  private static final String HUB_A_BLIND = """
      transforms:
        - {field: name, to: [hub-a], op: omit}
        - {field: tax_id, to: [hub-a], op: omit}
      """;

  /**
   * Consumer rows, quasi-identifiers (postcode, value, delivery 30 h): 0 (c0, hub A, BE, 10), 1 (c1, A, BE, 10),
   * 2 (c2, A, BE, 20), 3 (c0 again, B, BE, 20), 4 (c4, A, NL, 10), 5 (c5, B, NL, 30). Hub A's sample is rows
   * 0, 1, 2, 4. Firm rows: 6 (firm 0, A, value 99), 7 (firm 1, B, value 98).
   */
  static ShipmentColumns rows(MetricHarness h) {
    int firm0 = h.consumers();
    int firm1 = h.consumers() + 1;
    ShipmentColumns s = MetricHarness.shipments(8);
    MetricHarness.row(s, 0, 0, h.route("BE", "HUB-A"), 0, 10, 30);
    MetricHarness.row(s, 1, 1, h.route("BE", "HUB-A"), 0, 10, 30);
    MetricHarness.row(s, 2, 2, h.route("BE", "HUB-A"), 0, 20, 30);
    MetricHarness.row(s, 3, 0, h.route("BE", "HUB-B"), 0, 20, 30);
    MetricHarness.row(s, 4, 4, h.route("NL", "HUB-A"), 0, 10, 30);
    MetricHarness.row(s, 5, 5, h.route("NL", "HUB-B"), 0, 30, 30);
    MetricHarness.row(s, 6, firm0, h.route(ReidentificationMetricTest.destination(h, firm0), "HUB-A"), 3, 99, 30);
    MetricHarness.row(s, 7, firm1, h.route(ReidentificationMetricTest.destination(h, firm1), "HUB-B"), 3, 98, 30);
    return s;
  }

  @Test
  void sampleAndPopulationUniquenessOfOneDefinition() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", HUB_A_BLIND);
    Map<String, Double> m = h.run(new PopulationUniquenessMetric(), h.view("hub-a"), rows(h), 3);
    // sample classes (BE,10) {0,1}, (BE,20) {2}, (NL,10) {4}; market classes (BE,10) {0,1}, (BE,20) {2,3},
    // (NL,10) {4}, (NL,30) {5}
    assertThat(m.get("sampling_fraction|" + CONSUMERS)).isCloseTo(4.0 / 6, within(EPS));
    assertThat(m.get("sample_uniques|" + CONSUMERS)).isCloseTo(2.0 / 4, within(EPS));
    assertThat(m.get("population_truth|" + CONSUMERS)).isCloseTo(1.0 / 4, within(EPS));
    // Zayatz, N = 6, n = 4, f1 = 2, f2 = 1: P(F=1|f=1) = (2/3 * 2/3) / (2/3 * 2/3 + 1/3 * 8/15) = 5/7
    assertThat(m.get("population_estimate|" + CONSUMERS)).isCloseTo(2 * 5.0 / 7 / 4, within(EPS));
    assertThat(m.get("sampling_fraction|" + FIRMS)).isCloseTo(1.0 / 2, within(EPS));
    assertThat(m.get("sample_uniques|" + FIRMS)).isCloseTo(1.0, within(EPS));
    assertThat(m.get("population_truth|" + FIRMS)).isCloseTo(1.0, within(EPS));
    assertThat(m.get("population_estimate|" + FIRMS)).isCloseTo(1.0, within(EPS));
  }

  @Test
  void anObserverHoldingDifferentQuasiIdentifiersOnDifferentRoutesHasOneDataSetPerDefinition() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", HUB_A_BLIND);
    // hub A + Belgian post: (postcode, value, time) on hub A's routes; (postcode, time) on hub B's Belgian route
    Map<String, Double> m = h.run(new PopulationUniquenessMetric(), h.pool("hub-a", "post-be"), rows(h));
    assertThat(m.get("sampling_fraction|" + CONSUMERS)).isCloseTo(5.0 / 6, within(EPS));
    // definition 1 as above (2 sample uniques, 1 population unique); definition 2 holds row 3 alone, which
    // shares (BE, 30 h) with rows 0, 1, 2 in the market
    assertThat(m.get("sample_uniques|" + CONSUMERS)).isCloseTo(3.0 / 5, within(EPS));
    assertThat(m.get("population_truth|" + CONSUMERS)).isCloseTo(1.0 / 5, within(EPS));
    // definition 2: one record out of six, a sample unique: Zayatz gives 1 (it overestimates at small samples)
    assertThat(m.get("population_estimate|" + CONSUMERS)).isCloseTo((10.0 / 7 + 1) / 5, within(EPS));
  }

  @Test
  void zayatzByHand() {
    assertThat(ZayatzEstimator.populationUniques(Map.of(1, 2L, 2, 1L), 4, 6)).isCloseTo(10.0 / 7, within(EPS));
    // N = 10, n = 5, classes 1, 1, 3: h1 = 1/2, h3 = 3 * C(7,4) / C(10,5) = 105/252 = 5/12
    double p = (2.0 / 3 * 0.5) / (2.0 / 3 * 0.5 + 1.0 / 3 * 5 / 12);
    assertThat(ZayatzEstimator.populationUniques(Map.of(1, 2L, 3, 1L), 5, 10)).isCloseTo(2 * p, within(EPS));
  }

  @Test
  void zayatzIsExactForACompleteSampleAndZeroWithoutSampleUniques() {
    assertThat(ZayatzEstimator.populationUniques(Map.of(1, 7L, 2, 3L, 5, 1L), 18, 18)).isCloseTo(7, within(EPS));
    assertThat(ZayatzEstimator.populationUniques(Map.of(2, 3L), 6, 100)).isZero();
    assertThat(ZayatzEstimator.populationUniques(Map.of(), 0, 100)).isNaN();
    assertThatThrownBy(() -> ZayatzEstimator.populationUniques(Map.of(1, 1L), 5, 4))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("sample of 5 from a population of 4");
  }
}
