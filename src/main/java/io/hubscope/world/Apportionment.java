package io.hubscope.world;

import java.math.BigInteger;

/**
 * Splits a whole number of units over weighted groups: the largest-remainder (Hamilton) method.
 *
 * <p>Definition: group {@code i} gets the integer part of its quota {@code q_i = total * w_i / sum(w)}; the units
 * left over go one each to the groups with the largest fractional parts, ties to the lower index. Computed in
 * exact integer arithmetic (quotas as fractions), so the result is deterministic on every platform. O(k log k) for
 * k groups.
 */
public final class Apportionment {

  private Apportionment() {}

  /**
   * Apportions with integer weights (e.g. populations).
   *
   * @param total units to split, {@code >= 0}
   * @param weights non-negative weights, at least one positive
   * @return units per group, summing to {@code total}
   */
  public static int[] largestRemainder(int total, long[] weights) {
    if (total < 0) {
      throw new IllegalArgumentException("cannot apportion a negative total: " + total);
    }
    BigInteger sum = BigInteger.ZERO;
    for (long w : weights) {
      if (w < 0) {
        throw new IllegalArgumentException("apportionment weights must be >= 0, got " + w);
      }
      sum = sum.add(BigInteger.valueOf(w));
    }
    if (sum.signum() == 0) {
      throw new IllegalArgumentException("apportionment weights sum to 0");
    }
    int k = weights.length;
    int[] result = new int[k];
    BigInteger[] remainder = new BigInteger[k];
    int given = 0;
    BigInteger t = BigInteger.valueOf(total);
    for (int i = 0; i < k; i++) {
      BigInteger[] qr = t.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(sum);
      result[i] = qr[0].intValueExact();
      remainder[i] = qr[1];
      given += result[i];
    }
    Integer[] order = new Integer[k];
    for (int i = 0; i < k; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> {
      int c = remainder[b].compareTo(remainder[a]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    for (int j = 0; given < total; j++) {
      result[order[j]]++;
      given++;
    }
    return result;
  }

  /**
   * Apportions with real weights (e.g. shares from a mix), scaled to integers with 1e-12 resolution first.
   *
   * @param total units to split
   * @param shares non-negative shares, at least one positive
   * @return units per group, summing to {@code total}
   */
  public static int[] largestRemainder(int total, double[] shares) {
    long[] w = new long[shares.length];
    double sum = 0;
    for (double s : shares) {
      if (!(s >= 0) || Double.isInfinite(s)) {
        throw new IllegalArgumentException("apportionment shares must be finite and >= 0, got " + s);
      }
      sum += s;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException("apportionment shares sum to 0");
    }
    for (int i = 0; i < shares.length; i++) {
      w[i] = Math.round(shares[i] / sum * 1e12);
    }
    return largestRemainder(total, w);
  }
}
