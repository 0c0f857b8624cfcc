package io.hubscope.disclosure;

import io.hubscope.simulation.StreamSeeds;

/**
 * The Laplace mechanism's noise, drawn from a counter-based stream so a shipment's noisy value is the same wherever
 * it is computed (metrics, exports) without carrying generator state.
 *
 * <p>Definition: for u uniform on (-1/2, 1/2), x = -b sign(u) ln(1 - 2|u|) is Laplace(0, b) distributed; b =
 * sensitivity / epsilon gives epsilon-differential privacy for one release of a value with that sensitivity
 * (Dwork, McSherry, Nissim and Smith, TCC 2006). u comes from SplitMix64 of (seed, replication, field, shipment).
 */
public final class LaplaceNoise {

  private LaplaceNoise() {}

  /**
   * The noise added to one field of one shipment.
   *
   * @param seed master seed
   * @param replication replication
   * @param field field index
   * @param shipment row
   * @param scale b = sensitivity / epsilon
   * @return the noise
   */
  public static double draw(long seed, int replication, int field, int shipment, double scale) {
    long bits = StreamSeeds.mix(StreamSeeds.derive(seed, replication, StreamSeeds.Purpose.DISCLOSURE, field)
        ^ StreamSeeds.mix(shipment));
    double u = ((bits >>> 11) * 0x1.0p-53) - 0.5;
    return -scale * Math.signum(u) * Math.log(1 - 2 * Math.abs(u));
  }
}
