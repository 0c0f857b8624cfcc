package io.hubscope.compare;

import io.hubscope.results.ReplicationSummarizer;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * A variant's replication values set against the baseline's: means with 95% confidence intervals, the difference,
 * Welch's t-test, a paired t-test and a verdict.
 *
 * <p>Definitions, for baseline values b_1..b_m and variant values v_1..v_n (non-finite values are dropped first):
 * <ul>
 *   <li>means, sample standard deviations s_b, s_v (n - 1 denominator) and 95% t-intervals of the means, as in
 *       {@link ReplicationSummarizer#interval};</li>
 *   <li>{@code difference} = v&#772; - b&#772;; {@code relativeChange} = difference / |b&#772;| (0 when both are 0,
 *       NaN when only b&#772; is 0);</li>
 *   <li>{@code pValue}: Welch's two-sided t-test (Commons Math {@link TTest#tTest(double[], double[])}):
 *       t = (b&#772; - v&#772;) / sqrt(s_b&sup2;/m + s_v&sup2;/n), with Welch-Satterthwaite degrees of freedom
 *       (s_b&sup2;/m + s_v&sup2;/n)&sup2; / ((s_b&sup2;/m)&sup2;/(m-1) + (s_v&sup2;/n)&sup2;/(n-1)). NaN when a side
 *       has fewer than 2 values or both standard deviations are 0 (t is then undefined);</li>
 *   <li>{@code pairedP}: the two-sided paired t-test on d_i = v_i - b_i, for samples aligned by replication.
 *       Variants share common random numbers, so replication i of every variant sees the same shipments and the
 *       paired test removes that shared noise; it is reported for information, the verdict uses Welch's test. NaN
 *       when the samples are not aligned, n &lt; 2, or all d_i are equal;</li>
 *   <li>{@code effectSize} = |difference| / s_p with the pooled s_p = sqrt((s_b&sup2; + s_v&sup2;) / 2) (Cohen's d
 *       for equal group sizes); 0 when difference = 0, +&infin; when s_p = 0 and the means differ;</li>
 *   <li>verdict at {@link #ALPHA}: both sides constant (s = 0, at least 2 values each): {@code no difference} when
 *       the means are equal, else {@code lower} / {@code higher}; otherwise {@code lower} / {@code higher} when
 *       p &lt; alpha and {@code no detectable difference} when not (or when p is NaN).</li>
 * </ul>
 *
 * @param nBaseline finite baseline values
 * @param nVariant finite variant values
 * @param baselineMean baseline mean
 * @param baselineSd baseline sample standard deviation (NaN when fewer than 2 values)
 * @param baselineCiLow lower end of the baseline mean's 95% interval
 * @param baselineCiHigh upper end
 * @param variantMean variant mean
 * @param variantSd variant sample standard deviation
 * @param variantCiLow lower end of the variant mean's 95% interval
 * @param variantCiHigh upper end
 * @param difference variant mean minus baseline mean
 * @param relativeChange difference / |baseline mean|
 * @param pValue Welch's two-sided p-value
 * @param pairedP paired two-sided p-value
 * @param effectSize |difference| / pooled sd
 * @param verdict the verdict
 */
public record SampleComparison(
    int nBaseline,
    int nVariant,
    double baselineMean,
    double baselineSd,
    double baselineCiLow,
    double baselineCiHigh,
    double variantMean,
    double variantSd,
    double variantCiLow,
    double variantCiHigh,
    double difference,
    double relativeChange,
    double pValue,
    double pairedP,
    double effectSize,
    Verdict verdict) {

  /** Significance level of the verdict. */
  public static final double ALPHA = 0.05;

  /**
   * Compares two samples.
   *
   * @param baseline the baseline's values, one per replication
   * @param variant the variant's values
   * @param alignedByReplication true when index i of both arrays is the same replication (enables the paired test)
   * @return the comparison
   */
  public static SampleComparison of(double[] baseline, double[] variant, boolean alignedByReplication) {
    boolean paired = alignedByReplication && baseline.length == variant.length && allFinite(baseline)
        && allFinite(variant);
    double[] b = finite(baseline);
    double[] v = finite(variant);
    SummaryStatistics sb = stats(b);
    SummaryStatistics sv = stats(v);
    double[] ciB = ReplicationSummarizer.interval(sb);
    double[] ciV = ReplicationSummarizer.interval(sv);
    double meanB = b.length == 0 ? Double.NaN : sb.getMean();
    double meanV = v.length == 0 ? Double.NaN : sv.getMean();
    double sdB = b.length < 2 ? Double.NaN : sb.getStandardDeviation();
    double sdV = v.length < 2 ? Double.NaN : sv.getStandardDeviation();
    double difference = meanV - meanB;
    boolean testable = b.length >= 2 && v.length >= 2;
    boolean constant = testable && sdB == 0 && sdV == 0;
    double p = testable && !constant ? new TTest().tTest(b, v) : Double.NaN;
    double pairedP = paired && testable ? pairedP(b, v) : Double.NaN;
    return new SampleComparison(b.length, v.length, meanB, sdB, ciB[0], ciB[1], meanV, sdV, ciV[0], ciV[1],
        difference, relative(difference, meanB), p, pairedP, effect(difference, sdB, sdV),
        verdict(constant, difference, p));
  }

  private static Verdict verdict(boolean constant, double difference, double p) {
    if (constant) {
      return difference == 0 ? Verdict.NO_DIFFERENCE : difference < 0 ? Verdict.LOWER : Verdict.HIGHER;
    }
    if (p < ALPHA && difference != 0) {
      return difference < 0 ? Verdict.LOWER : Verdict.HIGHER;
    }
    return Verdict.NO_DETECTABLE_DIFFERENCE;
  }

  private static double relative(double difference, double baselineMean) {
    if (difference == 0) {
      return 0;
    }
    return baselineMean == 0 ? Double.NaN : difference / Math.abs(baselineMean);
  }

  private static double effect(double difference, double sdB, double sdV) {
    if (difference == 0) {
      return 0;
    }
    double pooled = Math.sqrt((sdB * sdB + sdV * sdV) / 2);
    if (pooled == 0) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.abs(difference) / pooled;
  }

  private static double pairedP(double[] b, double[] v) {
    SummaryStatistics d = new SummaryStatistics();
    for (int i = 0; i < b.length; i++) {
      d.addValue(v[i] - b[i]);
    }
    if (d.getStandardDeviation() == 0) {
      return Double.NaN;
    }
    return new TTest().pairedTTest(b, v);
  }

  private static SummaryStatistics stats(double[] values) {
    SummaryStatistics s = new SummaryStatistics();
    for (double x : values) {
      s.addValue(x);
    }
    return s;
  }

  private static boolean allFinite(double[] values) {
    for (double x : values) {
      if (!Double.isFinite(x)) {
        return false;
      }
    }
    return true;
  }

  private static double[] finite(double[] values) {
    return java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
  }
}
