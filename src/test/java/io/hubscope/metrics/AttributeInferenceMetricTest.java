package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hubscope.scenario.CategoryTag;
import io.hubscope.simulation.ShipmentColumns;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributeInferenceMetricTest {

  private static final double EPS = 1e-9;
  private static final String HEALTH = "population=consumers;tag=health";
  private static final String BLIND = """
      transforms:
        - {field: name, to: [hub-a], op: omit}
        - {field: tax_id, to: [hub-a], op: omit}
      """;
  private static final int APPAREL = 0;
  private static final int PHARMA = 1;
  private static final int FIRST_AID = 2;

  /**
   * Consumer rows (category, route, value, delivery 30 h): 0 c0 pharma A BE 10; 1 c1 apparel A BE 10; 2 c2 pharma
   * A BE 20; 3 c3 pharma hub B NL; 4 c4 first aid A NL 10; 5 c5 apparel A NL 10. Health buyers: c0, c2, c3; market
   * health share 2/3 in BE, 1/3 in NL.
   */
  static ShipmentColumns rows(MetricHarness h) {
    ShipmentColumns s = MetricHarness.shipments(6);
    MetricHarness.row(s, 0, 0, h.route("BE", "HUB-A"), PHARMA, 10, 30);
    MetricHarness.row(s, 1, 1, h.route("BE", "HUB-A"), APPAREL, 10, 30);
    MetricHarness.row(s, 2, 2, h.route("BE", "HUB-A"), PHARMA, 20, 30);
    MetricHarness.row(s, 3, 3, h.route("NL", "HUB-B"), PHARMA, 10, 30);
    MetricHarness.row(s, 4, 4, h.route("NL", "HUB-A"), FIRST_AID, 10, 30);
    MetricHarness.row(s, 5, 5, h.route("NL", "HUB-A"), APPAREL, 10, 30);
    return s;
  }

  @Test
  void onlySinglingOutRevealsWhenNothingIdentifiesDirectly() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", BLIND);
    Map<String, Double> m = h.run(new AttributeInferenceMetric(), h.view("hub-a"), rows(h), 2);
    // row 0 is in a class of 2 with row 1; row 2 is unique; row 3 is not held
    assertThat(m.get("special_revealed|" + HEALTH)).isCloseTo(1.0 / 6, within(EPS));
    assertThat(m.get("special_buyers|" + HEALTH)).isCloseTo(3.0 / 6, within(EPS));
    // estimates: BE 2/3 (right), NL 0/2 (truth 1/3)
    assertThat(m.get("regional_mae|" + HEALTH)).isCloseTo(1.0 / 6, within(EPS));
    assertThat(m.get("regional_truth_mean|" + HEALTH)).isCloseTo(0.5, within(EPS));
    assertThat(m.get("special_buyers|population=businesses;tag=health")).as("no firm has a shipment").isNaN();
    assertThat(m).doesNotContainKey("special_revealed|population=consumers;tag=critical");
  }

  @Test
  void aClearNameRevealsEveryHeldHealthPurchase() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", "");
    Map<String, Double> m = h.run(new AttributeInferenceMetric(), h.view("hub-a"), rows(h));
    assertThat(m.get("special_revealed|" + HEALTH)).isCloseTo(2.0 / 6, within(EPS));
  }

  @Test
  void anHsCodeTellsHealthOnlyIfEveryCategoryWithTheSameDigitsIsAHealthCategory() {
    MetricHarness four = MetricHarness.load("people-harness.yaml", BLIND + """
          - {field: category, to: [hub-a], op: omit}
          - {field: hs_code, to: [hub-a], op: generalise, digits: 4}
        """);
    // heading 3004 holds only medicaments
    Map<String, Double> heading = four.run(new AttributeInferenceMetric(), four.view("hub-a"), rows(four));
    assertThat(heading.get("special_revealed|" + HEALTH)).isCloseTo(1.0 / 6, within(EPS));
    MetricHarness two = MetricHarness.load("people-harness.yaml", BLIND + """
          - {field: category, to: [hub-a], op: omit}
          - {field: hs_code, to: [hub-a], op: generalise, digits: 2}
        """);
    // chapter 30 holds medicaments (health) and first-aid kits (untagged): no tag can be told, so every zone is
    // estimated at 0
    Map<String, Double> m = two.run(new AttributeInferenceMetric(), two.view("hub-a"), rows(two));
    assertThat(m.get("special_revealed|" + HEALTH)).isCloseTo(0, within(EPS));
    assertThat(m.get("regional_mae|" + HEALTH)).isCloseTo(0.5, within(EPS));
  }

  @Test
  void withoutThePostcodeTheObserverFallsBackOnItsOverallShare() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", BLIND + """
          - {field: postcode, to: [hub-a], op: omit}
        """);
    Map<String, Double> m = h.run(new AttributeInferenceMetric(), h.view("hub-a"), rows(h));
    // overall: 2 health of 5 held records = 0.4 for both zones: |0.4 - 2/3| + |0.4 - 1/3|, halved
    assertThat(m.get("regional_mae|" + HEALTH)).isCloseTo((2.0 / 3 - 0.4 + 0.4 - 1.0 / 3) / 2, within(EPS));
  }

  @Test
  void specialTagsAreTheArticleNineTagsOfTheCatalogue() {
    MetricHarness h = MetricHarness.load("people-harness.yaml", "");
    assertThat(AttributeInferenceMetric.specialTags(h.model.scenario().catalogue()))
        .isEqualTo(List.of(CategoryTag.HEALTH));
  }
}
