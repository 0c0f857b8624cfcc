package io.hubscope.metrics;

import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.HypergeometricDistribution;

/**
 * Zayatz's estimate of the number of population uniques from the equivalence-class sizes of a sample.
 *
 * <p>A sample of n records is drawn without replacement from a population of N; f<sub>i</sub> is the number of
 * sample classes of size i and u = &Sigma; f<sub>i</sub>. Zayatz approximates the distribution of population class
 * sizes by the sample's, P(F = i) &asymp; f<sub>i</sub>/u, and the chance that a class of size i contributes
 * exactly one record to the sample by the hypergeometric h<sub>i</sub> = P(X = 1), X ~ Hypergeometric(N, i, n).
 * By Bayes, the probability that a sample unique is a population unique is
 * <pre>  P(F = 1 | f = 1) = (f<sub>1</sub>/u) h<sub>1</sub> / &Sigma;<sub>i</sub> (f<sub>i</sub>/u) h<sub>i</sub></pre>
 * and the estimated number of population uniques is f<sub>1</sub> P(F = 1 | f = 1). With n = N the estimate is
 * exactly f<sub>1</sub> (h<sub>1</sub> = 1, h<sub>i&gt;1</sub> = 0). Cost O(number of distinct class sizes).
 *
 * <p>Reference: L. Zayatz, "Estimation of the percent of unique population elements on a microdata file using the
 * sample", US Census Bureau SRD Report RR-91/08, 1991; as implemented in ARX (F. Prasser, F. Kohlmayer et al.).
 */
final class ZayatzEstimator {

  private ZayatzEstimator() {}

  /**
   * The estimated number of population uniques.
   *
   * @param classSizes sample class size i &rarr; number of sample classes of that size (sizes &ge; 1)
   * @param sampleSize n
   * @param populationSize N (&ge; n)
   * @return estimated population uniques; 0 when the sample has no uniques, NaN when n = 0
   */
  static double populationUniques(Map<Integer, Long> classSizes, long sampleSize, long populationSize) {
    if (sampleSize <= 0) {
      return Double.NaN;
    }
    if (sampleSize > populationSize) {
      throw new IllegalArgumentException("sample of " + sampleSize + " from a population of " + populationSize);
    }
    long f1 = classSizes.getOrDefault(1, 0L);
    if (f1 == 0) {
      return 0;
    }
    long u = 0;
    for (long c : new TreeMap<>(classSizes).values()) {
      u += c;
    }
    int bigN = Math.toIntExact(populationSize);
    int n = Math.toIntExact(sampleSize);
    double denominator = 0;
    double numerator = 0;
    for (Map.Entry<Integer, Long> e : new TreeMap<>(classSizes).entrySet()) {
      int size = e.getKey();
      if (size < 1 || size > bigN) {
        throw new IllegalArgumentException("class size " + size + " outside 1.." + bigN);
      }
      double h = new HypergeometricDistribution(null, bigN, size, n).probability(1);
      double term = e.getValue() / (double) u * h;
      denominator += term;
      if (size == 1) {
        numerator = term;
      }
    }
    return denominator == 0 ? 0 : f1 * (numerator / denominator);
  }
}
