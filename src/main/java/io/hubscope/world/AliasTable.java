package io.hubscope.world;

import io.hubscope.util.BranchFree;
import java.util.Arrays;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Walker's alias method for sampling from a discrete distribution over {@code 0..n-1} in O(1) per draw.
 *
 * <p>Definition: column {@code i} holds a threshold {@code t[i]} in [0,1] and an alias {@code a[i]}; a draw picks a
 * column {@code i} uniformly and returns {@code i} with probability {@code t[i]}, else {@code a[i]}. So
 * {@code P(k) = (t[k] + sum over j with a[j] = k of (1 - t[j])) / n}. Built with Vose's stable variant in O(n):
 * scaled weights {@code p[i] = n w[i] / sum(w)} are split into a "small" (&lt; 1) and a "large" (&ge; 1) work list;
 * each small column is topped up by a large one. References: A. J. Walker, ACM TOMS 3(3), 1977; M. D. Vose, IEEE
 * TSE 17(9), 1991.
 *
 * <p>Layout: two primitive arrays of length {@code n}, plus one packed {@code long} per column for the hot path
 * (alias in the high 32 bits, the threshold as a 32-bit fixed-point fraction in the low bits), so a draw costs one
 * 64-bit random number and one memory access: the column from the high 32 random bits (Lemire's multiply-shift),
 * the coin from the low 32 bits. Instances are immutable and may be shared between threads (each thread brings its
 * own generator).
 */
public final class AliasTable {

  private final double[] probability;
  private final double[] threshold;
  private final int[] alias;
  private final long[] packed;

  private AliasTable(double[] probability, double[] threshold, int[] alias) {
    this.probability = probability;
    this.threshold = threshold;
    this.alias = alias;
    this.packed = new long[threshold.length];
    for (int i = 0; i < threshold.length; i++) {
      // a full column keeps its own index as alias, so the coin does not matter there
      int a = threshold[i] >= 1 ? i : alias[i];
      long t = threshold[i] >= 1 ? 0xFFFFFFFFL : (long) Math.floor(threshold[i] * 0x1.0p32);
      packed[i] = ((long) a << 32) | t;
    }
  }

  /**
   * Builds a table from non-negative weights.
   *
   * @param weights weights, at least one positive, all finite and non-negative
   * @return the table
   * @throws IllegalArgumentException on an empty array, a negative or non-finite weight, or a zero sum
   */
  public static AliasTable of(double[] weights) {
    int n = weights.length;
    if (n == 0) {
      throw new IllegalArgumentException("alias table needs at least one weight");
    }
    double sum = 0;
    for (double w : weights) {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("alias table weights must be finite and >= 0, got " + w);
      }
      sum += w;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException("alias table weights sum to 0");
    }
    double[] probability = new double[n];
    double[] scaled = new double[n];
    int[] small = new int[n];
    int[] large = new int[n];
    int nSmall = 0;
    int nLarge = 0;
    for (int i = 0; i < n; i++) {
      probability[i] = weights[i] / sum;
      scaled[i] = probability[i] * n;
      if (scaled[i] < 1) {
        small[nSmall++] = i;
      } else {
        large[nLarge++] = i;
      }
    }
    double[] threshold = new double[n];
    int[] alias = new int[n];
    while (nSmall > 0 && nLarge > 0) {
      int s = small[--nSmall];
      int l = large[--nLarge];
      threshold[s] = scaled[s];
      alias[s] = l;
      scaled[l] = (scaled[l] + scaled[s]) - 1;
      if (scaled[l] < 1) {
        small[nSmall++] = l;
      } else {
        large[nLarge++] = l;
      }
    }
    while (nLarge > 0) {
      int l = large[--nLarge];
      threshold[l] = 1;
      alias[l] = l;
    }
    while (nSmall > 0) {
      // only reached through rounding error: the column is (almost) full
      int s = small[--nSmall];
      threshold[s] = 1;
      alias[s] = s;
    }
    return new AliasTable(probability, threshold, alias);
  }

  /**
   * Copies the packed columns into a larger table, so several alias tables can share one flat array (one memory
   * access per draw, no object to follow). Entry {@code offset + i} gets column {@code i}'s threshold and its alias
   * plus {@code aliasBase}; drawing from it is {@link #sample(long)} with the column offset by {@code offset} and the
   * result offset by {@code aliasBase}.
   *
   * @param dest destination table
   * @param offset first entry written
   * @param aliasBase added to every alias (and so to every outcome)
   */
  void packInto(long[] dest, int offset, int aliasBase) {
    for (int i = 0; i < packed.length; i++) {
      dest[offset + i] = (((packed[i] >>> 32) + aliasBase) << 32) | (packed[i] & 0xFFFFFFFFL);
    }
  }

  /** Number of outcomes. */
  public int size() {
    return threshold.length;
  }

  /**
   * The outcome for a column and a uniform number: the core of a draw, for callers with their own generator.
   *
   * @param column column in {@code 0..size-1}
   * @param u uniform in [0,1)
   * @return outcome
   */
  public int sample(int column, double u) {
    return u < threshold[column] ? column : alias[column];
  }

  /**
   * One draw.
   *
   * @param rng commons-rng generator
   * @return outcome in {@code 0..size-1}
   */
  public int sample(UniformRandomProvider rng) {
    return sample(rng.nextLong());
  }

  /**
   * One draw from 64 random bits (callers that batch their draws to overlap memory accesses).
   *
   * @param bits uniformly random bits
   * @return outcome in {@code 0..size-1}
   */
  public int sample(long bits) {
    return resolve(packed, (int) (((bits >>> 32) * packed.length) >>> 32), bits);
  }

  /**
   * Finishes a draw on packed columns (see {@link #packInto}): the column itself when the low 32 bits of the draw are
   * below its threshold, else its alias, chosen without a branch (see {@link BranchFree}).
   *
   * @param packed packed columns
   * @param column the column drawn
   * @param bits the draw's 64 bits (the low 32 are the coin)
   * @return the outcome, as the packed alias indices count
   */
  static int resolve(long[] packed, int column, long bits) {
    long entry = packed[column];
    return BranchFree.choose(BranchFree.lessMask(bits & 0xFFFFFFFFL, entry & 0xFFFFFFFFL), column,
        (int) (entry >>> 32));
  }

  /**
   * One draw.
   *
   * @param rng Commons Math generator
   * @return outcome in {@code 0..size-1}
   */
  public int sample(RandomGenerator rng) {
    return sample(rng.nextInt(threshold.length), rng.nextDouble());
  }

  /**
   * The normalised input weight of an outcome.
   *
   * @param outcome outcome
   * @return its probability
   */
  public double probability(int outcome) {
    return probability[outcome];
  }

  /**
   * The probability of each outcome as implied by the table's thresholds and aliases (equal to the input
   * probabilities up to rounding; tests check it).
   *
   * @return probabilities, summing to 1
   */
  public double[] impliedProbabilities() {
    int n = threshold.length;
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] += threshold[i] / n;
      if (alias[i] != i) {
        p[alias[i]] += (1 - threshold[i]) / n;
      }
    }
    return p;
  }

  /** A copy of the thresholds (layout: one per column). */
  public double[] thresholds() {
    return threshold.clone();
  }

  /** A copy of the aliases (layout: one per column). */
  public int[] aliases() {
    return alias.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AliasTable t && Arrays.equals(threshold, t.threshold) && Arrays.equals(alias, t.alias)
        && Arrays.equals(probability, t.probability);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(threshold) + Arrays.hashCode(alias);
  }
}
