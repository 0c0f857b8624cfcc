package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hubscope.simulation.ShipmentColumns;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Economic estimates on the ten hand-written shipments of {@link MarketFixture} (market value EUR 400). True cells
 * (volume, value): (X,c0) 2, 30; (X,c1) 3, 125; (X,c2) 1, 25; (Y,c1) 2, 100; (Y,c2) 2, 120; (Y,c0) empty. Value
 * weights of the cells: 0.075, 0.3125, 0.0625, 0.25, 0.3.
 */
class EconomicMetricTest {

  static final double EPS = 1e-9;
  final MarketFixture m = new MarketFixture();
  final ShipmentColumns s = m.tenShipments();

  Map<String, Double> run(String... pool) {
    return m.measure(new EconomicMetric(), m.view(pool), s);
  }

  @Test
  void hubOneScalesItsFourShipmentsByTenOverFour() {
    // hub1 touches r0 and r2 (rows 0, 2, 4, 8), sees country, full HS code and value in clear; scale 10 / 4.
    // Estimated volumes: (X,c0) 2.5, (X,c1) 5, (Y,c1) 2.5; values: (X,c0) 25, (X,c1) 162.5, (Y,c1) 75.
    Map<String, Double> e = run("hubco1");
    double volume = 0.075 * 0.5 / 2 + 0.3125 * 2 / 3 + 0.0625 + 0.25 * 0.5 / 2 + 0.3;
    assertThat(e.get("weighted_error|measure=volume")).isCloseTo(volume, within(EPS));
    double value = 0.075 * 5 / 30 + 0.3125 * 37.5 / 125 + 0.0625 + 0.25 * 25 / 100 + 0.3;
    assertThat(e.get("weighted_error|measure=value")).isCloseTo(value, within(EPS));
    // Shares of the country's value: estimated X 25/187.5 and 162.5/187.5, Y 1 for c1; true X 30/180, 125/180,
    // 25/180; Y 100/220, 120/220.
    double share = 0.075 * Math.abs(25 / 187.5 - 30 / 180.0) / (30 / 180.0)
        + 0.3125 * Math.abs(162.5 / 187.5 - 125 / 180.0) / (125 / 180.0) + 0.0625
        + 0.25 * Math.abs(1 - 100 / 220.0) / (100 / 220.0) + 0.3;
    assertThat(e.get("weighted_error|measure=share")).isCloseTo(share, within(EPS));
    assertThat(share).isCloseTo(0.755, within(EPS));
    // Cells (X,c0..c2, Y,c0..c2): estimated ranks 4.5 6 2 2 4.5 2, true ranks 4 6 2 1 4 4 (both mean 3.5):
    // covariance sum 12.5, squared deviations 15 and 15.5.
    assertThat(e.get("spearman|measure=volume")).isCloseTo(12.5 / Math.sqrt(15 * 15.5), within(EPS));
    // topK = 2. Merchants, true m0 4, m1 3, m2 3: m0 in, m1 and m2 tie for the last place (1/2 each); hub1 names
    // only m0. Categories: true top c1 (5), c2 (3); estimated c1 7.5, c0 2.5.
    assertThat(e.get("topk_overlap|list=merchants")).isCloseTo(0.5, within(EPS));
    assertThat(e.get("topk_overlap|list=categories")).isCloseTo(0.5, within(EPS));
    // Only (X,c1) has volume in both halves: true 1 then 2 (g = 2), estimated 2.5 then 2.5 (g = 1).
    assertThat(e.get("trend_error")).isCloseTo(0.5, within(EPS));
    // Category values: estimated c0 25, c1 237.5, c2 0; true 30, 225, 145.
    assertThat(e.get("category_error|category=gadgets")).isCloseTo(5 / 30.0, within(EPS));
    assertThat(e.get("category_error|category=chips")).isCloseTo(12.5 / 225, within(EPS));
    assertThat(e.get("category_error|category=memory")).isCloseTo(1, within(EPS));
    assertThat(e.get("resolved_share|measure=volume")).isCloseTo(0.4, within(EPS));
    assertThat(e.get("resolved_share|measure=value")).isCloseTo(105 / 400.0, within(EPS));
  }

