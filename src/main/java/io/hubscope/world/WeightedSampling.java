package io.hubscope.world;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * Weighted sampling without replacement (successive sampling): the first item is drawn with probability
 * proportional to its weight, each next one proportionally among the items not yet drawn.
 *
 * <p>Method: draws from the alias table and rejects repeats, which is exactly successive sampling (a draw
 * conditioned on not repeating); when a few dominant items make rejections too frequent ({@code 16k + 64} attempts)
 * it finishes with an exact linear scan over the remaining weights. Expected cost O(k) draws when no item holds most
 * of the weight, O(k n) in the worst case.
 */
public final class WeightedSampling {

  private WeightedSampling() {}

  /**
   * The sum of some weights, added in index order (so the same weights always give the same double).
   *
   * @param weights weights
   * @return their sum
   */
  public static double total(double[] weights) {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    return sum;
  }

  /**
   * Draws {@code k} distinct items (capped at the number of items with positive weight).
   *
   * @param weights item weights
   * @param table alias table over the same weights
   * @param k items wanted
   * @param rng generator
   * @return distinct item indices in draw order
   */
  public static int[] withoutReplacement(double[] weights, AliasTable table, int k, RandomGenerator rng) {
    int positive = 0;
    for (double w : weights) {
      if (w > 0) {
        positive++;
      }
    }
    int want = Math.min(k, positive);
    int[] chosen = new int[want];
    boolean[] taken = new boolean[weights.length];
    int n = 0;
    int attempts = 16 * want + 64;
    while (n < want && attempts-- > 0) {
      int i = table.sample(rng);
      if (!taken[i]) {
        taken[i] = true;
        chosen[n++] = i;
      }
    }
    while (n < want) {
      double remaining = 0;
      for (int i = 0; i < weights.length; i++) {
        if (!taken[i]) {
          remaining += weights[i];
        }
      }
      double u = rng.nextDouble() * remaining;
      int pick = -1;
      for (int i = 0; i < weights.length; i++) {
        if (!taken[i] && weights[i] > 0) {
          pick = i;
          u -= weights[i];
          if (u < 0) {
            break;
          }
        }
      }
      taken[pick] = true;
      chosen[n++] = pick;
    }
    return chosen;
  }
}
