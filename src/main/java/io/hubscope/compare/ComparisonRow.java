package io.hubscope.compare;

/**
 * One line of {@code compare.csv}: one (observer, metric, group) of one variant set against the baseline.
 *
 * @param scenario scenario name
 * @param observer observer id
 * @param metric metric name
 * @param group breakdown, or empty
 * @param unit unit
 * @param baseline the baseline variant's id
 * @param variant the compared variant's id
 * @param stats the statistics
 */
public record ComparisonRow(
    String scenario,
    String observer,
    String metric,
    String group,
    String unit,
    String baseline,
    String variant,
    SampleComparison stats) {

  /** Replications behind the row: the smaller side's count of finite values. */
  public int n() {
    return Math.min(stats.nBaseline(), stats.nVariant());
  }
}
