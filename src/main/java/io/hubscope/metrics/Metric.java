package io.hubscope.metrics;

/**
 * An inference or exposure measure computed on one observer's view of one replication.
 *
 * <p>Contract: {@link #newAccumulator} is called once per shard; each accumulator sees only its shard's rows;
 * accumulators of a replication are merged in shard order and the merged one emits the rows. Implementations must
 * give the same result whatever the number of threads (so: exact integer counts, or floating sums merged in the
 * fixed shard order).
 */
public interface Metric {

  /** Registry name; rows are named {@code <name>.<measure>}. */
  String name();

  /** One sentence on what the metric measures. */
  String description();

  /**
   * A fresh accumulator.
   *
   * @param context what the metric may read: scenario, world, network, the observer's view
   * @return an empty accumulator
   */
  MetricAccumulator newAccumulator(MetricContext context);
}
