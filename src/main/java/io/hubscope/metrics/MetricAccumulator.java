package io.hubscope.metrics;

import io.hubscope.simulation.ShipmentColumns;

/** Mergeable state of a {@link Metric} over some rows. */
public interface MetricAccumulator {

  /**
   * Adds rows {@code from..to-1}.
   *
   * @param shipments the replication's shipments
   * @param from first row
   * @param to end row (exclusive)
   */
  void add(ShipmentColumns shipments, int from, int to);

  /**
   * Adds another accumulator's state (of the same metric and context) to this one.
   *
   * @param other another accumulator
   */
  void merge(MetricAccumulator other);

  /**
   * Writes the values.
   *
   * @param sink receives one call per value
   */
  void emit(MetricSink sink);
}
