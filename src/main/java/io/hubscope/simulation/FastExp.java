package io.hubscope.simulation;

/**
 * The exponential function for the hot path's log-normal draws, whose values are stored in single precision: accurate
 * to about 4 &middot; 10<sup>-10</sup> (relative), far finer than a float's resolution (6 &middot; 10<sup>-8</sup>),
 * at a fraction of {@link Math#exp}'s cost.
 *
 * <p>Method (table-driven range reduction, as in Tang 1989, ACM TOMS 15(2)): with N = 256, write
 * x = (k / N) ln 2 + r, k = rint(x N / ln 2), so |r| &le; ln 2 / (2N) &asymp; 0.00135; then
 * e^x = 2^(k div N) &middot; 2^((k mod N) / N) &middot; e^r, the middle factor read from a 256-entry table and e^r
 * from its Taylor polynomial 1 + r + r&sup2;/2, whose truncation error is below |r|&sup3; e<sup>|r|</sup> / 6 &lt;
 * 4.2 &middot; 10<sup>-10</sup> (relative). k (ln 2 / N) rounds by at most half an ulp of x, below
 * 10<sup>-14</sup> of the result for |x| &le; 80. Outside |x| &le; 80 (where e^x overflows a float or falls below
 * its normal range) it defers to {@link Math#exp}.
 *
 * <p>Rounded to a float, the result is {@code (float) Math.exp(x)} except when e^x lies within the error above of
 * a midpoint between two floats: then it may be the float on the other side, one float ulp (about 10<sup>-7</sup> of
 * the value) away. That happens for about 0.12% of exponents drawn uniformly from -20 to 20 ({@code FastExpTest}
 * bounds it by 1%). An earlier version (degree-4 polynomial, 64-entry table, two-part ln 2 and a fallback to
 * {@link Math#exp} near float midpoints) matched {@code Math.exp} exactly; this one made a replication 3% faster
 * ({@code bench/pair} 0.967, 0.950-0.984; docs/engine-performance.md).
 */
final class FastExp {

  private static final int N = 256;
  private static final double LN2 = StrictMath.log(2);
  private static final double N_OVER_LN2 = N / LN2;
  private static final double LN2_OVER_N = LN2 / N;
  /** Beyond this |x|, e^x is outside a float's normal range: {@link Math#exp} takes over. */
  private static final double LIMIT = 80;
  /** 1.5 * 2^52: adding it rounds any double of magnitude below 2^51 to an integer, kept in the low bits. */
  private static final double ROUNDER = 0x1.8p52;
  private static final double[] POWERS = new double[N];

  static {
    for (int j = 0; j < N; j++) {
      POWERS[j] = StrictMath.pow(2, j / (double) N);
    }
  }

  private FastExp() {}

  /**
   * e^x, to about 4 &middot; 10<sup>-10</sup> (relative), for a caller that rounds it to a float.
   *
   * @param x exponent
   * @return e^x (exact at 0; as {@link Math#exp} beyond |x| &gt; 80: a value outside a float's normal range, or NaN)
   */
  static double expForFloat(double x) {
    if (!(Math.abs(x) <= LIMIT)) {
      return Math.exp(x);
    }
    // rint(x N / ln 2) by adding 1.5 * 2^52, whose ulp is 1 (so the sum rounds to an integer, ties to even): k is
    // then in the low bits of the sum, without a rounding or conversion instruction on the way
    double shifted = x * N_OVER_LN2 + ROUNDER;
    double kd = shifted - ROUNDER;
    int k = (int) Double.doubleToRawLongBits(shifted);
    double r = x - kd * LN2_OVER_N;
    double er = 1 + r * (1 + 0.5 * r);
    double scale = Double.longBitsToDouble((long) ((k >> 8) + 1023) << 52);
    return scale * POWERS[k & (N - 1)] * er;
  }
}
