package io.hubscope.results;

/**
 * One row of {@code summary.csv}: a metric summarised across replications with a 95% t-interval.
 *
 * @param scenario scenario name
 * @param variant variant id
 * @param observer observer id
 * @param metric metric name
 * @param group breakdown, or empty
 * @param n replications
 * @param mean sample mean
 * @param sd sample standard deviation (n - 1 denominator); NaN when n = 1
 * @param ciLow lower end of the 95% confidence interval of the mean
 * @param ciHigh upper end
 * @param unit unit
 */
public record SummaryRow(
    String scenario,
    String variant,
    String observer,
    String metric,
    String group,
    int n,
    double mean,
    double sd,
    double ciLow,
    double ciHigh,
    String unit) {}
