package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubscope.simulation.ShipmentColumns;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An observer holding everything like an earlier one replays its values, or computes them when there are none. */
class ReplayAccumulatorTest {

  private static final List<Metric> PEOPLE = List.of(new ReidentificationMetric(), new UnicityMetric(),
      new PopulationUniquenessMetric(), new LinkabilityMetric(), new AttributeInferenceMetric(), new LeakageMetric());

  /** The people harness with a second observer holding exactly what hub-a holds. */
  private static MetricHarness withTwin() {
    String text = MetricHarness.resourceText("people-harness.yaml")
        .replace("  - {id: hub-a, party: hub-a}\n", "  - {id: hub-a, party: hub-a}\n  - {id: twin, party: hub-a}\n");
    return MetricHarness.loadText("people-harness.yaml", text);
  }

  private static MetricContext context(MetricHarness h, String observer, ShipmentColumns s) {
    return new MetricContext(h.model.scenario(), h.world, h.model.network(), h.model.routes(), h.model.plan(),
        h.view(observer), MetricHarness.SEED, 1, s.size);
  }

  @Test
  void theTwinReplaysTheValuesOfTheObserverItShadows() {
    MetricHarness h = withTwin();
    ShipmentColumns s = UnicityMetricTest.traces(h);
    for (Metric metric : PEOPLE) {
      assertThat(metric.newAccumulator(context(h, "hub-a", s))).isNotInstanceOf(ReplayAccumulator.class);
      assertThat(metric.newAccumulator(context(h, "twin", s))).as(metric.name())
          .isInstanceOf(ReplayAccumulator.class);
      Map<String, Double> first = h.run(metric, h.view("hub-a"), s, 3, 8);
      Map<String, Double> twin = h.run(metric, h.view("twin"), s, 3, 8);
      assertThat(twin).as(metric.name()).isNotEmpty().isEqualTo(first);
    }
  }

  @Test
  void withoutValuesToReplayTheTwinComputesThemFromTheRowsItWasGiven() {
    ShipmentColumns s = UnicityMetricTest.traces(withTwin());
    for (Metric metric : PEOPLE) {
      MetricHarness alone = withTwin();
      Map<String, Double> expected = alone.run(metric, alone.view("hub-a"), s, 5);
      MetricHarness h = withTwin();
      ViewProfile shadowed = ViewProfile.of(context(h, "hub-a", s));
      assertThat(metric.newAccumulator(context(h, "twin", s))).isInstanceOf(ReplayAccumulator.class);
      Map<String, Double> twin = h.run(metric, h.view("twin"), s, 5);
      assertThat(twin).as(metric.name()).isNotEmpty().isEqualTo(expected);
      assertThat(ViewProfile.of(context(h, "twin", s))).isSameAs(shadowed);
    }
  }
}
