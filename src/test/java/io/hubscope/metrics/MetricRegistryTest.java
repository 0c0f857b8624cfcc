package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricRegistryTest {

  @Test
  void theMarketAndVulnerabilityMetricsFollowTheInventoryInReportOrder() {
    List<String> names = MetricRegistry.standard().all().stream().map(Metric::name).toList();
    assertThat(names).containsSubsequence("coverage", "exposure", "economic", "supply", "chokepoint", "disruption",
        "targetable", "utility");
  }

  @Test
  void anUnknownNameListsTheValidOnes() {
    assertThatThrownBy(() -> MetricRegistry.standard().byName("economy"))
        .hasMessageContaining("unknown metric 'economy'").hasMessageContaining("economic, supply");
  }
}
