package io.hubscope.metrics;

/** Receives a metric's values. */
@FunctionalInterface
public interface MetricSink {

  /**
   * One value.
   *
   * @param measure measure name within the metric (e.g. {@code shipments})
   * @param group stable {@code key=value;key=value} breakdown, or empty (see {@link Groups})
   * @param value the value
   * @param unit unit ({@code share}, {@code count}, {@code EUR}, {@code bits}, ...)
   */
  void accept(String measure, String group, double value, String unit);
}
