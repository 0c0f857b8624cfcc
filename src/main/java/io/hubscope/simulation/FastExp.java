package io.hubscope.simulation;

/**
 * The exponential function for the hot path's log-normal draws, whose values are stored in single precision: about
 * three times faster than {@link Math#exp}, and once rounded to a {@code float} always equal to
 * {@code (float) Math.exp(x)}.
 *
 * <p>Method (table-driven range reduction, as in Tang 1989, ACM TOMS 15(2)): with N = 64, write
 * x = (k / N) ln 2 + r, k = rint(x N / ln 2), so |r| &le; ln 2 / (2N) &asymp; 0.0054; then
 * e^x = 2^(k div N) &middot; 2^((k mod N) / N) &middot; e^r, the middle factor read from a 64-entry table and e^r
 * from its Taylor polynomial of degree 4 (in Estrin's form, which keeps fewer steps in a chain than Horner's), whose
 * truncation error is below r^5 / 120 &lt; 4 &middot; 10^-14 (relative). ln 2 / N is split in two parts (Cody and
 * Waite) so that k times the high part is exact; the reduction then errs by at most about |k| 2^-54 ln 2 / N, below
 * 4 &middot; 10^-14 for |x| &le; 700, so the result is within about 7 &middot; 10^-14 of e^x in all. Outside
 * |x| &le; 700 (where the power of two would leave the normal range) it defers to {@link Math#exp}.
 *
 * <p>Rounding to float: the result y is within 10^-13 (relative) of e^x, and {@link Math#exp} within one double ulp,
 * so the two differ by at most about 10^-13 &middot; 2^53 + 2 &lt; 904 ulps of y. A float keeps the top 24 bits of a
 * double's 53-bit significand, and a double rounds to the float below or above it according to its low 29 bits, the
 * rounding boundary (the midpoint between the two floats) lying where they equal 2^28. When y's low 29 bits are more
 * than {@value #BOUNDARY_ULPS} ulps from 2^28 (and y is in the normal float range, where this holds), every double
 * within 904 ulps of y, {@link Math#exp}'s result among them, rounds to the same float as y (at a power of two both
 * round to that power). In the rare other case (about 8 draws in a million), {@link #expForFloat} returns
 * {@link Math#exp} itself. So a caller that stores the value as a float gets exactly what {@link Math#exp} gives.
 */
final class FastExp {

  private static final int N = 64;
  private static final double LN2 = StrictMath.log(2);
  private static final double N_OVER_LN2 = N / LN2;
  /** ln 2 / N with its low 32 bits of mantissa cleared, so k * LN2_N_HIGH is exact for |k| &lt; 2^20. */
  private static final double LN2_N_HIGH =
      Double.longBitsToDouble(Double.doubleToRawLongBits(LN2 / N) & 0xFFFFFFFF00000000L);
  private static final double LN2_N_LOW = LN2 / N - LN2_N_HIGH;
  private static final double LIMIT = 700;
  /** 1.5 * 2^52: adding it rounds any double of magnitude below 2^51 to an integer, kept in the low bits. */
  private static final double ROUNDER = 0x1.8p52;
  /** Distance, in ulps of the result, from a float rounding boundary within which {@link Math#exp} decides. */
  private static final long BOUNDARY_ULPS = 2048;
  /** The low 29 bits of a double's significand, which a float drops. */
  private static final long DROPPED_BITS = (1L << 29) - 1;
  /** Those bits at the midpoint between two floats. */
  private static final long MIDPOINT = 1L << 28;
  private static final double[] POWERS = new double[N];

  static {
    for (int j = 0; j < N; j++) {
      POWERS[j] = StrictMath.pow(2, j / (double) N);
    }
  }

  private FastExp() {}

  /**
   * e^x, to about 10^-13 (relative).
   *
   * @param x exponent
   * @return e^x (exact at 0; as {@link Math#exp} beyond |x| &gt; 700: infinite, zero or NaN)
   */
  static double exp(double x) {
    if (!(Math.abs(x) <= LIMIT)) {
      return Math.exp(x);
    }
    // rint(x N / ln 2) by adding 1.5 * 2^52, whose ulp is 1 (so the sum rounds to an integer, ties to even, as rint
    // does, for |x N / ln 2| < 2^51): k is then in the low bits of the sum, without a rounding or conversion
    // instruction on the way
    double shifted = x * N_OVER_LN2 + ROUNDER;
    double kd = shifted - ROUNDER;
    int k = (int) Double.doubleToRawLongBits(shifted);
    double r = (x - kd * LN2_N_HIGH) - kd * LN2_N_LOW;
    // the polynomial in Estrin's form, (1 + r) + r^2 ((1/2 + r/6) + r^2/24): its three parts are computed side by
    // side instead of in one chain of eight dependent steps (Horner's)
    double r2 = r * r;
    double er = (1 + r) + r2 * ((0.5 + r * (1.0 / 6)) + r2 * (1.0 / 24));
    double scale = Double.longBitsToDouble((long) ((k >> 6) + 1023) << 52);
    return scale * POWERS[k & (N - 1)] * er;
  }

  /**
   * e^x for a caller that rounds it to a float: {@code (float) expForFloat(x) == (float) Math.exp(x)} for every x.
   *
   * @param x exponent
   * @return {@link #exp}(x), or {@link Math#exp}(x) when a float rounding boundary lies within the error margin
   */
  static double expForFloat(double x) {
    double y = exp(x);
    long fromMidpoint = (Double.doubleToRawLongBits(y) & DROPPED_BITS) - MIDPOINT;
    if (Math.abs(fromMidpoint) <= BOUNDARY_ULPS || !(y >= Float.MIN_NORMAL && y <= Float.MAX_VALUE)) {
      return Math.exp(x);
    }
    return y;
  }
}
