package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hubscope.simulation.ShipmentColumns;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReidentificationMetricTest {

  private static final double EPS = 1e-9;
  private static final String CONSUMERS = "population=consumers";
  private static final String FIRMS = "population=businesses";
  private static final String HUB_A_BLIND = """
      transforms:
        - {field: name, to: [hub-a], op: omit}
        - {field: tax_id, to: [hub-a], op: omit}
      """;

  /**
   * Ten shipments; hub A touches the eight on its routes. Its quasi-identifiers are (postcode, value, delivery
   * time); consumers 0-2 share the Belgian postcode, 3-5 the Dutch one. Consumer records and their classes:
   * rows 0, 1 (BE, 10, 30 h) k = 2; row 2 (BE, 20) k = 1; rows 3, 4, 5 (NL, 10, 30 h) k = 3; row 6 (BE, 10, 54 h)
   * k = 1. Row 7 goes through hub B. Firm 0 has row 8 (value 99, hub A) and firm 1 row 9 (hub B).
   */
  static ShipmentColumns tenRows(MetricHarness h) {
    int aBe = h.route("BE", "HUB-A");
    int aNl = h.route("NL", "HUB-A");
    int bBe = h.route("BE", "HUB-B");
    int firm0 = h.consumers();
    int firm1 = h.consumers() + 1;
    ShipmentColumns s = MetricHarness.shipments(10);
    MetricHarness.row(s, 0, 0, aBe, 0, 10, 30);
    MetricHarness.row(s, 1, 1, aBe, 0, 10, 30);
    MetricHarness.row(s, 2, 2, aBe, 0, 20, 30);
    MetricHarness.row(s, 3, 3, aNl, 0, 10, 30);
    MetricHarness.row(s, 4, 4, aNl, 0, 10, 30);
    MetricHarness.row(s, 5, 5, aNl, 0, 10, 30);
    MetricHarness.row(s, 6, 0, aBe, 0, 10, 54);
    MetricHarness.row(s, 7, 1, bBe, 0, 10, 30);
    MetricHarness.row(s, 8, firm0, h.route(destination(h, firm0), "HUB-A"), 3, 99, 30);
    MetricHarness.row(s, 9, firm1, h.route(destination(h, firm1), "HUB-B"), 3, 99, 30);
    return s;
  }

  static String destination(MetricHarness h, int recipient) {
    int d = recipient < h.consumers() ? h.world.consumers().destination(recipient)
        : h.world.businesses().destination(recipient - h.consumers());
    return h.model.index().destinationAt(d).id();
  }

  @Test
  void harnessPlacesConsumersZeroToTwoInBelgiumAndThreeToFiveInTheNetherlands() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", "");
    assertThat(h.consumers()).isEqualTo(6);
    for (int c = 0; c < 6; c++) {
      assertThat(destination(h, c)).isEqualTo(c < 3 ? "BE" : "NL");
    }
  }

  @Test
  void classSizesAndRisksMatchTheHandCount() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", HUB_A_BLIND);
    Map<String, Double> m = h.run(new ReidentificationMetric(), h.view("hub-a"), tenRows(h));
    assertThat(m.get("records|" + CONSUMERS)).isEqualTo(7.0);
    assertThat(m.get("k1_share|" + CONSUMERS)).isCloseTo(2.0 / 7, within(EPS));
    assertThat(m.get("k_lt5_share|" + CONSUMERS)).isCloseTo(1.0, within(EPS));
    assertThat(m.get("k_lt10_share|" + CONSUMERS)).isCloseTo(1.0, within(EPS));
    assertThat(m.get("prosecutor_max|" + CONSUMERS)).isCloseTo(1.0, within(EPS));
    // (1/2 + 1/2 + 1 + 3 * 1/3 + 1) / 7
    assertThat(m.get("prosecutor_avg|" + CONSUMERS)).isCloseTo(4.0 / 7, within(EPS));
    assertThat(m.get("marketer|" + CONSUMERS)).isCloseTo(4.0 / 7, within(EPS));
    assertThat(m.get("class_size|" + CONSUMERS + ";k=1")).isCloseTo(2.0 / 7, within(EPS));
    assertThat(m.get("class_size|" + CONSUMERS + ";k=2-4")).isCloseTo(5.0 / 7, within(EPS));
    assertThat(m.get("class_size|" + CONSUMERS + ";k=5-9")).isCloseTo(0, within(EPS));
    assertThat(m.get("class_size|" + CONSUMERS + ";k=20+")).isCloseTo(0, within(EPS));
    assertThat(m.get("direct_rate|" + CONSUMERS)).isCloseTo(0, within(EPS));
    assertThat(m.get("direct_people|" + CONSUMERS)).isCloseTo(0, within(EPS));
    assertThat(m.get("records|" + FIRMS)).isEqualTo(1.0);
    assertThat(m.get("k1_share|" + FIRMS)).isCloseTo(1.0, within(EPS));
    assertThat(m.get("marketer|" + FIRMS)).isCloseTo(1.0, within(EPS));
  }

  @Test
  void theLargestClassSetsTheHighestRiskWhenNoRecordIsUnique() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", HUB_A_BLIND);
    ShipmentColumns s = tenRows(h);
    s.value[2] = 10; // row 2 joins rows 0 and 1
    s.tDelivery[6] = 30; // and so does row 6: classes of 4 (BE) and 3 (NL)
    Map<String, Double> m = h.run(new ReidentificationMetric(), h.view("hub-a"), s);
    assertThat(m.get("k1_share|" + CONSUMERS)).isCloseTo(0, within(EPS));
    assertThat(m.get("prosecutor_max|" + CONSUMERS)).isCloseTo(1.0 / 3, within(EPS));
    assertThat(m.get("prosecutor_avg|" + CONSUMERS)).isCloseTo(2.0 / 7, within(EPS));
    assertThat(m.get("class_size|" + CONSUMERS + ";k=2-4")).isCloseTo(1.0, within(EPS));
  }

  @Test
  void aClearNameIdentifiesConsumersAndFirmsAndATaxIdOnlyFirms() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", "");
    Map<String, Double> m = h.run(new ReidentificationMetric(), h.view("hub-a"), tenRows(h));
    // consumers: 7 of their 8 shipments go through hub A; every consumer has one there
    assertThat(m.get("direct_rate|" + CONSUMERS)).isCloseTo(7.0 / 8, within(EPS));
    assertThat(m.get("direct_people|" + CONSUMERS)).isCloseTo(1.0, within(EPS));
    assertThat(m.get("direct_rate|" + FIRMS)).isCloseTo(1.0 / 2, within(EPS));
    assertThat(m.get("direct_people|" + FIRMS)).isCloseTo(1.0 / 2, within(EPS));

    MetricHarness taxOnly = MetricHarness.load("people-harness.yaml", """
        transforms:
          - {field: name, to: [hub-a], op: omit}
        """);
    Map<String, Double> t = taxOnly.run(new ReidentificationMetric(), taxOnly.view("hub-a"), tenRows(taxOnly));
    assertThat(t.get("direct_rate|" + CONSUMERS)).isCloseTo(0, within(EPS));
    assertThat(t.get("direct_rate|" + FIRMS)).isCloseTo(1.0 / 2, within(EPS));
  }

  @Test
  void streetAndPostcodeInClearAreAnAddressWhateverTheirRoles() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", """
        transforms:
          - {field: name, to: [post-be], op: omit}
        """);
    Map<String, Double> m = h.run(new ReidentificationMetric(), h.view("post-be"), tenRows(h));
    // post-be handles the Belgian rows 0, 1, 2, 6, 7 of the 8 consumer rows, with street and postcode in clear
    assertThat(m.get("direct_rate|" + CONSUMERS)).isCloseTo(5.0 / 8, within(EPS));
    assertThat(m.get("direct_people|" + CONSUMERS)).isCloseTo(3.0 / 6, within(EPS));

    MetricHarness coarse = MetricHarness.load("people-harness.yaml", """
        transforms:
          - {field: name, to: [post-be], op: omit}
          - {field: postcode, to: [post-be], op: generalise, digits: 2}
        """);
    Map<String, Double> c = coarse.run(new ReidentificationMetric(), coarse.view("post-be"), tenRows(coarse));
    assertThat(c.get("direct_rate|" + CONSUMERS)).isCloseTo(0, within(EPS));
  }

  @Test
  void aPerShipmentPseudonymOfAQuasiIdentifierIsNotHeld() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", HUB_A_BLIND + """
          - {field: value, to: [hub-a], op: pseudonymise, pseudonym: perShipment}
        """);
    Map<String, Double> m = h.run(new ReidentificationMetric(), h.view("hub-a"), tenRows(h));
    // without the value: (BE, 30 h) rows 0, 1, 2; (NL, 30 h) rows 3-5; (BE, 54 h) row 6
    assertThat(m.get("k1_share|" + CONSUMERS)).isCloseTo(1.0 / 7, within(EPS));
    assertThat(m.get("marketer|" + CONSUMERS)).isCloseTo(3.0 / 7, within(EPS));
  }

  @Test
  void shardCutsDoNotChangeAnything() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", HUB_A_BLIND);
    ShipmentColumns s = tenRows(h);
    Map<String, Double> whole = h.run(new ReidentificationMetric(), h.view("hub-a"), s);
    assertThat(h.run(new ReidentificationMetric(), h.view("hub-a"), s, 3, 4, 9)).isEqualTo(whole);
    assertThat(h.run(new ReidentificationMetric(), h.view("hub-a"), s, 1)).isEqualTo(whole);
  }

  @Test
  void anObserverWithoutRecordsGetsUndefinedRisks() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", "");
    ShipmentColumns s = tenRows(h);
    Map<String, Double> m = h.run(new ReidentificationMetric(), h.view("hub-b"), s, 5);
    assertThat(m.get("records|" + FIRMS)).isEqualTo(1.0);
    assertThat(m.get("records|" + CONSUMERS)).isEqualTo(1.0);
    Map<String, Double> none = h.run(new ReidentificationMetric(), h.pool("airline"), s);
    assertThat(none.get("records|" + CONSUMERS)).isEqualTo(0.0);
    assertThat(none.get("k1_share|" + CONSUMERS)).isNaN();
    assertThat(none.get("prosecutor_max|" + CONSUMERS)).isNaN();
    assertThat(none.get("direct_rate|" + CONSUMERS)).isEqualTo(0.0);
  }

  @Test
  void classSizeBands() {
    assertThat(ReidentificationMetric.band(1)).isZero();
    assertThat(ReidentificationMetric.band(2)).isEqualTo(1);
    assertThat(ReidentificationMetric.band(4)).isEqualTo(1);
    assertThat(ReidentificationMetric.band(5)).isEqualTo(2);
    assertThat(ReidentificationMetric.band(19)).isEqualTo(3);
    assertThat(ReidentificationMetric.band(20)).isEqualTo(4);
    assertThat(ReidentificationMetric.band(1_000_000)).isEqualTo(4);
  }
}
