package io.hubscope.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a verdict on each kind of measure reads for the people and firms observed. */
class MetricReadingTest {

  private static String meaning(String metric, String group, String verdict) {
    return MetricReading.of(metric, group).meaning(verdict);
  }

  @Test
  void whatTheObserverSeesOrInfersIsExposure() {
    assertThat(meaning("coverage.shipments", "", "higher")).isEqualTo("more exposure");
    assertThat(meaning("reid.k1_share", "population=consumers", "lower")).isEqualTo("less exposure");
    assertThat(meaning("supply.edge_recall", "", "higher")).isEqualTo("more exposure");
    assertThat(meaning("economic.spearman", "measure=value", "lower")).isEqualTo("less exposure");
    assertThat(meaning("leakage.min_entropy_bits", "secret=category", "higher")).isEqualTo("more exposure");
  }

  @Test
  void anEstimatesErrorAndDataHeldInNoFormAreProtection() {
    assertThat(meaning("economic.weighted_error", "measure=value", "higher")).isEqualTo("less exposure");
    assertThat(meaning("attribute.regional_mae", "population=consumers;tag=health", "lower"))
        .isEqualTo("more exposure");
    assertThat(meaning("exposure.share", "field=consignee_name;form=none", "higher")).isEqualTo("less exposure");
    assertThat(meaning("exposure.share", "field=consignee_name;form=clear", "higher")).isEqualTo("more exposure");
    // a shift between protected forms is neither
    assertThat(meaning("exposure.share", "field=consignee_name;form=pseudonymised", "higher")).isEmpty();
  }

  @Test
  void needsMetAreUtilityAndTruthSizesAndOutagesAreContext() {
    assertThat(meaning("utility.needs_met", "party=customs", "lower")).isEqualTo("less utility");
    assertThat(meaning("utility.needs_met_clear", "party=customs", "higher")).isEqualTo("more utility");
    assertThat(meaning("attribute.special_buyers", "population=consumers;tag=health", "higher")).isEmpty();
    assertThat(meaning("unicity.se", "population=consumers;p=2", "higher")).isEmpty();
    assertThat(meaning("reid.records", "population=consumers", "higher")).isEmpty();
    assertThat(meaning("disruption.delayed_share", "", "higher")).isEmpty();
    assertThat(meaning("someday.new_metric", "", "higher")).isEmpty();
  }

  @Test
  void onlyHigherAndLowerHaveAMeaning() {
    assertThat(meaning("coverage.shipments", "", "no detectable difference")).isEmpty();
    assertThat(meaning("coverage.shipments", "", "no difference")).isEmpty();
  }
}