  @Test
  void hubTwoSplitsTheSharedHeadingAndReadsBinMidpoints() {
    // hub2 touches rows 1, 3, 5, 6, 7, 9 (scale 10/6); hs at 4 digits tells c0 (8517) but not c1 from c2 (8542);
    // values in bins of 10 read as midpoints 25, 45, 65, 75, 85, 25.
    // Estimated values: (X,c0) 25 * 10/6; (X,c1) = (X,c2) = (65 + 25) / 2 * 10/6 = 75;
    // (Y,c1) = (Y,c2) = (45 + 75 + 85) / 2 * 10/6.
    Map<String, Double> e = run("hubco2");
    double y = 102.5 * 10 / 6;
    double value = 0.075 * Math.abs(25 * 10 / 6.0 - 30) / 30 + 0.3125 * 50 / 125 + 0.0625 * 50 / 25
        + 0.25 * Math.abs(y - 100) / 100 + 0.3 * Math.abs(y - 120) / 120;
    assertThat(e.get("weighted_error|measure=value")).isCloseTo(value, within(EPS));
    // Sender only as a keyed pseudonym: no merchant can be named.
    assertThat(e.get("topk_overlap|list=merchants")).isCloseTo(0, within(EPS));
    // (X,c1): nothing estimated in the first half (rows 5 and 9 are in the second): error 1.
    assertThat(e.get("trend_error")).isCloseTo(1, within(EPS));
    // Only row 1 (c0, alone under 8517) falls in a single cell; its binned value counts.
    assertThat(e.get("resolved_share|measure=volume")).isCloseTo(0.1, within(EPS));
    assertThat(e.get("resolved_share|measure=value")).isCloseTo(20 / 400.0, within(EPS));
  }

  @Test
  void anObserverWithoutCategoryOrValueSpreadsEvenlyAndScoresChance() {
    // postX touches the X rows 0, 1, 4, 5, 8, 9 through the hand-over: country only. Each X cell gets 10/3.
    Map<String, Double> e = run("postX");
    double volume = 0.075 * (4 / 3.0) / 2 + 0.3125 * (1 / 3.0) / 3 + 0.0625 * (7 / 3.0) + 0.25 + 0.3;
    assertThat(e.get("weighted_error|measure=volume")).isCloseTo(volume, within(EPS));
    assertThat(e.get("weighted_error|measure=value")).isCloseTo(1, within(EPS));
    assertThat(e.get("spearman|measure=value")).isCloseTo(0, within(EPS));
    // Three equal category estimates for two places: each in with probability 2/3 (chance level).
    assertThat(e.get("topk_overlap|list=categories")).isCloseTo(2 / 3.0, within(EPS));
    assertThat(e.get("resolved_share|measure=volume")).isCloseTo(0, within(EPS));
  }

  @Test
  void unknownValuesAreImputedFromTheObserversOwnReadings() {
    // hub1 + postX: rows 0, 2, 4, 8 in full (values 10, 30, 50, 15), rows 1, 5, 9 with country only. The
    // category class "any" has no value read, so its rows get the mean of all values read, 26.25. Scale 10/7.
    Map<String, Double> e = run("hubco1", "postX");
    double gadgets = (10 + 26.25) * 10 / 7;
    assertThat(e.get("category_error|category=gadgets")).isCloseTo((gadgets - 30) / 30, within(EPS));
    double chips = (30 + 50 + 15 + 26.25) * 10 / 7;
    assertThat(e.get("category_error|category=chips")).isCloseTo((225 - chips) / 225, within(EPS));
  }

  @Test
  void customsSeesTheWholeMarketExactly() {
    Map<String, Double> e = run("customs");
    for (String measure : new String[] {"volume", "value", "share"}) {
      assertThat(e.get("weighted_error|measure=" + measure)).isCloseTo(0, within(EPS));
      assertThat(e.get("spearman|measure=" + measure)).isCloseTo(1, within(EPS));
    }
    assertThat(e.get("topk_overlap|list=merchants")).isCloseTo(1, within(EPS));
    assertThat(e.get("trend_error")).isCloseTo(0, within(EPS));
    assertThat(e.get("resolved_share|measure=value")).isCloseTo(1, within(EPS));
  }

  @Test
  void topKOverlapSharesTiesInExpectation() {
    assertThat(EconomicMetric.topKOverlap(new double[] {5, 4, 3, 0}, new double[] {9, 8, 1, 1}, 2))
        .isCloseTo(1, within(EPS));
    assertThat(EconomicMetric.topKOverlap(new double[] {1, 1, 1, 1}, new double[] {9, 8, 1, 1}, 2))
        .isCloseTo(0.5, within(EPS));
    assertThat(EconomicMetric.topKOverlap(new double[] {0, 0, 7, 6}, new double[] {9, 8, 1, 1}, 2))
        .isCloseTo(0, within(EPS));
    // items tied in the truth: any of them is right, so a perfect estimate scores 1
    assertThat(EconomicMetric.topKOverlap(new double[] {4, 3, 3}, new double[] {4, 3, 3}, 2))
        .isCloseTo(1, within(EPS));
    // only one item with a positive truth: k' = 1
    assertThat(EconomicMetric.topKOverlap(new double[] {0, 3}, new double[] {0, 2}, 10)).isCloseTo(1, within(EPS));
    assertThat(EconomicMetric.topKOverlap(new double[] {1}, new double[] {0}, 10)).isNaN();
  }

  @Test
  void spearmanOfAConstantSideIsZero() {
    assertThat(EconomicMetric.spearman(new double[] {2, 2, 2}, new double[] {1, 2, 3})).isZero();
    assertThat(EconomicMetric.spearman(new double[] {1, 2, 3}, new double[] {10, 20, 30}))
        .isCloseTo(1, within(EPS));
  }
}
