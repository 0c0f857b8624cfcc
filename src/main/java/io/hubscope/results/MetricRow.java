package io.hubscope.results;

/**
 * One tidy row of {@code metrics.csv}: a metric's value for one observer in one replication.
 *
 * @param scenario scenario name
 * @param variant variant id ({@code baseline} when none)
 * @param observer observer id
 * @param replication replication number, from 1
 * @param metric registry name of the metric plus its measure, e.g. {@code coverage.shipments}
 * @param group stable {@code key=value;key=value} breakdown, or empty
 * @param value the value
 * @param unit unit: {@code share}, {@code count}, {@code EUR}, {@code bits}, ...
 */
public record MetricRow(
    String scenario,
    String variant,
    String observer,
    int replication,
    String metric,
    String group,
    double value,
    String unit) {}
