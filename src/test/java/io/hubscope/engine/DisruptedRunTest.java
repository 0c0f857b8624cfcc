package io.hubscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubscope.metrics.MetricRegistry;
import io.hubscope.results.MetricRow;
import io.hubscope.scenario.DisruptionSpec;
import io.hubscope.util.RunProgress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's disruption experiment on the two-hub test scenario, sharded finely. */
class DisruptedRunTest {

  static List<MetricRow> run(int threads, DisruptionSpec disruption) {
    RunEngine.Request request = new RunEngine.Request(List.of(EngineFixture.twoHubs()), 2, 11, threads, 3,
        MetricRegistry.standard(), RunProgress.NONE, ReplicationListener.NONE, disruption);
    return RunEngine.run(request).rows();
  }

  @Test
  void sameRowsWhateverTheThreadCountAndTheBaselineRowsStayPut() {
    DisruptionSpec h1 = new DisruptionSpec("H1", 0, 1);
    List<MetricRow> one = run(1, h1);
    List<MetricRow> two = run(2, h1);
    assertThat(two).isEqualTo(one);
    // H1 is down on day 0 and H2 takes its parcels: some reroute.
    assertThat(one).anySatisfy(r -> {
      assertThat(r.metric()).isEqualTo("disruption.rerouted_share");
      assertThat(r.value()).isPositive();
    });
    // Everything but the disruption rows is what a run without a disruption gives.
    List<MetricRow> plain = run(2, null);
    assertThat(one.stream().filter(r -> !r.metric().startsWith("disruption.")).toList()).isEqualTo(plain);
  }
}
