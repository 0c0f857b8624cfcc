package io.hubscope.simulation;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Standard normal draws from 32 random bits each, so that one 64-bit number gives a shipment both the standard normal
 * of its log-normal value and that of its weight. Used where both are log-normal (the shipped scenarios); other
 * distributions keep Commons RNG's samplers.
 *
 * <p>Method: the Ziggurat of G. Marsaglia and W. W. Tsang ("The Ziggurat Method for Generating Random Variables",
 * Journal of Statistical Software 5(8), 2000), with their 128 layers (r = 3.442619855899, layer area
 * v = 9.91256303526217e-3). Of the 32 bits, the low 7 choose the layer i and the other 25, read as a signed integer
 * h, the point: x = h w<sub>i</sub>, accepted at once when |h| &lt; k<sub>i</sub> (98.8% of draws: the point lies in
 * the layer's rectangle under the curve). Otherwise the slow path draws further numbers from the generator: the tail
 * beyond r for the base layer (Marsaglia's exponential rejection), else the wedge test
 * f<sub>i</sub> + U (f<sub>i-1</sub> - f<sub>i</sub>) &lt; e<sup>-x&sup2;/2</sup>, then a new 32-bit draw. Layer and
 * point come from disjoint bits, which avoids the dependence between them that J. A. Doornik pointed out in the
 * original code ("An Improved Ziggurat Method to Generate Normal Random Samples", 2005). The point has 2<sup>-24</sup>
 * of a layer's width as resolution, finer than the single precision the values are stored in.
 *
 * <p>Why not Commons RNG's {@code ZigguratSampler.NormalizedGaussian}: it takes a 64-bit number per draw and is too
 * large to be inlined into the generation loop, where each of its two calls per shipment cost a call's worth of saved
 * registers. Drawing both standard normals from one number, inline, made a replication of liege-baseline's size 4-7%
 * faster: {@code bench/pair} 0.930 (95% interval 0.910-0.951, 200 pairs) and 0.959 (0.945-0.974, 300 pairs) in two
 * runs (docs/engine-performance.md).
 */
final class NormalZiggurat {

  private static final int LAYERS = 128;
  private static final double R = 3.442619855899;
  private static final double AREA = 9.91256303526217e-3;
  /** Scale of the signed 25-bit point: |h| &lt; 2^24. */
  private static final double M = 0x1.0p24;

  /** k[i]: |h| below it lies in layer i's rectangle. */
  private static final int[] K = new int[LAYERS];
  /** w[i]: x per unit of h in layer i. */
  private static final double[] W = new double[LAYERS];
  /** f[i]: the density (unnormalised, e^(-x^2/2)) at layer i's right edge. */
  private static final double[] F = new double[LAYERS];

  static {
    double x = R;
    double previous = R;
    double q = AREA / Math.exp(-0.5 * R * R);
    K[0] = (int) (R / q * M);
    K[1] = 0;
    W[0] = q / M;
    W[LAYERS - 1] = R / M;
    F[0] = 1;
    F[LAYERS - 1] = Math.exp(-0.5 * R * R);
    for (int i = LAYERS - 2; i >= 1; i--) {
      x = Math.sqrt(-2 * Math.log(AREA / x + Math.exp(-0.5 * x * x)));
      K[i + 1] = (int) (x / previous * M);
      previous = x;
      F[i] = Math.exp(-0.5 * x * x);
      W[i] = x / M;
    }
  }

  private NormalZiggurat() {}

  /**
   * A standard normal draw from 32 random bits, taking more numbers from {@code rng} in the rare cases the bits do
   * not settle it (about 1.2% of draws).
   *
   * @param bits 32 uniformly random bits
   * @param rng the generator the bits came from, for the slow path
   * @return a draw of N(0, 1)
   */
  static double sample(int bits, UniformRandomProvider rng) {
    int layer = bits & (LAYERS - 1);
    int h = bits >> 7;
    if (Math.abs(h) < K[layer]) {
      return h * W[layer];
    }
    return slow(h, layer, rng);
  }

  /** The draws outside the layers' rectangles: the tail, the wedges, and new tries. */
  private static double slow(int h, int layer, UniformRandomProvider rng) {
    while (true) {
      double x = h * W[layer];
      if (layer == 0) {
        // the tail beyond R, by Marsaglia's method: x = -ln(U1) / R, accepted when -2 ln(U2) > x^2
        double tail;
        double y;
        do {
          tail = -Math.log(1 - rng.nextDouble()) / R;
          y = -Math.log(1 - rng.nextDouble());
        } while (y + y < tail * tail);
        return h > 0 ? R + tail : -R - tail;
      }
      if (F[layer] + rng.nextDouble() * (F[layer - 1] - F[layer]) < Math.exp(-0.5 * x * x)) {
        return x;
      }
      int bits = rng.nextInt();
      layer = bits & (LAYERS - 1);
      h = bits >> 7;
      if (Math.abs(h) < K[layer]) {
        return h * W[layer];
      }
    }
  }
}
