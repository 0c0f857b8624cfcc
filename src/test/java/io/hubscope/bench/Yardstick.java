package io.hubscope.bench;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source32.XoShiRo128PlusPlus;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The engine issue's yardstick for this machine: "a bare loop that only draws a shipment's random values (commons-rng
 * XoShiRo128++ with its Ziggurat Gaussian sampler) and bumps indexed counters", which the issue puts at about 20
 * million shipments per second per core. This is one reading of it: per shipment a buyer, a seller and a category
 * (bounded integers), a route's uniform, two Gaussians (value and weight), an order time, a handling time and four
 * transit times (uniforms), then one counter per buyer, seller and category bumped. Timed beside each replication of
 * {@link EngineBenchmark}, it tells how fast the shared machine was at that moment: in quiet minutes it runs at the
 * issue's 20 million per second, in busy ones at half that (README, Performance).
 */
final class Yardstick {

  /** Shipments per timing. */
  static final int SHIPMENTS = 1_000_000;

  /**
   * Bands of the loop's speed, M shipments per second, that the benchmarks report by: at or above {@code BANDS[0]}
   * the machine runs about as fast as the issue measured it (20 M), below {@code BANDS[1]} at about half that.
   */
  static final double[] BANDS = {18, 12};

  /**
   * The band of a speed: 0 at or above {@code BANDS[0]}, 1 from {@code BANDS[1]} up to it, 2 below.
   *
   * @param speed M shipments per second
   * @return band index
   */
  static int band(double speed) {
    return speed >= BANDS[0] ? 0 : speed >= BANDS[1] ? 1 : 2;
  }

  /**
   * Buyers counted: as many as the consumers of the 1M benchmark's world, whatever the benchmark's size, so the loop
   * gauges the machine and not the size of its counters (with the 10M world's 2.2 million buyers its counters miss
   * the cache: it ran at 3.5-4.9 M/s in a JMH run whose 1M half saw it at 7-10 M/s).
   */
  private static final int BUYERS = 221_000;
  private static final int SELLERS = 3000;
  private static final int CATEGORIES = 40;

  private final UniformRandomProvider rng =
      new XoShiRo128PlusPlus(new int[] {0x9e3779b9, 0x7f4a7c15, 0x6a09e667, 0xbb67ae85});
  private final ZigguratSampler.NormalizedGaussian gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
  private final int[] perBuyer = new int[BUYERS];
  private final int[] perSeller = new int[SELLERS];
  private final int[] perCategory = new int[CATEGORIES];
  /** Sum of every draw, kept so that no draw is optimised away. */
  private double sink;

  /**
   * Runs the loop over {@value #SHIPMENTS} shipments.
   *
   * @return shipments per second
   */
  double shipmentsPerSecond() {
    long t0 = System.nanoTime();
    double sum = 0;
    for (int i = 0; i < SHIPMENTS; i++) {
      int buyer = rng.nextInt(perBuyer.length);
      int seller = rng.nextInt(SELLERS);
      int category = rng.nextInt(CATEGORIES);
      double route = rng.nextDouble();
      double value = gaussian.sample();
      double weight = gaussian.sample();
      double order = rng.nextDouble();
      double handling = rng.nextDouble();
      double transit = rng.nextDouble() + rng.nextDouble() + rng.nextDouble() + rng.nextDouble();
      perBuyer[buyer]++;
      perSeller[seller]++;
      perCategory[category]++;
      sum += route + value + weight + order + handling + transit;
    }
    long elapsed = System.nanoTime() - t0;
    sink += sum + perBuyer[0] + perSeller[0] + perCategory[0];
    return SHIPMENTS * 1e9 / elapsed;
  }

  /**
   * The sum of every draw so far, for callers to print so that no loop is optimised away.
   *
   * @return the sum
   */
  double sink() {
    return sink;
  }
}
