package io.hubscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubscope.engine.ReplicationListener;
import io.hubscope.engine.RunEngine;
import io.hubscope.engine.VariantModel;
import io.hubscope.metrics.MetricRegistry;
import io.hubscope.results.MetricRow;
import io.hubscope.scenario.ScenarioLoader;
import io.hubscope.util.RunProgress;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every measure the standard metrics emit has words for people in the compare report. */
class MetricLabelsTest {

  @Test
  void everyMeasureOfTheStandardMetricsHasALabel() throws Exception {
    // quickstart has every metric but disruption (it plans no outage): tags, needs and critical inputs included
    VariantModel quickstart = VariantModel.of(ScenarioLoader.load(Path.of("scenarios/quickstart.yaml"), null));
    RunEngine.Result result = RunEngine.run(new RunEngine.Request(List.of(quickstart), 1, 5, 1, 1 << 16,
        MetricRegistry.standard(), RunProgress.NONE, ReplicationListener.NONE));
    Set<String> names = new TreeSet<>();
    for (MetricRow r : result.rows()) {
      names.add(r.metric());
    }
    assertThat(names).hasSize(58).contains("attribute.special_revealed", "targetable.value_share",
        "utility.needs_met_clear", "leakage.min_entropy_bits");
    // the disruption metric's measures (docs/metrics.md)
    names.addAll(List.of("disruption.delayed_share", "disruption.undelivered_share", "disruption.delay_hours_mean",
        "disruption.rerouted_share", "disruption.exposed_businesses", "disruption.exposed_share"));
    assertThat(names).allSatisfy(name -> assertThat(MetricLabels.metric(name)).isNotEqualTo(name));
  }

  @Test
  void anUnknownMeasureKeepsItsName() {
    assertThat(MetricLabels.metric("someday.new_metric")).isEqualTo("someday.new_metric");
    assertThat(MetricLabels.metric("targetable.share")).isEqualTo(
        "Share of firm-input dependencies the observer could target");
  }
}
