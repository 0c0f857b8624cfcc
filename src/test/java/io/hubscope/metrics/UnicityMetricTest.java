package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hubscope.simulation.ShipmentColumns;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnicityMetricTest {

  private static final double EPS = 1e-9;
  private static final String ANALYSIS = """
      analysis:
        unicity: {maxPoints: 3}
      """;

  private static String group(String population, int p) {
    return "population=" + population + ";p=" + p;
  }

  /**
   * Traces (place = the country's single postcode, time = delivery day, all through hub A): consumers 0 and 1 both
   * hold {BE day 1, BE day 2}, so neither is ever unique; consumer 2 holds {BE day 3}, unique with one point;
   * consumers 3, 4, 5 hold {NL 1, NL 5}, {NL 5, NL 6}, {NL 6, NL 1}: every point is shared, every pair is not, so
   * each is unique with two points whatever order their records are drawn in. Firm 0 has one parcel on day 9.
   */
  static ShipmentColumns traces(MetricHarness h) {
    int aBe = h.route("BE", "HUB-A");
    int aNl = h.route("NL", "HUB-A");
    int firm = h.consumers();
    int[][] rows = {
        {0, aBe, 1}, {0, aBe, 2}, {1, aBe, 1}, {1, aBe, 2}, {2, aBe, 3},
        {3, aNl, 1}, {3, aNl, 5}, {4, aNl, 5}, {4, aNl, 6}, {5, aNl, 6}, {5, aNl, 1},
        {firm, h.route(ReidentificationMetricTest.destination(h, firm), "HUB-A"), 9}};
    ShipmentColumns s = MetricHarness.shipments(rows.length);
    for (int i = 0; i < rows.length; i++) {
      MetricHarness.row(s, i, rows[i][0], rows[i][1], 0, 10 + i, 24 * rows[i][2] + 6);
    }
    return s;
  }

  @Test
  void uniquenessCurveOfHandBuiltTraces() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", ANALYSIS);
    Map<String, Double> m = h.run(new UnicityMetric(), h.view("hub-a"), traces(h), 4, 7);
    String c1 = group("consumers", 1);
    String c2 = group("consumers", 2);
    String c3 = group("consumers", 3);
    assertThat(m.get("share_unique|" + c1)).isCloseTo(1.0 / 6, within(EPS));
    assertThat(m.get("se|" + c1)).isCloseTo(Math.sqrt(1.0 / 6 * 5 / 6 / 6), within(EPS));
    assertThat(m.get("sample_size|" + c1)).isEqualTo(6.0);
    assertThat(m.get("share_unique|" + c2)).isCloseTo(3.0 / 5, within(EPS));
    assertThat(m.get("se|" + c2)).isCloseTo(Math.sqrt(0.6 * 0.4 / 5), within(EPS));
    assertThat(m.get("sample_size|" + c2)).isEqualTo(5.0);
    assertThat(m.get("share_unique|" + c3)).isNaN();
    assertThat(m.get("sample_size|" + c3)).isEqualTo(0.0);
    assertThat(m.get("share_unique_all|" + c1)).isCloseTo(1.0 / 6, within(EPS));
    assertThat(m.get("share_unique_all|" + c2)).isCloseTo(4.0 / 6, within(EPS));
    assertThat(m.get("share_unique_all|" + c3)).isCloseTo(4.0 / 6, within(EPS));
    assertThat(m.get("with_p_points|" + c1)).isCloseTo(1.0, within(EPS));
    assertThat(m.get("with_p_points|" + c2)).isCloseTo(5.0 / 6, within(EPS));
    assertThat(m.get("with_p_points|" + c3)).isCloseTo(0, within(EPS));
    assertThat(m.get("share_unique|" + group("businesses", 1))).isCloseTo(1.0, within(EPS));
    assertThat(m.get("share_unique|" + group("businesses", 2))).isNaN();
    assertThat(m.get("share_unique_all|" + group("businesses", 3))).isCloseTo(1.0, within(EPS));
  }

  @Test
  void withoutATimeThePointIsThePlaceAndNobodyIsUnique() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", ANALYSIS + """
        transforms:
          - {field: delivery_time, to: [hub-a], op: omit}
        """);
    Map<String, Double> m = h.run(new UnicityMetric(), h.view("hub-a"), traces(h));
    assertThat(m.get("share_unique|" + group("consumers", 1))).isCloseTo(0, within(EPS));
    assertThat(m.get("share_unique|" + group("consumers", 2))).isCloseTo(0, within(EPS));
    assertThat(m.get("share_unique|" + group("businesses", 1))).isCloseTo(0, within(EPS));
  }

  @Test
  void coarserTimeBucketsMergePoints() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", """
        analysis:
          unicity: {maxPoints: 3, timeHours: 96}
        """);
    // 4-day buckets: BE days 1-3 fall in one bucket; NL traces become {0, 1}, {1}, {1, 0}
    Map<String, Double> m = h.run(new UnicityMetric(), h.view("hub-a"), traces(h));
    assertThat(m.get("share_unique|" + group("consumers", 1))).isCloseTo(0, within(EPS));
    assertThat(m.get("share_unique|" + group("consumers", 2))).isCloseTo(0, within(EPS));
    assertThat(m.get("share_unique|" + group("businesses", 1))).isCloseTo(1.0, within(EPS));
  }

  @Test
  void aGeneralisedTimeIsBucketedAtTheCoarserOfItsRoundingAndTheAnalysisResolution() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", ANALYSIS + """
        transforms:
          - {field: delivery_time, to: [hub-a], op: generalise, roundHours: 48}
        """);
    // 2-day buckets: consumer 2's {1} lies inside consumer 0's {0, 1}; the Dutch triangle survives
    Map<String, Double> m = h.run(new UnicityMetric(), h.view("hub-a"), traces(h));
    assertThat(m.get("share_unique|" + group("consumers", 1))).isCloseTo(0, within(EPS));
    assertThat(m.get("share_unique|" + group("consumers", 2))).isCloseTo(3.0 / 5, within(EPS));
  }

  @Test
  void aPseudonymisedPostcodeIsNoPlaceButTheDayStillCounts() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", ANALYSIS + """
        transforms:
          - {field: postcode, to: [hub-a], op: pseudonymise, pseudonym: keyed}
        """);
    // without places: {1, 2}, {1, 2}, {3}, {1, 5}, {5, 6}, {6, 1}; consumer 2 is still alone on day 3
    Map<String, Double> m = h.run(new UnicityMetric(), h.view("hub-a"), traces(h));
    assertThat(m.get("share_unique|" + group("consumers", 1))).isCloseTo(1.0 / 6, within(EPS));
    assertThat(m.get("share_unique|" + group("consumers", 2))).isCloseTo(3.0 / 5, within(EPS));
  }
}
