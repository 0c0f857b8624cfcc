package io.hubscope.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubscope.metrics.Metric;
import io.hubscope.metrics.MetricAccumulator;
import io.hubscope.metrics.MetricContext;
import io.hubscope.metrics.MetricRegistry;
import io.hubscope.metrics.MetricSink;
import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.util.RunProgress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --threads bounds the metrics' own parallel work too, not only the shards. */
class RunEngineThreadsTest {

  /** A metric whose emit folds in parallel, as the people metrics do, and notes the threads that did the work. */
  private static final class ParallelFoldMetric implements Metric {
    final Set<String> threads = ConcurrentHashMap.newKeySet();

    @Override
    public String name() {
      return "parallel-fold";
    }

    @Override
    public String description() {
      return "Counts rows with a parallel fold at emit (test only).";
    }

    @Override
    public MetricAccumulator newAccumulator(MetricContext context) {
      return new MetricAccumulator() {
        long rows;

        @Override
        public void add(ShipmentColumns shipments, int from, int to) {
          rows += to - from;
        }

        @Override
        public void merge(MetricAccumulator other) {
        }

        @Override
        public void emit(MetricSink sink) {
          long folded = IntStream.range(0, 4096).parallel().mapToLong(i -> {
            threads.add(Thread.currentThread().getName());
            return 1;
          }).sum();
          sink.accept("folded", "", folded, "count");
        }
      };
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void parallelFoldsAtEmitRunOnTheEnginesWorkersOnly(int threads) {
    ParallelFoldMetric metric = new ParallelFoldMetric();
    RunEngine.Request request = new RunEngine.Request(List.of(EngineFixture.twoHubs()), 2, 11, threads, 3,
        MetricRegistry.of(List.of(metric)), RunProgress.NONE, ReplicationListener.NONE, null);
    RunEngine.Result result = RunEngine.run(request);
    assertThat(result.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.value()).isEqualTo(4096.0));
    assertThat(metric.threads).isNotEmpty().allSatisfy(name -> assertThat(name).startsWith("hubscope-worker-"));
    assertThat(metric.threads.size()).isLessThanOrEqualTo(threads);
  }
}
