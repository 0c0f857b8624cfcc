package io.hubscope.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Summarises per-replication rows into means with 95% confidence intervals.
 *
 * <p>Definition: for the n replication values x_i of one (scenario, variant, observer, metric, group), the mean
 * x&#772; = (1/n) &Sigma; x_i, the sample standard deviation s = sqrt(&Sigma;(x_i - x&#772;)&sup2; / (n - 1)), and the
 * interval x&#772; &plusmn; t<sub>0.975, n-1</sub> s / &radic;n (Student's t; replications are independent).
 * Only the replications where the metric is defined count: a NaN value (an empty cell in metrics.csv, e.g. a
 * share of businesses singled out in a replication with no business shipment) is left out, so n is the number of
 * finite values, as in {@code compare}. With n = 0 the mean is undefined too; with n = 1 the sd and interval are
 * undefined (NaN, written as empty cells); when all values are equal the interval collapses to the mean. Rows keep
 * the order in which their key first appears.
 */
public final class ReplicationSummarizer {

  private ReplicationSummarizer() {}

  /** Confidence level of the intervals. */
  public static final double CONFIDENCE = 0.95;

  /**
   * Summarises rows.
   *
   * @param rows per-replication rows
   * @return one summary row per key, in first-appearance order
   */
  public static List<SummaryRow> summarise(List<MetricRow> rows) {
    record Key(String scenario, String variant, String observer, String metric, String group, String unit) {}
    Map<Key, SummaryStatistics> stats = new LinkedHashMap<>();
    for (MetricRow r : rows) {
      SummaryStatistics s = stats.computeIfAbsent(
          new Key(r.scenario(), r.variant(), r.observer(), r.metric(), r.group(), r.unit()),
          k -> new SummaryStatistics());
      // a replication where the metric is undefined (NaN: an empty cell in metrics.csv) does not count
      if (Double.isFinite(r.value())) {
        s.addValue(r.value());
      }
    }
    List<SummaryRow> out = new ArrayList<>(stats.size());
    stats.forEach((k, s) -> {
      double[] ci = interval(s);
      out.add(new SummaryRow(k.scenario(), k.variant(), k.observer(), k.metric(), k.group(), (int) s.getN(),
          s.getMean(), s.getN() > 1 ? s.getStandardDeviation() : Double.NaN, ci[0], ci[1], k.unit()));
    });
    return out;
  }

  /**
   * The 95% t-interval of the mean.
   *
   * @param s statistics of the sample
   * @return {low, high}; NaN when n &lt; 2
   */
  public static double[] interval(SummaryStatistics s) {
    long n = s.getN();
    if (n < 2) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double sd = s.getStandardDeviation();
    if (sd == 0) {
      return new double[] {s.getMean(), s.getMean()};
    }
    double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.5 + CONFIDENCE / 2);
    double half = t * sd / Math.sqrt(n);
    return new double[] {s.getMean() - half, s.getMean() + half};
  }
}
