package io.hubscope.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplicationSummarizerTest {

  static MetricRow row(int rep, double v) {
    return new MetricRow("s", "baseline", "hub", rep, "coverage.shipments", "", v, "share");
  }

  @Test
  void tIntervalMatchesAHandComputation() {
    // x = {1, 2, 3, 4}: mean 2.5, s = sqrt(((1.5^2 + 0.5^2) * 2) / 3) = sqrt(5/3) = 1.2909944487,
    // t(0.975, 3) = 3.1824463053, half-width = 3.1824463053 * 1.2909944487 / 2 = 2.0542603...
    List<SummaryRow> out = ReplicationSummarizer.summarise(List.of(row(1, 1), row(2, 2), row(3, 3), row(4, 4)));
    assertThat(out).hasSize(1);
    SummaryRow r = out.get(0);
    double half = 3.182446305284263 * Math.sqrt(5.0 / 3.0) / 2;
    assertThat(r.n()).isEqualTo(4);
    assertThat(r.mean()).isEqualTo(2.5);
    assertThat(r.sd()).isCloseTo(Math.sqrt(5.0 / 3.0), within(1e-12));
    assertThat(r.ciLow()).isCloseTo(2.5 - half, within(1e-9));
    assertThat(r.ciHigh()).isCloseTo(2.5 + half, within(1e-9));
    assertThat(r.ciLow()).isCloseTo(0.4457397, within(1e-6));
  }

  @Test
  void oneReplicationHasNoIntervalAndConstantValuesCollapseIt() {
    SummaryRow single = ReplicationSummarizer.summarise(List.of(row(1, 0.3))).get(0);
    assertThat(single.sd()).isNaN();
    assertThat(single.ciLow()).isNaN();
    SummaryRow constant = ReplicationSummarizer.summarise(List.of(row(1, 0.3), row(2, 0.3))).get(0);
    assertThat(constant.ciLow()).isEqualTo(0.3);
    assertThat(constant.ciHigh()).isEqualTo(0.3);
  }

  @Test
  void undefinedReplicationsAreLeftOutOfNMeanAndInterval() {
    // {2, NaN, 4}: n = 2, mean 3, s = sqrt(2), half-width t(0.975, 1) * sqrt(2) / sqrt(2) = 12.7062047362
    SummaryRow r = ReplicationSummarizer.summarise(List.of(row(1, 2), row(2, Double.NaN), row(3, 4))).get(0);
    assertThat(r.n()).isEqualTo(2);
    assertThat(r.mean()).isEqualTo(3.0);
    assertThat(r.sd()).isCloseTo(Math.sqrt(2), within(1e-12));
    assertThat(r.ciLow()).isCloseTo(3 - 12.706204736174704, within(1e-9));
    assertThat(r.ciHigh()).isCloseTo(3 + 12.706204736174704, within(1e-9));

    SummaryRow oneDefined = ReplicationSummarizer.summarise(List.of(row(1, 1), row(2, Double.NaN))).get(0);
    assertThat(oneDefined.n()).isEqualTo(1);
    assertThat(oneDefined.mean()).isEqualTo(1.0);
    assertThat(oneDefined.ciLow()).isNaN();

    SummaryRow noneDefined = ReplicationSummarizer.summarise(List.of(row(1, Double.NaN))).get(0);
    assertThat(noneDefined.n()).isZero();
    assertThat(noneDefined.mean()).isNaN();
  }

  @Test
  void groupsAreSummarisedSeparatelyInFirstAppearanceOrder() {
    List<SummaryRow> out = ReplicationSummarizer.summarise(List.of(
        new MetricRow("s", "b", "hub", 1, "m", "g=2", 1, "share"),
        new MetricRow("s", "b", "hub", 1, "m", "g=1", 5, "share"),
        new MetricRow("s", "b", "hub", 2, "m", "g=2", 3, "share")));
    assertThat(out).extracting(SummaryRow::group).containsExactly("g=2", "g=1");
    assertThat(out.get(0).mean()).isEqualTo(2.0);
  }
}
